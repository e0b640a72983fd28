// Machine-readable output with a versioned schema, for scripts and dashboards.

#include <string>

#include <nlohmann/json.hpp>

#include "rules/codes.h"
#include "output/formats.h"

namespace isms {
namespace {

// ordered_json keeps keys in the documented order, which makes the output easy to read and diff.
using Json = nlohmann::ordered_json;

/// Bump when a field is removed or changes meaning; adding fields keeps the version.
constexpr int kJsonSchemaVersion = 1;

/// Unknown values are null rather than 0 or "", so consumers cannot mistake them for real ones.
Json number_or_null(std::uint32_t value) {
  return value == 0 ? Json(nullptr) : Json(value);
}

Json text_or_null(const std::string& value) {
  return value.empty() ? Json(nullptr) : Json(value);
}

Json diagnostic_json(const CheckReport& report, const Diagnostic& diagnostic) {
  const CodeInfo* info = find_code(diagnostic.code);
  const SourceFile* file = source_file_of(report, diagnostic);
  Json entry = Json::object();
  entry["code"] = diagnostic.code;
  entry["name"] = info != nullptr ? Json(std::string(info->name)) : Json(nullptr);
  entry["severity"] = std::string(severity_name(diagnostic.severity));
  entry["message"] = diagnostic.message;
  entry["hint"] = text_or_null(diagnostic.hint);
  entry["file"] = file != nullptr ? Json(file->relative_path) : Json(nullptr);
  entry["line"] = number_or_null(file != nullptr ? diagnostic.location.line : 0);
  entry["column"] = number_or_null(file != nullptr ? diagnostic.location.column : 0);
  entry["subject"] = text_or_null(diagnostic.subject);
  entry["fingerprint"] = report.files != nullptr ? fingerprint(diagnostic, *report.files) : fingerprint(diagnostic, {});
  return entry;
}

}  // namespace

std::string format_json(const CheckReport& report) {
  const SeverityCounts counts = count_by_severity(report);
  Json document = Json::object();
  document["schema_version"] = kJsonSchemaVersion;
  document["tool"] = {{"name", "isms"}, {"version", report.tool_version}};
  document["repository"] = report.repository;
  document["as_of"] = report.as_of;
  document["fail_on"] = std::string(severity_name(report.fail_on));
  document["summary"] = {{"errors", counts.errors},
                         {"warnings", counts.warnings},
                         {"notes", counts.notes},
                         {"files", report.files_checked},
                         {"baselined", report.baselined}};
  Json diagnostics = Json::array();
  for (const Diagnostic& diagnostic : report.diagnostics) diagnostics.push_back(diagnostic_json(report, diagnostic));
  document["diagnostics"] = std::move(diagnostics);
  // Replacing invalid UTF-8 instead of throwing: a file's bytes can end up in a message.
  std::string out = document.dump(2, ' ', false, Json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace isms
