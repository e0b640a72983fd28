// The audit-readiness report: scores, findings by area, mandatory documents, approvals, the
// pre-audit checklist and the gaps to fix first.
#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "rules/codes.h"
#include "render/document_data.h"
#include "render/readiness.h"

namespace isms {
namespace {

/// A pre-audit checklist area: the codes whose findings are its gaps, and the Annex A controls
/// that must be applicable, implemented and evidenced.
struct ChecklistArea {
  std::string_view key;
  std::string_view title;
  std::array<std::string_view, 8> codes;     ///< codes or prefixes; empty slots unused
  std::array<std::string_view, 4> controls;  ///< empty slots unused
};

constexpr ChecklistArea kChecklist[] = {
    {"documentation", "Documentation", {"DOC", "REG001", "REG002", "REG003", "REG005"}, {}},
    {"scope", "Scope definition", {"SCP", "REG004"}, {}},
    {"assets", "Asset inventory", {"AST", "AI001", "AI003", "AI006", "VAL002"}, {"A.5.9", "A.5.12"}},
    {"suppliers", "Supplier management", {"SUP", "AI004", "AI005", "AI009"}, {"A.5.19", "A.5.20", "A.5.21", "A.5.22"}},
    {"logging", "Logging and monitoring", {"AI008"}, {"A.8.15", "A.8.16"}},
    {"continuity", "Continuity and backup", {"AI007"}, {"A.5.29", "A.5.30", "A.8.13", "A.8.14"}},
    {"model-change", "Change management for model updates", {"AI003", "AI007"}, {"A.8.32", "A.8.9"}},
};

constexpr std::size_t kTopGaps = 10;

bool code_matches(std::string_view code, const std::array<std::string_view, 8>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [code](std::string_view pattern) { return !pattern.empty() && code.starts_with(pattern); });
}

std::string_view level_of(int score) { return score >= 90 ? "good" : score >= 70 ? "fair" : "poor"; }

Json area_value(const ReadinessArea& area, const CheckReport& report) {
  Json value;
  value["id"] = area.id;
  value["title"] = area.title;
  // The integrity area is assessed whenever the repository was read: no finding there is a pass.
  const bool assessed = area.assessed() || area.id == "integrity";
  const int score = area.assessed() ? area.score() : area.id == "integrity" ? 100 : 0;
  value["score"] = score;
  value["assessed"] = assessed;
  value["score_text"] = assessed ? fmt::format("{}%", score) : std::string("not assessed");
  value["level"] = assessed ? std::string(level_of(score)) : std::string("none");
  value["checks"] = area.assessed_checks();
  value["passed"] = area.passed();
  const std::size_t not_assessed = area.checks.size() - area.assessed_checks();
  value["not_assessed"] = not_assessed;
  // A reader sees next to the score how many of the area's checks had nothing to judge.
  value["checks_text"] = not_assessed == 0
                             ? fmt::format("{} of {}", area.passed(), area.assessed_checks())
                             : fmt::format("{} of {}, {} not assessed", area.passed(), area.assessed_checks(), not_assessed);
  value["label"] = area.id == "integrity" ? area.title : fmt::format("{} {}", area.id, area.title);
  // A check that stood down on a half-read register leaves the area open: what it would have
  // found is unknown, so the area is not ready however well the rest scored.
  const std::size_t stood_down = area.stood_down_checks();
  value["stood_down"] = stood_down;
  value["ready"] = assessed && area.passed() == area.assessed_checks() && stood_down == 0;
  // A pill never shows an area with open checks as good, whatever its score.
  value["status_level"] = !assessed ? "none" : value["ready"].get<bool>() ? "good" : score >= 70 ? "fair" : "poor";
  const std::string could_not_run = stood_down == 0 ? std::string() : fmt::format(", {} could not run", stood_down);
  value["status"] = !assessed ? std::string("Not assessed")
                    : value["ready"].get<bool>()
                        ? std::string("Ready")
                        : fmt::format("{} of {} checks passed{}", area.passed(), area.assessed_checks(), could_not_run);
  Json coverage = Json::array();
  for (const ReadinessCheck& check : area.checks) {
    if (!check.coverage.empty()) coverage.push_back(fmt::format("{}: {}", check.label, check.coverage));
  }
  value["coverage"] = std::move(coverage);
  Json findings = Json::array();
  std::vector<const Diagnostic*> sorted = area.findings;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->severity > b->severity; });
  for (const Diagnostic* diagnostic : sorted) findings.push_back(finding_value(report, *diagnostic));
  value["findings"] = std::move(findings);
  return value;
}

/// Bar-chart geometry for the inline SVG: the template only places what is computed here.
Json chart_value(const Json& areas) {
  constexpr int kRowHeight = 28, kLabelWidth = 250, kBarWidth = 300;
  Json rows = Json::array();
  int y = 8;
  for (const Json& area : areas) {
    const int score = area["score"].get<int>();
    const int width = score * kBarWidth / 100;
    rows.push_back({{"label", area["id"].get<std::string>() + " " + area["title"].get<std::string>()},
                    {"score", score},
                    {"score_text", area["score_text"]},
                    {"level", area["level"]},
                    {"y", y},
                    {"text_y", y + 15},
                    {"bar_x", kLabelWidth},
                    {"track_width", kBarWidth},
                    {"width", width},
                    {"value_x", kLabelWidth + kBarWidth + 8}});
    y += kRowHeight;
  }
  return Json{{"width", kLabelWidth + kBarWidth + 50}, {"height", y + 4}, {"rows", rows}};
}

/// The overall score as a ring: the arc's length on a circle of radius 52.
Json gauge_value(int score) {
  constexpr double kCircumference = 2 * 3.14159265358979 * 52;
  const double arc = kCircumference * score / 100.0;
  return Json{{"score", score},
              {"level", std::string(level_of(score))},
              {"dash", fmt::format("{:.1f} {:.1f}", arc, kCircumference - arc)}};
}

Json control_gaps(const ChecklistArea& area, const std::unordered_map<std::string, const SoaEntry*>& entries) {
  Json gaps = Json::array();
  for (std::string_view id : area.controls) {
    if (id.empty()) continue;
    const AnnexAControl* control = find_control(id);
    const std::string name = fmt::format("{} {}", id, control != nullptr ? control->title : "");
    auto found = entries.find(std::string(id));
    const SoaEntry* entry = found == entries.end() ? nullptr : found->second;
    if (entry == nullptr || !entry->applicable.present) {
      gaps.push_back(fmt::format("{} has no decision in the SoA", name));
    } else if (!entry->applicable.value) {
      gaps.push_back(fmt::format("{} is excluded; expect the auditor to challenge the justification", name));
    } else if (!entry->status.is(SoaStatus::Implemented)) {
      const Choice<SoaStatus>& status = entry->status;
      gaps.push_back(fmt::format("{} is {}", name,
                                 status.is(SoaStatus::Partial)      ? "only partially implemented"
                                 : status.is(SoaStatus::Planned)    ? "only planned"
                                 : status.is(SoaStatus::NotStarted) ? "not started"
                                                                    : "without an implementation status"));
    } else if (entry->evidence.empty()) {
      gaps.push_back(fmt::format("{} is implemented but cites no evidence", name));
    }
  }
  return gaps;
}

Json checklist_value(const Repository& repository, const CheckReport& report, const Readiness& readiness) {
  std::unordered_map<std::string, const SoaEntry*> entries;
  for (const SoaEntry& entry : repository.soa) entries.emplace(entry.control.value, &entry);
  Json areas = Json::array();
  for (const ChecklistArea& area : kChecklist) {
    Json gaps = control_gaps(area, entries);
    if (area.key == "documentation") {
      for (const MandatoryDocumentStatus& status : readiness.mandatory_documents) {
        if (status.ready()) continue;
        gaps.push_back(fmt::format("Clause {} ({}): {}", status.clause, status.what,
                                   !status.present ? "missing" : !status.approved ? "not approved" : "review overdue"));
      }
    }
    for (const Diagnostic& diagnostic : report.diagnostics) {
      if (!code_matches(diagnostic.code, area.codes)) continue;
      const std::string where = location_label(report, diagnostic);
      gaps.push_back(fmt::format("{}{} [{}]", diagnostic.message, where.empty() ? "" : " (" + where + ")", diagnostic.code));
    }
    const bool ready = gaps.empty();
    areas.push_back({{"key", std::string(area.key)},
                     {"title", std::string(area.title)},
                     {"ready", ready},
                     {"status", ready ? std::string("Ready") : fmt::format("{} gap{}", gaps.size(), gaps.size() == 1 ? "" : "s")},
                     {"gaps", gaps}});
  }
  return areas;
}

/// How an open control reads in a gap: "only planned".
std::string_view open_status_text(const std::string& status) {
  return status == "partial"       ? "only partially implemented"
         : status == "planned"     ? "only planned"
         : status == "not-started" ? "not started"
                                   : "has no implementation status";
}

/// Findings grouped by rule (one gap is one fix) and open controls grouped by status, in the order
/// an auditor raises them: missing mandatory documents and other errors, applicable controls not
/// implemented, partial controls, warnings, notes. Within a rank the most frequent comes first.
Json top_gaps_value(const Repository& repository, const CheckReport& report) {
  struct Gap {
    int rank = 0;
    std::size_t count = 0;
    Json row;
  };
  std::map<std::string, std::pair<const Diagnostic*, std::size_t>> by_code;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    auto& [first, count] = by_code[diagnostic.code];
    if (first == nullptr || diagnostic.severity > first->severity) first = &diagnostic;
    ++count;
  }
  std::vector<Gap> gaps;
  for (const auto& [code, found] : by_code) {
    const Diagnostic& first = *found.first;
    const int rank = first.severity == Severity::Error ? (code == "DOC001" ? 0 : 1)
                     : first.severity == Severity::Warning ? 4 : 5;
    Json row = finding_value(report, first);
    row["count"] = found.second;
    const CodeInfo* info = find_code(code);
    row["summary"] = info != nullptr ? std::string(info->summary) : std::string();
    row["more"] = found.second > 1 ? fmt::format("and {} more like it", found.second - 1) : std::string();
    gaps.push_back(Gap{rank, found.second, std::move(row)});
  }
  std::map<std::string, std::vector<std::string>> open_by_status;
  std::map<std::string, std::string> first_title;
  for (const AnnexAControl& control : annex_a_controls()) {
    for (const SoaEntry& entry : repository.soa) {
      if (entry.control.value != control.id || !entry.applicable.value || entry.status.is(SoaStatus::Implemented)) continue;
      const std::string status = text_of(entry.status);
      std::vector<std::string>& ids = open_by_status[status];
      if (ids.empty()) first_title[status] = fmt::format("{} {}", control.id, control.title);
      ids.emplace_back(control.id);
      break;
    }
  }
  for (const auto& [status, ids] : open_by_status) {
    std::string others;
    for (std::size_t i = 1; i < ids.size(); ++i) others += (i == 1 ? "" : ", ") + ids[i];
    Json row{{"code", ""}, {"severity", "plan"}, {"location", ""},
             {"message", fmt::format("{} is applicable but {}", first_title[status], open_status_text(status))},
             {"hint", "complete it as the risk treatment plan says, and cite the evidence in the SoA"},
             {"rule", ""}, {"reference", ids.front()}};
    row["count"] = ids.size();
    row["summary"] = "Applicable control not yet implemented";
    row["more"] = ids.size() > 1 ? fmt::format("and {} more like it: {}", ids.size() - 1, others) : std::string();
    gaps.push_back(Gap{status == "partial" ? 3 : 2, ids.size(), std::move(row)});
  }
  std::stable_sort(gaps.begin(), gaps.end(), [](const Gap& a, const Gap& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.count > b.count;
  });
  Json rows = Json::array();
  for (Gap& gap : gaps) {
    if (rows.size() == kTopGaps) break;
    gap.row["rank"] = rows.size() + 1;
    rows.push_back(std::move(gap.row));
  }
  return rows;
}

Json approvals_value(const Repository& repository, const CheckReport& report) {
  Json rows = Json::array();
  const std::pair<std::string_view, std::string_view> subjects[] = {{"scope", "SCP001"}, {"soa", "SOA009"}};
  for (const auto& subject : subjects) {
    // Named members, not a structured binding: lambdas capture them on every compiler.
    const auto& name = subject.first;
    const auto& code = subject.second;
    const RegisterInfo* info = nullptr;
    for (const RegisterInfo& candidate : repository.registers) {
      if (candidate.name == name) info = &candidate;
    }
    const bool flagged = std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                                     [code](const Diagnostic& d) { return d.code == code; });
    Json row;
    row["register"] = std::string(name == "soa" ? "Statement of Applicability" : "Scope");
    row["version"] = info != nullptr ? text_value(info->control.version) : Json("");
    row["approval"] = info != nullptr ? approval_value(info->control.approval) : approval_value(Approval{});
    const bool approved = info != nullptr && info->control.approval.present && !flagged;
    row["approved"] = approved;
    row["status"] = approved ? "Approved" : info == nullptr || !info->found ? "Missing" : "Not approved for this version";
    rows.push_back(std::move(row));
  }
  return rows;
}

Json method_value() {
  return Json::array({
      "Every rule that runs is one check; it passes when it examined at least one record and has no finding. "
      "A rule with nothing to examine, or one that stood down because a register it reads could not be read "
      "(RUL001), is not assessed: it earns and costs nothing. A check weighs 3 when the rule reports errors, "
      "2 for warnings and 1 for notes, after the severities set in isms.yaml.",
      "Each mandatory document of ISO/IEC 27001:2022 is a check of its clause weighing 3: one point for being "
      "in the document register, one for a recorded approval, one for a review within the review period.",
      "Each Annex A control is a check of its theme weighing 1: full credit when implemented or excluded with a "
      "justification, half when partially implemented, none when planned, not started or undecided.",
      "A clause or theme scores the weight its assessed checks earned over their total weight, rounded down; "
      "one with no assessed check is not assessed, never 100%. The overall score does the same over every "
      "assessed check. Suppressed findings do not count.",
      "Scores of 90 or more are shown as good, 70 to 89 as fair, below 70 as poor. The verdict does not follow "
      "the score. Not ready for audit: any error, any mandatory document missing, any applicable control "
      "planned, not started or without a status, any Annex A control with no decision in the SoA, or any "
      "clause not assessed. Ready, with observations to address: none of those, but warnings, partially "
      "implemented controls, or mandatory documents not approved or not reviewed within the review period. "
      "Ready for audit: none of these (notes allowed).",
      "The certification prerequisites are met only on records. Stage 1 needs the mandatory documents present "
      "and approved, the scope and the SoA approved, the risk assessment performed, the risk treatment plan in "
      "progress, and internal audits and management reviews planned. Stage 2 needs, besides, an internal audit "
      "of the whole ISMS completed (before the Stage 2 date the manifest names), a management review held with "
      "every input of 9.3.2, no open major nonconformity, the objectives measured, and records of the ISMS in "
      "operation over the period the manifest sets (settings.operation.minimum_months, three months by "
      "default). Without findings that make it not ready for audit, an unmet Stage 1 prerequisite makes the "
      "verdict Not ready for Stage 1, and an unmet Stage 2 prerequisite Ready for Stage 1, not ready for "
      "Stage 2.",
  });
}

/// What the verdict rests on: the blockers, then the unmet prerequisites of the first stage not
/// ready, by clause; the observations only when nothing blocks.
Json verdict_reasons(const Readiness& readiness) {
  Json reasons = Json::array();
  for (const std::string& blocker : readiness.blockers) reasons.push_back(blocker);
  for (const std::string& reason : readiness.gate_reasons) reasons.push_back(reason);
  if (readiness.blockers.empty()) {
    for (const std::string& observation : readiness.observations) reasons.push_back(observation);
  }
  return reasons;
}

Json gates_value(const CertificationGates& gates) {
  Json out = Json::array();
  for (const StageGate* gate : {&gates.stage1, &gates.stage2}) {
    Json items = Json::array();
    for (const Prerequisite& item : gate->items) {
      items.push_back({{"clause", item.clause},
                       {"label", item.label},
                       {"met", item.met},
                       {"status", item.met ? "Met" : "Not met"},
                       {"detail", item.detail}});
    }
    out.push_back({{"stage", gate->stage}, {"ready", gate->ready()}, {"verdict", gate->verdict()}, {"items", std::move(items)}});
  }
  return out;
}

}  // namespace

Json report_data(const DocumentInput& input) {
  const Repository& repository = input.repository;
  const CheckReport& report = input.report;
  const Readiness readiness = assess_readiness(repository, report, input.as_of_days);
  const SeverityCounts counts = count_by_severity(report);

  Json data;
  data["document"] = document_header(input, "Audit-Readiness Report");
  Json body;
  body["verdict"] = readiness.verdict;
  body["verdict_level"] = readiness.verdict_level;
  body["verdict_reasons"] = verdict_reasons(readiness);
  body["gates"] = gates_value(readiness.gates);
  body["counts"] = {{"errors", counts.errors}, {"warnings", counts.warnings}, {"notes", counts.notes}};
  body["overall"] = gauge_value(readiness.overall);
  // A high score with an open error is still not ready: the gauge never looks better than the verdict.
  if (readiness.verdict_level == "poor") body["overall"]["level"] = "poor";
  else if (readiness.verdict_level == "fair" && readiness.overall >= 90) body["overall"]["level"] = "fair";
  body["method"] = method_value();
  Json clause_rows = Json::array();
  for (const ReadinessArea& area : readiness.clauses) clause_rows.push_back(area_value(area, report));
  Json theme_rows = Json::array();
  for (const ReadinessArea& area : readiness.themes) theme_rows.push_back(area_value(area, report));
  body["clause_chart"] = chart_value(clause_rows);
  body["theme_chart"] = chart_value(theme_rows);
  Json finding_groups = Json::array();
  for (const Json* rows : {&clause_rows, &theme_rows}) {
    for (const Json& row : *rows) {
      if (!row["findings"].empty()) finding_groups.push_back(row);
    }
  }
  Json integrity = area_value(readiness.integrity, report);
  if (!integrity["findings"].empty()) finding_groups.push_back(integrity);
  body["clauses"] = std::move(clause_rows);
  body["themes"] = std::move(theme_rows);
  body["integrity"] = std::move(integrity);
  body["findings_by_area"] = std::move(finding_groups);
  Json documents = Json::array();
  for (const MandatoryDocumentStatus& status : readiness.mandatory_documents) {
    documents.push_back({{"clause", status.clause},
                         {"what", status.what},
                         {"supplied_by", status.supplied_by},
                         {"present", status.present},
                         {"approved", status.approved},
                         {"reviewed", status.reviewed},
                         {"ready", status.ready()},
                         {"status", status.ready()       ? "Ready"
                                    : !status.present    ? "Missing"
                                    : !status.approved   ? "Not approved"
                                                         : "Review overdue"}});
  }
  body["mandatory_documents"] = std::move(documents);
  body["approvals"] = approvals_value(repository, report);
  body["checklist"] = checklist_value(repository, report, readiness);
  body["top_gaps"] = top_gaps_value(repository, report);
  data["report"] = std::move(body);
  return data;
}

}  // namespace isms
