// GitLab Code Quality report: the JSON array GitLab shows in merge-request widgets and diffs.

#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/codes.h"
#include "output/formats.h"

namespace isms {
namespace {

using Json = nlohmann::ordered_json;

/// GitLab's scale has five steps; an error fails an audit, so it is "critical", not "blocker",
/// which GitLab reserves for what stops a release outright.
std::string_view gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::Error: return "critical";
    case Severity::Warning: return "minor";
    case Severity::Note: return "info";
  }
  return "info";
}

/// The path as the CI job sees it: GitLab resolves paths from the project root, where the job
/// runs, so the path is the one typed on the command line, not the one inside the repository.
std::string job_path(const SourceFile& file) {
  std::string path = file.display_path.empty() ? file.relative_path : file.display_path;
  while (path.rfind("./", 0) == 0) path.erase(0, 2);
  return path;
}

}  // namespace

std::string format_codequality(const CheckReport& report) {
  Json issues = Json::array();
  for (const Diagnostic& diagnostic : report.diagnostics) {
    const SourceFile* file = source_file_of(report, diagnostic);
    const CodeInfo* info = find_code(diagnostic.code);
    Json issue;
    issue["description"] = fmt::format("{} [{}]", diagnostic.message, diagnostic.code);
    issue["check_name"] = info != nullptr ? fmt::format("{} {}", diagnostic.code, info->name) : diagnostic.code;
    issue["fingerprint"] = fingerprint(diagnostic, *report.files);
    issue["severity"] = std::string(gitlab_severity(diagnostic.severity));
    // GitLab requires a location; a finding without a file points at the manifest.
    issue["location"] = {{"path", file != nullptr ? job_path(*file) : std::string("isms.yaml")},
                         {"lines", {{"begin", diagnostic.location.line == 0 ? 1 : diagnostic.location.line}}}};
    issues.push_back(std::move(issue));
  }
  return issues.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace isms
