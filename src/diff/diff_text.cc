// `isms diff` as plain text for a terminal: the same sections as the Markdown, as indented lines.
#include <string>

#include <fmt/format.h>

#include "diff/diff_format.h"
#include "util/escape.h"

namespace isms {
namespace {

constexpr std::string_view kArrow = "\xE2\x86\x92";

void crossings(const DiffReport& report, std::string& out) {
  std::string lines;
  for (const RiskChange& risk : report.changes.risks) {
    if (risk.crossing == Crossing::None) continue;
    lines += fmt::format("  {}: residual level {}, threshold {}: now {}\n", record_label(risk.id, risk.title),
                         level_change_text(risk.residual_before, risk.residual_after, risk.kind), threshold_text(risk),
                         risk.crossing == Crossing::Up ? "ABOVE the threshold" : "at or below the threshold");
  }
  if (!lines.empty()) out += "Residual risk crossed the acceptance threshold:\n" + lines + "\n";
}

void findings(std::string_view heading, const std::vector<FindingChange>& list, std::string& out) {
  if (list.empty()) return;
  out += fmt::format("{}:\n", heading);
  for (const FindingChange& finding : list) {
    // A value never breaks the line of its finding: terminal_value shows a newline as \n.
    const std::string file = terminal_value(finding.file);
    const std::string place = file.empty()        ? std::string()
                              : finding.line == 0 ? file + ": "
                                                  : fmt::format("{}:{}: ", file, finding.line);
    out += fmt::format("  {}{}: {} [{}]\n", place, severity_name(finding.severity), terminal_value(finding.message),
                       finding.code);
  }
  out += "\n";
}

void controls(const DiffReport& report, std::string& out) {
  if (report.changes.controls.empty()) return;
  out += "Controls:\n";
  for (const ControlChange& control : report.changes.controls) {
    out += fmt::format("  {}: {}; status {}\n", record_label(control.control, control.title),
                       transition(control.applicability_before, control.applicability_after),
                       transition(control.status_before, control.status_after));
    if (control.applicability_after != "excluded") continue;
    if (control.applicability_before != "excluded") {
      out += fmt::format("    justification: {}\n",
                         control.justification_after.empty() ? "(none)" : shorten(control.justification_after, kLongWidth));
      continue;
    }
    std::string before, after;
    shorten_change(control.justification_before, control.justification_after, before, after);
    out += fmt::format("    justification was: {}\n    justification now: {}\n", before, after);
  }
  out += "\n";
}

void scope(const DiffReport& report, std::string& out) {
  if (report.changes.scope.empty()) return;
  out += "Scope:\n";
  for (const ScopeChange& change : report.changes.scope) {
    const std::string what = change.aspect == "boundary" ? fmt::format("{} boundary", change.id) : change.aspect;
    const bool item = change.aspect != "statement" && change.aspect != "soa_version" && change.aspect != "boundary";
    const std::string label = item ? " " + record_label(change.id, change.name) : std::string();
    out += fmt::format("  {} {}{}: ", what, change_kind_name(change.kind), label);
    if (change.kind == ChangeKind::Added) {
      out += (change.after.empty() ? std::string("(none)") : shorten(change.after, kLongWidth)) + "\n";
    } else if (change.kind == ChangeKind::Removed) {
      out += shown_value(change.before) + "\n";
    } else {
      out += transition(change.before, change.after) + "\n";
    }
  }
  out += "\n";
}

void risks(const DiffReport& report, std::string& out) {
  if (report.changes.risks.empty()) return;
  out += "Risks:\n";
  for (const RiskChange& risk : report.changes.risks) {
    const std::string treatment = risk.kind == ChangeKind::Added     ? shown_value(risk.treatment_after)
                                  : risk.kind == ChangeKind::Removed ? shown_value(risk.treatment_before)
                                                                     : transition(risk.treatment_before, risk.treatment_after);
    out += fmt::format("  {} {}: inherent {}; residual {}; treatment {}\n", change_kind_name(risk.kind),
                       record_label(risk.id, risk.title), level_change_text(risk.inherent_before, risk.inherent_after, risk.kind),
                       level_change_text(risk.residual_before, risk.residual_after, risk.kind), treatment);
  }
  out += "\n";
}

void records(const DiffReport& report, std::string& out) {
  if (report.changes.records.empty()) return;
  out += "Records:\n";
  std::string current;
  for (const RecordChange& record : report.changes.records) {
    if (record.register_name != current) {
      current = record.register_name;
      out += fmt::format("  {}\n", register_heading(current));
    }
    out += fmt::format("    {} {}\n", change_kind_name(record.kind), record_change_label(record));
    for (const FieldChange& field : record.fields) out += fmt::format("      {}\n", field_change_text(field));
  }
  out += "\n";
}

std::string counts_text(const SeverityCounts& counts) {
  return fmt::format("{}, {}, {}", counted(counts.errors, "error"), counted(counts.warnings, "warning"), counted(counts.notes, "note"));
}

}  // namespace

std::string format_diff_text(const DiffReport& report) {
  const DiffCounts counts = count_changes(report);
  const ModelDiff& changes = report.changes;
  std::string out = fmt::format("isms diff {} {} {}, as of {}\n\n", side_label(report.base), kArrow, side_label(report.head), report.as_of);
  for (const IncompleteRegister& entry : changes.incomplete) {
    out += fmt::format("note: the {} register could not be read completely on {}; its changes may be incomplete\n",
                       entry.register_name, entry.side);
  }
  if (!changes.incomplete.empty()) out += "\n";
  crossings(report, out);
  findings("New findings", report.new_findings, out);
  controls(report, out);
  scope(report, out);
  risks(report, out);
  records(report, out);
  findings("Fixed findings", report.fixed_findings, out);
  out += fmt::format("{} crossed the acceptance threshold, {} changed, {} in scope, {} changed; {} added, {} removed, {} changed.\n",
                     counted(counts.crossings, "risk"), counted(changes.controls.size(), "control"),
                     counted(changes.scope.size(), "change"), counted(changes.risks.size(), "risk"),
                     counted(counts.records_added, "record"), counts.records_removed, counts.records_changed);
  out += fmt::format("Findings: {} new, {} fixed (BASE: {}; HEAD: {}).\n", report.new_findings.size(), report.fixed_findings.size(),
                     counts_text(report.base.findings), counts_text(report.head.findings));
  return terminal_sanitize(out);
}

}  // namespace isms
