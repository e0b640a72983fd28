// GitHub Actions: workflow commands that become annotations on the changed files, and a Markdown step summary.
// Actions shows only a few annotations per step, so the summary is where the complete list lives.

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "util/escape.h"
#include "rules/codes.h"
#include "output/formats.h"

namespace isms {
namespace {

/// GitHub rejects a step summary above 1 MiB; stay below it with room for the closing note.
constexpr std::size_t kMaxStepSummaryBytes = 1000 * 1024;

std::string_view command_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "error";
}

std::string annotation_title(const Diagnostic& diagnostic) {
  const CodeInfo* info = find_code(diagnostic.code);
  return info != nullptr ? fmt::format("{} {}", diagnostic.code, info->name) : diagnostic.code;
}

std::string annotation(const CheckReport& report, const Diagnostic& diagnostic) {
  std::string properties;
  if (const SourceFile* file = source_file_of(report, diagnostic); file != nullptr) {
    const std::string& path = file->display_path.empty() ? file->relative_path : file->display_path;
    properties += fmt::format("file={},", github_escape_property(path));
    if (diagnostic.location.line != 0) {
      properties += fmt::format("line={},", diagnostic.location.line);
      if (diagnostic.location.column != 0) properties += fmt::format("col={},", diagnostic.location.column);
    }
  }
  properties += fmt::format("title={}", github_escape_property(annotation_title(diagnostic)));
  std::string data = diagnostic.message;
  if (!diagnostic.hint.empty()) data += "\n" + diagnostic.hint;
  return fmt::format("::{} {}::{}\n", command_name(diagnostic.severity), properties, github_escape_data(data));
}

std::string_view capitalised_severity(Severity severity) {
  switch (severity) {
    case Severity::Error: return "Error";
    case Severity::Warning: return "Warning";
    case Severity::Note: return "Note";
  }
  return "Error";
}

std::string summary_row(const CheckReport& report, const Diagnostic& diagnostic) {
  std::string place = "(repository)";
  if (const SourceFile* file = source_file_of(report, diagnostic); file != nullptr) {
    place = file->display_path.empty() ? file->relative_path : file->display_path;
    if (diagnostic.location.line != 0) place += fmt::format(":{}", diagnostic.location.line);
  }
  const std::string code = markdown_cell_escape(diagnostic.code);
  const bool documented = find_code(diagnostic.code) != nullptr;
  const std::string url = documented ? rule_page_url(report.rules_url, diagnostic.code) : std::string();
  const std::string code_cell = url.empty() ? code : fmt::format("[{}]({})", code, url);
  return fmt::format("| {} | {} | {} | {} | {} |\n", markdown_cell_escape(place),
                     capitalised_severity(diagnostic.severity), code_cell, markdown_cell_escape(diagnostic.message),
                     markdown_cell_escape(diagnostic.hint));
}

}  // namespace

std::string format_github(const CheckReport& report) {
  std::string out;
  for (const Diagnostic& diagnostic : report.diagnostics) out += annotation(report, diagnostic);
  // Plain output lines are shown in the log as they are; no escaping needed.
  out += summary_sentence(report);
  out += '\n';
  return out;
}

std::string format_github_step_summary(const CheckReport& report) {
  const SeverityCounts counts = count_by_severity(report);
  // Starts with a blank line so that it never runs on from earlier content without one.
  std::string out = fmt::format("\n## isms check: {}\n\n", markdown_cell_escape(report.repository));
  out += fmt::format("{}\n\n", markdown_cell_escape(summary_sentence(report)));
  out += fmt::format("As of {}; findings at or above *{}* fail the check.\n\n", markdown_cell_escape(report.as_of),
                     severity_name(report.fail_on));
  out += "| Severity | Findings |\n| --- | ---: |\n";
  out += fmt::format("| Error | {} |\n| Warning | {} |\n| Note | {} |\n", counts.errors, counts.warnings, counts.notes);
  if (report.diagnostics.empty()) return out;

  out += "\n| Location | Severity | Code | Message | Hint |\n| --- | --- | --- | --- | --- |\n";
  std::size_t shown = 0;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    std::string row = summary_row(report, diagnostic);
    if (out.size() + row.size() > kMaxStepSummaryBytes) break;
    out += row;
    ++shown;
  }
  if (shown < report.diagnostics.size()) {
    const std::size_t hidden = report.diagnostics.size() - shown;
    out += fmt::format("\n{} more finding{} not shown: GitHub limits a step summary to 1 MiB. "
                       "Run `isms check` locally for the full list.\n",
                       hidden, hidden == 1 ? "" : "s");
  }
  return out;
}

}  // namespace isms
