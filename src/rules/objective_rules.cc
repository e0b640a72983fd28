// The information security objectives (Clause 6.2, with 9.1 for their measurement): OBJ001 to
// OBJ004. An objective an auditor can test is measurable, measured, decided on when missed, and
// there is at least one once the ISMS operates.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/dates.h"
#include "model/placeholder.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// How often an objective is measured when it does not say.
constexpr std::int64_t kDefaultMonitoringMonths = 3;

bool withdrawn(const Objective& objective) { return objective.status.is(ObjectiveStatus::Withdrawn); }

bool written(const Text& text) { return text.present && !is_placeholder(text.value); }

std::int64_t monitoring_months(const Objective& objective) {
  return objective.monitoring_months.present && objective.monitoring_months.value > 0 ? objective.monitoring_months.value
                                                                                       : kDefaultMonitoringMonths;
}

/// The monitoring period in days, a month counting 30.44 days as the manifest's review period does.
std::int64_t monitoring_days(const Objective& objective) {
  return static_cast<std::int64_t>(static_cast<double>(monitoring_months(objective)) * 30.44 + 0.5);
}


std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    text += i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ";
    text += parts[i];
  }
  return text;
}

/// Operating as Repository::operating() says, but an operating register counts only once it holds
/// records: `isms init` writes the operating registers as empty lists to fill in, and a fresh
/// repository does not yet operate its ISMS.
bool operates(const Repository& repository) {
  if (repository.manifest.operating_since.present) return true;
  return repository.operating() &&
         (!repository.treatment_actions.empty() || !repository.objectives.empty() ||
          !repository.competence_requirements.empty() || !repository.competence_records.empty() ||
          !repository.audits.empty() || !repository.reviews.empty() || !repository.nonconformities.empty());
}

}  // namespace

void check_objective_measurable(RuleContext& context) {
  const std::vector<Objective>& objectives = context.repository().objectives;
  context.examined(count_where(objectives, [](const Objective& o) { return !withdrawn(o); }), "objective", "objectives");
  for (const Objective& objective : objectives) {
    if (withdrawn(objective)) continue;
    std::vector<std::string> missing;
    if (!written(objective.measure)) missing.emplace_back("a measure");
    if (!written(objective.target)) missing.emplace_back("a target");
    if (!written(objective.owner)) missing.emplace_back("an owner");
    if (!objective.due.present) missing.emplace_back("a due date");
    if (!written(objective.evaluation)) missing.emplace_back("how its results are evaluated");
    if (missing.empty()) continue;
    context.report(objective.id.location,
                   fmt::format("objective {} lacks {}", objective.id.value, joined(missing)),
                   "write what is measured (measure), the value that counts as met (target), who is responsible "
                   "(owner), by when (due) and how the results are evaluated (evaluation)",
                   fmt::format("objective:{}", objective.id.value));
  }
}

void check_objective_measured(RuleContext& context) {
  const std::vector<Objective>& objectives = context.repository().objectives;
  const auto active = [](const Objective& o) { return o.status.is(ObjectiveStatus::Active); };
  context.examined(count_where(objectives, active), "active objective", "active objectives");
  for (const Objective& objective : objectives) {
    if (!active(objective)) continue;
    const ObjectiveMeasurement* latest = latest_measurement(objective);
    const std::int64_t months = monitoring_months(objective);
    if (latest == nullptr) {
      context.report(objective.id.location,
                     fmt::format("objective {} has no measurement; it is measured every {} months", objective.id.value,
                                 months),
                     "measure it and record the result under measurements: {date, value, met, evidence}",
                     fmt::format("objective:{}:measure", objective.id.value));
    } else if (context.today() - latest->date.value.days > monitoring_days(objective)) {
      context.report(latest->date.location,
                     fmt::format("objective {} was last measured on {}, {} days ago; it is measured every {} months",
                                 objective.id.value, latest->date.value.text, context.today() - latest->date.value.days,
                                 months),
                     "measure it again and record the result, or change monitoring_months if the plan changed",
                     fmt::format("objective:{}:measure", objective.id.value));
    }
  }
}

void check_objective_missed_undecided(RuleContext& context) {
  const std::vector<Objective>& objectives = context.repository().objectives;
  const auto past_due = [&](const Objective& o) { return o.due.present && o.due.value.days < context.today(); };
  context.examined(count_where(objectives, past_due), "objective past its due date", "objectives past their due date");
  for (const Objective& objective : objectives) {
    if (!past_due(objective) || withdrawn(objective)) continue;
    const ObjectiveMeasurement* latest = latest_measurement(objective);
    const bool latest_not_met = latest != nullptr && latest->met.present && !latest->met.value;
    const bool missed = objective.status.is(ObjectiveStatus::Active) || objective.status.is(ObjectiveStatus::NotMet) ||
                        latest_not_met;
    if (!missed || written(objective.decision)) continue;
    context.report(objective.id.location,
                   fmt::format("objective {} was due on {} and is not met, and no decision is recorded",
                               objective.id.value, objective.due.value.text),
                   "record what management decided (decision): a new due date, a changed target, more resources "
                   "or withdrawing it; or set status: met if it was achieved",
                   fmt::format("objective:{}:decision", objective.id.value));
  }
}

void check_objectives_set(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!operates(repository)) {
    context.examined(0, "objective", "objectives");
    return;
  }
  context.examined(std::max<std::size_t>(repository.objectives.size(), 1), "objective", "objectives");
  if (std::any_of(repository.objectives.begin(), repository.objectives.end(),
                  [](const Objective& o) { return !withdrawn(o); })) {
    return;
  }
  context.report(context.register_location("objectives"),
                 repository.objectives.empty()
                     ? std::string("the ISMS operates but no information security objective is recorded")
                     : std::string("the ISMS operates but every information security objective is withdrawn"),
                 "record the information security objectives in objectives.yaml (Clause 6.2): what is measured, "
                 "the target, the owner, the due date and how the results are evaluated",
                 "objectives");
}

}  // namespace isms
