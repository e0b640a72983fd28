// `isms diff --format md`: GitHub-flavoured Markdown for a pull-request or merge-request
// comment. What a reviewer must not miss comes first: threshold crossings and new errors.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "diff/diff_format.h"
#include "util/escape.h"

namespace isms {
namespace {

/// Tables longer than this are collapsed, so the comment stays short on a busy change.
constexpr std::size_t kCollapseRows = 20;

std::string cell(std::string_view text) { return markdown_cell_escape(text); }

/// Escaped lines joined with <br>, the only line break a table cell has.
std::string cell_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : "<br>") + cell(line);
  return out;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

/// A section: heading, then the table, inside <details> when it has many rows.
std::string section(std::string_view heading, std::string_view header, const std::vector<std::string>& rows,
                    std::string_view what) {
  if (rows.empty()) return {};
  std::string out = fmt::format("### {}\n\n", heading);
  const bool collapse = rows.size() > kCollapseRows;
  if (collapse) out += fmt::format("<details><summary>{}</summary>\n\n", counted(rows.size(), what));
  out += header;
  for (const std::string& row : rows) out += row;
  if (collapse) out += "\n</details>\n";
  return out + "\n";
}

std::string crossing_text(const RiskChange& risk) {
  if (risk.crossing == Crossing::Down) return "at or below: may be accepted";
  return risk.kind == ChangeKind::Added ? "new risk, **above**: needs treatment or the owner's acceptance"
                                        : "**above**: needs treatment or the owner's acceptance";
}

std::vector<std::string> crossing_rows(const DiffReport& report) {
  std::vector<std::string> rows;
  for (const RiskChange& risk : report.changes.risks) {
    if (risk.crossing == Crossing::None) continue;
    rows.push_back(fmt::format("| {} | {} | {} | {} |\n", cell(record_label(risk.id, risk.title)),
                               cell(level_change_text(risk.residual_before, risk.residual_after, risk.kind)),
                               cell(threshold_text(risk)), crossing_text(risk)));
  }
  return rows;
}

std::vector<std::string> finding_rows(const std::vector<FindingChange>& findings) {
  std::vector<std::string> rows;
  for (const FindingChange& finding : findings) {
    const std::string place = finding.file.empty() ? std::string()
                              : finding.line == 0  ? finding.file
                                                   : fmt::format("{}:{}", finding.file, finding.line);
    rows.push_back(fmt::format("| {} | {} | {} | {} |\n", capitalised(std::string(severity_name(finding.severity))),
                               cell(finding.code), cell(place), cell(finding.message)));
  }
  return rows;
}

std::string justification_cell(const ControlChange& control) {
  if (control.applicability_after != "excluded") return {};
  if (control.applicability_before != "excluded") {
    return cell(control.justification_after.empty() ? "(none)" : shorten(control.justification_after, kLongWidth));
  }
  std::string before, after;
  shorten_change(control.justification_before, control.justification_after, before, after);
  return fmt::format("*was:* {}<br>*now:* {}", cell(before.empty() ? "(none)" : before), cell(after.empty() ? "(none)" : after));
}

std::vector<std::string> control_rows(const DiffReport& report) {
  std::vector<std::string> rows;
  for (const ControlChange& control : report.changes.controls) {
    rows.push_back(fmt::format("| {} | {} | {} | {} |\n", cell(record_label(control.control, control.title)),
                               cell(transition(control.applicability_before, control.applicability_after)),
                               cell(transition(control.status_before, control.status_after)), justification_cell(control)));
  }
  return rows;
}

std::string scope_change_name(const ScopeChange& change) {
  if (change.aspect == "soa_version") return fmt::format("SoA version {}", change_kind_name(change.kind));
  if (change.aspect == "boundary") return fmt::format("{} boundary {}", change.id, change_kind_name(change.kind));
  return fmt::format("{} {}", capitalised(change.aspect), change_kind_name(change.kind));
}

std::vector<std::string> scope_rows(const DiffReport& report) {
  std::vector<std::string> rows;
  for (const ScopeChange& change : report.changes.scope) {
    const bool item = change.aspect != "statement" && change.aspect != "soa_version" && change.aspect != "boundary";
    std::string before, after;
    shorten_change(change.before, change.after, before, after);
    if (change.kind == ChangeKind::Added) after = shorten(change.after, kLongWidth);
    rows.push_back(fmt::format("| {} | {} | {} | {} |\n", cell(capitalised(scope_change_name(change))),
                               item ? cell(record_label(change.id, change.name)) : std::string(), cell(before), cell(after)));
  }
  return rows;
}

std::vector<std::string> risk_rows(const DiffReport& report) {
  std::vector<std::string> rows;
  for (const RiskChange& risk : report.changes.risks) {
    const std::string treatment = risk.kind == ChangeKind::Added     ? shown_value(risk.treatment_after)
                                  : risk.kind == ChangeKind::Removed ? shown_value(risk.treatment_before)
                                                                     : transition(risk.treatment_before, risk.treatment_after);
    rows.push_back(fmt::format("| {} | {} | {} | {} | {} |\n", cell(record_label(risk.id, risk.title)), change_kind_name(risk.kind),
                               cell(level_change_text(risk.inherent_before, risk.inherent_after, risk.kind)),
                               cell(level_change_text(risk.residual_before, risk.residual_after, risk.kind)), cell(treatment)));
  }
  return rows;
}

std::vector<std::string> record_rows(const DiffReport& report) {
  std::vector<std::string> rows;
  for (const RecordChange& record : report.changes.records) {
    std::vector<std::string> fields;
    for (const FieldChange& field : record.fields) fields.push_back(field_change_text(field));
    rows.push_back(fmt::format("| {} | {} | {} | {} |\n", cell(register_heading(record.register_name)),
                               cell(record_change_label(record)), change_kind_name(record.kind), cell_lines(fields)));
  }
  return rows;
}

std::string summary_line(const DiffReport& report) {
  const DiffCounts counts = count_changes(report);
  const ModelDiff& changes = report.changes;
  std::vector<std::string> parts;
  if (counts.crossings > 0) {
    parts.push_back(fmt::format("**\xE2\x9A\xA0\xEF\xB8\x8F {} crossed the acceptance threshold**", counted(counts.crossings, "risk")));
  }
  if (counts.new_errors > 0) parts.push_back(fmt::format("**{}**", counted(counts.new_errors, "new error")));
  if (!changes.controls.empty()) parts.push_back(counted(changes.controls.size(), "control"));
  if (!changes.scope.empty()) parts.push_back(counted(changes.scope.size(), "scope change"));
  if (!changes.risks.empty()) parts.push_back(counted(changes.risks.size(), "risk"));
  const std::size_t records = counts.records_added + counts.records_removed + counts.records_changed;
  if (records > 0) {
    parts.push_back(fmt::format("{} ({} added, {} removed, {} changed)", counted(records, "record"), counts.records_added,
                                counts.records_removed, counts.records_changed));
  }
  parts.push_back(fmt::format("findings: {} new, {} fixed", report.new_findings.size(), report.fixed_findings.size()));
  if (records == 0 && changes.controls.empty() && changes.scope.empty() && changes.risks.empty()) {
    parts.insert(parts.begin(), "No changes to the ISMS records");
  }
  std::string line;
  for (std::size_t index = 0; index < parts.size(); ++index) line += (index == 0 ? "" : " \xC2\xB7 ") + parts[index];
  return line;
}

std::string counts_text(const SeverityCounts& counts) {
  return fmt::format("{}, {}, {}", counted(counts.errors, "error"), counted(counts.warnings, "warning"), counted(counts.notes, "note"));
}

}  // namespace

std::string format_diff_markdown(const DiffReport& report) {
  std::string out = fmt::format("## ISMS changes: {} \xE2\x86\x92 {}\n\n", cell(side_label(report.base)), cell(side_label(report.head)));
  out += summary_line(report) + "\n\n";
  if (!report.changes.incomplete.empty()) {
    std::string registers;
    for (const IncompleteRegister& entry : report.changes.incomplete) {
      registers += fmt::format("{}{} on {}", registers.empty() ? "" : ", ", entry.register_name, entry.side);
    }
    out += fmt::format("> **Note:** some files could not be read ({}); changes in those registers may be incomplete. "
                       "Run `isms check` on each side.\n\n",
                       cell(registers));
  }
  out += section("\xE2\x9A\xA0\xEF\xB8\x8F Residual risk crossed the acceptance threshold",
                 "| Risk | Residual level | Threshold | Now |\n| --- | --- | --- | --- |\n", crossing_rows(report), "risk");
  out += section("New findings", "| Severity | Code | Location | Message |\n| --- | --- | --- | --- |\n",
                 finding_rows(report.new_findings), "new finding");
  out += section("Controls", "| Control | Applicability | Status | Exclusion justification |\n| --- | --- | --- | --- |\n",
                 control_rows(report), "control");
  out += section("Scope", "| Change | Item | Before | After |\n| --- | --- | --- | --- |\n", scope_rows(report), "scope change");
  out += section("Risks", "| Risk | Change | Inherent level | Residual level | Treatment |\n| --- | --- | --- | --- | --- |\n",
                 risk_rows(report), "risk");
  out += section("Records", "| Register | Record | Change | Fields |\n| --- | --- | --- | --- |\n", record_rows(report), "record");
  out += section("Fixed findings", "| Severity | Code | Location | Message |\n| --- | --- | --- | --- |\n",
                 finding_rows(report.fixed_findings), "fixed finding");
  out += fmt::format("<sub>Checked as of {}. BASE: {}. HEAD: {}. isms {}.</sub>\n", cell(report.as_of),
                     counts_text(report.base.findings), counts_text(report.head.findings), cell(report.tool_version));
  return out;
}

}  // namespace isms
