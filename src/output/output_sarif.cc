// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE viewers) import.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/escape.h"
#include "rules/codes.h"
#include "output/explain.h"
#include "output/formats.h"
#include "output/security_severity.h"

namespace isms {
namespace {

using Json = nlohmann::ordered_json;

/// Name of the fingerprint scheme; change the suffix if fingerprint() ever changes what it hashes.
constexpr std::string_view kFingerprintKey = "isms/v1";
constexpr std::string_view kSourceRootId = "SRCROOT";

/// SARIF has no "format" reference; the rest are clauses or controls of the standard.
std::string reference_text(std::string_view reference) {
  if (reference == "format") return "Part of the compliance-repository format.";
  return "Enforces ISO/IEC 27001:2022 " + std::string(reference) + ".";
}

std::string reference_tag(std::string_view reference) {
  if (reference == "format") return "format";
  return "ISO/IEC 27001:2022 " + std::string(reference);
}

/// A message is one sentence without a final period; SARIF viewers show the hint only if it is in the text.
std::string message_text(const Diagnostic& diagnostic) {
  if (diagnostic.hint.empty()) return diagnostic.message;
  std::string text = diagnostic.message;
  const bool has_end_punctuation = !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
  if (!text.empty() && !has_end_punctuation) text += '.';
  if (!text.empty()) text += ' ';
  std::string hint = diagnostic.hint;
  if (hint.front() >= 'a' && hint.front() <= 'z') hint.front() = static_cast<char>(hint.front() - 'a' + 'A');
  text += hint;
  return text;
}

/// `file:///abs/root/`: SARIF requires an absolute URI ending in '/' for a base id.
std::string directory_file_uri(std::string_view root) {
  std::string path(root);
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  if (path.back() != '/') path += '/';
  std::string encoded = uri_percent_encode(path);
  // A Windows drive letter keeps its colon: "file:///C:/x/" is what every consumer expects.
  const bool drive_letter = encoded.size() >= 5 && encoded.compare(2, 3, "%3A") == 0 &&
                            ((encoded[1] >= 'A' && encoded[1] <= 'Z') || (encoded[1] >= 'a' && encoded[1] <= 'z'));
  if (drive_letter) encoded.replace(2, 3, ":");
  return "file://" + encoded;
}

Json rule_json(const CodeInfo& info, std::string_view rules_url) {
  Json rule = Json::object();
  rule["id"] = std::string(info.code);
  rule["name"] = std::string(info.name);
  rule["shortDescription"] = {{"text", std::string(info.summary)}};
  rule["fullDescription"] = {{"text", std::string(info.summary) + ". " + reference_text(info.reference)}};
  rule["defaultConfiguration"] = {{"level", std::string(severity_name(info.default_severity))}};
  // The page `isms explain` prints, so that a code-scanning alert explains itself offline.
  if (const Explanation page = explain_code(info.code); page.found) {
    rule["help"] = {{"text", page.text}, {"markdown", page.text}};
  }
  if (std::string url = rule_page_url(rules_url, info.code); !url.empty()) rule["helpUri"] = std::move(url);
  rule["properties"] = {{"tags", Json::array({reference_tag(info.reference)})}};
  // GitHub shows a score only on rules tagged "security"; see security_severity.cc for which.
  if (const std::optional<std::string_view> score = security_severity(info.code)) {
    rule["properties"]["tags"].push_back("security");
    rule["properties"]["security-severity"] = std::string(*score);
  }
  return rule;
}

Json rules_json(std::string_view rules_url) {
  Json rules = Json::array();
  for (const CodeInfo& info : diagnostic_codes()) rules.push_back(rule_json(info, rules_url));
  return rules;
}

/// The manifest, where a finding about the whole repository is placed; nullptr when it was not read.
const SourceFile* manifest_of(const CheckReport& report) {
  if (report.files == nullptr) return nullptr;
  for (std::uint32_t index = 1; index < report.files->size(); ++index) {
    if (report.files->at(index).relative_path == "isms.yaml") return &report.files->at(index);
  }
  return nullptr;
}

Json result_json(const CheckReport& report, const Diagnostic& diagnostic) {
  Json result = Json::object();
  result["ruleId"] = diagnostic.code;
  // rules_json() lists diagnostic_codes() in order, so a code's position in the table is its rule index.
  if (const CodeInfo* info = find_code(diagnostic.code); info != nullptr) {
    result["ruleIndex"] = static_cast<std::size_t>(info - diagnostic_codes().data());
  }
  result["level"] = std::string(severity_name(diagnostic.severity));
  result["message"] = {{"text", message_text(diagnostic)}};
  const SourceFile* file = source_file_of(report, diagnostic);
  // A finding about the repository as a whole (a register that is missing) has no file; GitHub
  // requires a location on every result, so it points at the manifest, the file that declares
  // the repository.
  const bool whole_repository = file == nullptr && (file = manifest_of(report)) != nullptr;
  if (file != nullptr) {
    Json physical = Json::object();
    physical["artifactLocation"] = {{"uri", uri_percent_encode(file->relative_path)},
                                    {"uriBaseId", std::string(kSourceRootId)}};
    if (whole_repository) {
      physical["region"] = {{"startLine", 1}};
    } else if (diagnostic.location.line != 0) {
      Json region = Json::object();
      region["startLine"] = diagnostic.location.line;
      if (diagnostic.location.column != 0) region["startColumn"] = diagnostic.location.column;
      physical["region"] = std::move(region);
    }
    result["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
  }
  const std::string identity =
      report.files != nullptr ? fingerprint(diagnostic, *report.files) : fingerprint(diagnostic, SourceFiles{});
  result["partialFingerprints"] = {{std::string(kFingerprintKey), identity}};
  return result;
}

}  // namespace

std::string format_sarif(const CheckReport& report) {
  Json driver = Json::object();
  driver["name"] = "isms";
  driver["version"] = report.tool_version;
  // No informationUri: the tool has no web site of its own to point at, and a link that leads nowhere is worse than none.
  driver["rules"] = rules_json(report.rules_url);

  Json run = Json::object();
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = Json::array({Json{{"executionSuccessful", true}}});
  if (!report.repository_root.empty()) {
    run["originalUriBaseIds"] = {{std::string(kSourceRootId), {{"uri", directory_file_uri(report.repository_root)}}}};
  }
  Json results = Json::array();
  for (const Diagnostic& diagnostic : report.diagnostics) results.push_back(result_json(report, diagnostic));
  run["results"] = std::move(results);
  // libyaml counts columns in code points, not in the UTF-16 units SARIF assumes by default.
  run["columnKind"] = "unicodeCodePoints";

  Json document = Json::object();
  document["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  document["version"] = "2.1.0";
  document["runs"] = Json::array({std::move(run)});
  // Replacing invalid UTF-8 instead of throwing: a file's bytes can end up in a message.
  std::string out = document.dump(2, ' ', false, Json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace isms
