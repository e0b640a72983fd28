#include "isms/codes.h"

#include <algorithm>

#include "rules/rules.h"

namespace isms {
namespace {

// One row per code, sorted by code. Codes are stable: retire a code, never reuse it.
constexpr CodeInfo kCodes[] = {
    {"CFG001", "unknown-rule-code", Severity::Error, "format",
     "The rule configuration in isms.yaml names a code that does not exist"},
    {"CTL001", "unknown-control", Severity::Error, "Annex A",
     "A control id is not an ISO/IEC 27001:2022 Annex A control"},
    {"CTX001", "issue-types-recorded", Severity::Warning, "4.1",
     "Context issues include both internal and external issues", check_issue_types_recorded},
    {"CTX002", "issue-linked", Severity::Warning, "4.1",
     "Every context issue is linked to a risk or to the scope", check_issue_linked},
    {"CTX003", "climate-change-determined", Severity::Error, "4.1 (Amd 1:2024)",
     "The repository records whether climate change is a relevant issue, with reasoning",
     check_climate_change_determined},
    {"DAT001", "invalid-date", Severity::Error, "format", "A date is not a real calendar date"},
    {"ID001", "duplicate-id", Severity::Error, "format", "Two records share the same id"},
    {"IO001", "unreadable-file", Severity::Error, "format", "A repository file or folder cannot be read"},
    {"IO002", "not-text", Severity::Error, "format", "A repository file is binary or not valid UTF-8"},
    {"IO003", "file-too-large", Severity::Error, "format", "A repository file exceeds the size limit"},
    {"IO004", "too-many-files", Severity::Error, "format", "The repository has more files than the limit"},
    {"IO005", "register-path-conflict", Severity::Error, "format",
     "A register exists both as a file and as a folder"},
    {"IO006", "path-outside-repository", Severity::Error, "format",
     "A register path or symlink leads outside the repository"},
    {"MAN001", "manifest-missing", Severity::Error, "format", "The repository has no isms.yaml manifest"},
    {"REF001", "unknown-reference", Severity::Error, "format", "A reference names an id that does not exist"},
    {"REF002", "wrong-reference-kind", Severity::Error, "format",
     "A reference names a record of the wrong kind"},
    {"REG001", "register-control-missing", Severity::Error, "7.5.3",
     "A register has no document-control block (version, owner, approval, review)"},
    {"REG002", "register-control-repeated", Severity::Error, "7.5.3",
     "A register split across files carries its document-control block more than once"},
    {"REG003", "register-unapproved", Severity::Warning, "7.5.2", "A register has no recorded approval"},
    {"REG004", "register-missing", Severity::Error, "4.3",
     "A register the format requires (the scope) is missing"},
    {"SCH001", "wrong-type", Severity::Error, "format", "A value has the wrong type"},
    {"SCH002", "missing-field", Severity::Error, "format", "A required field is missing"},
    {"SCH003", "unknown-field", Severity::Error, "format", "A field is not part of the format"},
    {"SCH004", "invalid-value", Severity::Error, "format", "A value is not one of the allowed values"},
    {"SCH005", "invalid-format", Severity::Error, "format", "A value does not match the required format"},
    {"SCH006", "out-of-range", Severity::Error, "format", "A value, text or list is too small or too large"},
    {"SCH007", "schema-violation", Severity::Error, "format", "A value breaks another schema constraint"},
    {"SOA001", "duplicate-soa-entry", Severity::Error, "6.1.3 d)",
     "The Statement of Applicability lists a control more than once"},
    {"SPR001", "suppression-without-reason", Severity::Warning, "format",
     "An inline suppression gives no reason, so it has no effect"},
    {"SPR002", "suppression-expired", Severity::Warning, "format",
     "An inline suppression has passed its expiry date, so it has no effect"},
    {"SPR003", "suppression-unused", Severity::Note, "format", "An inline suppression matches no finding"},
    {"VAL001", "outside-risk-scale", Severity::Error, "6.1.2",
     "A likelihood or impact lies outside the manifest's risk scale"},
    {"VAL002", "unknown-classification", Severity::Error, "A.5.12",
     "An asset's classification is not a level of the manifest's scheme"},
    {"YML001", "yaml-syntax", Severity::Error, "format", "A file is not valid YAML"},
    {"YML002", "duplicate-key", Severity::Error, "format", "A mapping has the same key twice"},
    {"YML003", "nesting-too-deep", Severity::Error, "format", "A file nests deeper than the limit"},
    {"YML004", "alias-expansion-limit", Severity::Error, "format",
     "YAML aliases expand to more nodes than the limit"},
    {"YML005", "scalar-too-long", Severity::Error, "format", "A value is longer than the limit"},
    {"YML006", "empty-file", Severity::Warning, "format", "A repository file has no content"},
    {"YML007", "multiple-documents", Severity::Error, "format", "A file holds more than one YAML document"},
    {"YML008", "complex-key", Severity::Error, "format", "A mapping key is not a plain value"},
};

}  // namespace

std::span<const CodeInfo> diagnostic_codes() { return kCodes; }

const CodeInfo* find_code(std::string_view code) {
  const CodeInfo* found = std::find_if(std::begin(kCodes), std::end(kCodes),
                                       [code](const CodeInfo& info) { return info.code == code; });
  return found == std::end(kCodes) ? nullptr : found;
}

bool is_fundamental_code(std::string_view code) {
  return code.starts_with("IO") || code.starts_with("YML") || code.starts_with("MAN");
}

}  // namespace isms
