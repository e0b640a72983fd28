#include "render/document_data.h"

#include <fmt/format.h>

#include "rules/codes.h"

namespace isms {
namespace {

/// The banner a forced render carries; the en dash is what auditors see on drafts.
constexpr std::string_view kDraftBanner = "DRAFT \xE2\x80\x93 NOT FOR ISSUE";

/// "git commit 1a2b3c4d5e6f (with uncommitted changes)" or a note that there is no commit.
std::string source_sentence(const DocumentInput& input) {
  if (input.git_commit.empty()) return "a folder that is not a git checkout";
  return fmt::format("git commit {}{}", input.git_commit.substr(0, 12),
                     input.git_modified ? " with uncommitted changes" : "");
}

Json register_row(const RegisterInfo& info) {
  const RegisterControl& control = info.control;
  Json row;
  row["name"] = info.name;
  std::string title(register_title(info.name));
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  row["title"] = title;
  row["version"] = text_value(control.version);
  row["owner"] = text_value(control.owner);
  row["approval"] = approval_value(control.approval);
  row["last_review"] = date_value(control.last_review);
  return row;
}

}  // namespace

Json text_value(const Text& text) { return text.present ? text.value : std::string(); }

Json date_value(const LocatedDate& date) { return date.present ? date.value.text : std::string(); }

Json approval_value(const Approval& approval) {
  Json value;
  value["recorded"] = approval.present;
  value["by"] = text_value(approval.by);
  value["role"] = text_value(approval.role);
  value["date"] = date_value(approval.date);
  return value;
}

std::string joined(const IdList& ids, std::string_view separator) {
  std::string out;
  for (const Text& id : ids) {
    if (!out.empty()) out += separator;
    out += id.value;
  }
  return out;
}

Json finding_value(const CheckReport& report, const Diagnostic& diagnostic) {
  Json value;
  value["code"] = diagnostic.code;
  value["severity"] = std::string(severity_name(diagnostic.severity));
  value["location"] = location_label(report, diagnostic);
  value["message"] = diagnostic.message;
  value["hint"] = diagnostic.hint;
  const CodeInfo* info = find_code(diagnostic.code);
  value["rule"] = info != nullptr ? std::string(info->name) : std::string();
  value["reference"] = info != nullptr ? std::string(info->reference) : std::string();
  return value;
}

Json document_header(const DocumentInput& input, std::string_view title) {
  const Repository& repository = input.repository;
  Json header;
  header["kind"] = std::string(document_name(input.kind));
  header["title"] = std::string(title);
  header["organisation"] = text_value(repository.manifest.organisation_name);
  Json entities = Json::array();
  for (const LegalEntity& entity : repository.manifest.legal_entities) {
    entities.push_back({{"name", text_value(entity.name)},
                        {"jurisdiction", text_value(entity.jurisdiction)},
                        {"registration", text_value(entity.registration)}});
  }
  header["legal_entities"] = std::move(entities);
  header["standard"] = "ISO/IEC 27001:2022";
  header["generated"] = input.generated;
  header["generated_from"] = input.generated_from;
  header["tool"] = fmt::format("isms {}", input.report.tool_version);
  header["git_commit"] = input.git_commit;
  header["git_modified"] = input.git_modified;
  header["source"] = source_sentence(input);
  header["draft"] = input.draft;
  header["draft_banner"] = input.draft ? std::string(kDraftBanner) : std::string();
  Json reasons = Json::array();
  for (const Diagnostic& diagnostic : input.blocking) reasons.push_back(finding_value(input.report, diagnostic));
  header["draft_reasons"] = std::move(reasons);
  Json registers = Json::array();
  for (const RegisterInfo& info : repository.registers) {
    if (info.found) registers.push_back(register_row(info));
  }
  header["registers"] = std::move(registers);
  return header;
}

}  // namespace isms
