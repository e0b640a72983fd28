// Input d) of the management review pack (Clause 9.3.2 d): the information security
// performance, by its four trends: nonconformities and corrective actions, monitoring and
// measurement results, audit results, and the fulfilment of the objectives.
#include <algorithm>

#include <fmt/format.h>

#include "model/dates.h"
#include "render/review_pack.h"

namespace isms::review_pack {

// ---- d) Performance ----------------------------------------------------------------------------

Json nonconformity_row(const Nonconformity& nc) {
  return {{"id", text_value(nc.id)},           {"title", text_value(nc.title)},
          {"grade", text_of(nc.grade)},         {"source", text_of(nc.source)},
          {"raised", date_value(nc.raised)},    {"status", text_of(nc.status)},
          {"closed", date_value(nc.closed)},    {"action_owner", text_value(nc.action.owner)},
          {"action_due", date_value(nc.action.due)}};
}

Json nonconformities(const PackContext& pack, bool present) {
  Json value = section(present, "nonconformities");
  Json raised = Json::array(), closed = Json::array(), overdue = Json::array();
  std::map<std::string, std::size_t> open_by_grade;
  std::size_t open = 0;
  for (const Nonconformity& nc : pack.repository.nonconformities) {
    if (pack.since(nc.raised)) raised.push_back(nonconformity_row(nc));
    if (nc.status.is(NonconformityStatus::Closed)) {
      if (pack.since(nc.closed)) closed.push_back(nonconformity_row(nc));
      continue;
    }
    ++open;
    ++open_by_grade[text_of(nc.grade)];
    if (nc.action.present && !nc.action.completed.present && pack.overdue(nc.action.due)) {
      overdue.push_back(nonconformity_row(nc));
    }
  }
  value["raised_since"] = std::move(raised);
  value["closed_since"] = std::move(closed);
  value["open_count"] = open;
  value["open_by_grade"] = grade_counts(open_by_grade);
  value["open_by_grade_text"] = counts_text(value["open_by_grade"], "grade");
  value["overdue_actions"] = std::move(overdue);
  return value;
}

namespace {

std::string met_text(const Flag& met) { return !met.present ? std::string("not stated") : met.value ? "met" : "not met"; }

}  // namespace

Json monitoring(const PackContext& pack, bool objectives_present) {
  Json value = section(objectives_present, "objectives");
  Json measurements = Json::array(), evidence = Json::array();
  for (const Objective& objective : pack.repository.objectives) {
    for (const ObjectiveMeasurement& measurement : objective.measurements) {
      if (!pack.since(measurement.date)) continue;
      measurements.push_back({{"objective", text_value(objective.id)}, {"title", text_value(objective.title)},
                              {"date", date_value(measurement.date)},   {"value", text_value(measurement.value)},
                              {"met", met_text(measurement.met)},       {"evidence", text_value(measurement.evidence)}});
    }
  }
  for (const Evidence& record : pack.repository.evidence) {
    if (pack.since(record.date)) {
      evidence.push_back({{"id", text_value(record.id)}, {"title", text_value(record.title)},
                          {"date", date_value(record.date)}, {"controls", joined(record.controls)}});
    }
  }
  sort_by_date(measurements);
  sort_by_date(evidence);
  value["measurements"] = std::move(measurements);
  value["evidence_available"] = register_present(pack.repository, "evidence", !pack.repository.evidence.empty());
  value["evidence_absent"] = "No evidence register.";
  value["evidence"] = std::move(evidence);
  return value;
}

Json audit_results(const PackContext& pack, bool present) {
  Json value = section(present, "audits");
  Json completed = Json::array(), findings = Json::array();
  std::map<std::string, std::size_t> by_grade;
  for (const Audit& audit : pack.repository.audits) {
    if (!audit.status.is(AuditStatus::Completed) || !pack.since(audit.date)) continue;
    completed.push_back({{"id", text_value(audit.id)}, {"title", text_value(audit.title)},
                         {"date", date_value(audit.date)}, {"auditor", text_value(audit.auditor)},
                         {"whole_isms", audit.whole_isms.present && audit.whole_isms.value},
                         {"findings", audit.findings.size()}});
    for (const AuditFinding& finding : audit.findings) {
      ++by_grade[text_of(finding.grade)];
      findings.push_back({{"audit", text_value(audit.id)}, {"id", text_value(finding.id)},
                          {"grade", text_of(finding.grade)}, {"requirement", text_value(finding.requirement)},
                          {"description", text_value(finding.description)},
                          {"nonconformity", text_value(finding.nonconformity)}});
    }
  }
  value["completed"] = std::move(completed);
  value["findings_by_grade"] = grade_counts(by_grade);
  value["findings_by_grade_text"] = counts_text(value["findings_by_grade"], "grade");
  value["findings"] = std::move(findings);
  return value;
}

Json objectives(const PackContext& pack, bool present) {
  Json value = section(present, "objectives");
  Json rows = Json::array();
  for (const Objective& objective : pack.repository.objectives) {
    const ObjectiveMeasurement* latest = latest_measurement(objective);
    rows.push_back({{"id", text_value(objective.id)},
                    {"title", text_value(objective.title)},
                    {"target", text_value(objective.target)},
                    {"owner", text_value(objective.owner)},
                    {"due", date_value(objective.due)},
                    {"measured", latest != nullptr},
                    {"latest_date", latest != nullptr ? date_value(latest->date) : Json("")},
                    {"latest_value", latest != nullptr ? text_value(latest->value) : Json("")},
                    {"met", latest != nullptr ? met_text(latest->met) : std::string("not measured")},
                    {"status", text_of(objective.status)}});
  }
  value["rows"] = std::move(rows);
  return value;
}

}  // namespace isms::review_pack
