// Clauses 6.1.3 e) and 8.3: the risk treatment plan says who does what by when for every control
// still to implement and every risk still to treat, and the plan keeps up with the SoA.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {

namespace {

bool open_action(const TreatmentAction& action) { return action_open(action.status); }

bool names(const IdList& ids, const std::string& id) {
  return std::any_of(ids.begin(), ids.end(), [&](const Text& each) { return each.value == id; });
}

/// What the plan says about one control or risk: whether an action with an owner and a due
/// date covers it, and otherwise which actions name it without them.
struct Coverage {
  bool covered = false;
  std::vector<const TreatmentAction*> incomplete;  ///< name it, but lack an owner or a due date
};

Coverage coverage_of(const std::vector<TreatmentAction>& actions, IdList TreatmentAction::*list, const std::string& id) {
  Coverage coverage;
  for (const TreatmentAction& action : actions) {
    if (action.status.is(ActionStatus::Cancelled) || !names(action.*list, id)) continue;
    if (has_text(action.owner) && action.due.present) {
      coverage.covered = true;
      return coverage;
    }
    coverage.incomplete.push_back(&action);
  }
  return coverage;
}

/// "RTP-003, which has no due date" for the actions that name a record without an owner or a due date.
std::string incomplete_actions(const std::vector<const TreatmentAction*>& actions) {
  std::string text;
  for (const TreatmentAction* action : actions) {
    const bool no_owner = !has_text(action->owner);
    const bool no_due = !action->due.present;
    text += fmt::format("{}{}, which has no {}", text.empty() ? "" : "; ", action->id.value,
                        no_owner && no_due ? "owner and no due date" : no_owner ? "owner" : "due date");
  }
  return text;
}

bool soa_needs_action(const SoaEntry& entry) {
  const bool applicable = entry.applicable.present && entry.applicable.value;
  return applicable && (entry.status.is(SoaStatus::Planned) || entry.status.is(SoaStatus::Partial) ||
                        entry.status.is(SoaStatus::NotStarted));
}

/// True when every control of a risk is implemented in the SoA; a control the SoA lacks is not.
bool controls_implemented(const RuleContext& context, const Risk& risk) {
  return std::all_of(risk.controls.begin(), risk.controls.end(), [&](const Text& control) {
    const SoaEntry* entry = context.soa_entry(control.value);
    return entry != nullptr && entry->status.is(SoaStatus::Implemented);
  });
}

bool risk_needs_action(const RuleContext& context, const Risk& risk) {
  return risk.treatment.is(RiskTreatment::Modify) && !controls_implemented(context, risk);
}

/// "A.5.7, A.8.13 and 3 more": the first few ids of a list, for a summary.
std::string first_ids(const std::vector<std::string>& ids) {
  constexpr std::size_t kShown = 5;
  std::string text;
  for (std::size_t index = 0; index < ids.size() && index < kShown; ++index) {
    text += (index == 0 ? "" : ", ") + ids[index];
  }
  if (ids.size() > kShown) text += fmt::format(" and {} more", ids.size() - kShown);
  return text;
}

}  // namespace

void check_treatment_action_planned(RuleContext& context) {
  const Repository& repository = context.repository();
  const RegisterInfo* plan = context.find_register("treatment");
  const bool plan_written = plan != nullptr && plan->found;
  if (!plan_written && !repository.operating()) return;  // before operation, the plan is not yet expected
  const std::size_t applicable = count_where(repository.soa, [](const SoaEntry& entry) {
    return entry.applicable.present && entry.applicable.value;
  });
  const std::size_t modified = count_where(repository.risks, [](const Risk& risk) {
    return risk.treatment.is(RiskTreatment::Modify);
  });
  context.examined(applicable + modified, "control or risk", "controls and risks");

  if (!plan_written || repository.treatment_actions.empty()) {
    // One finding: the missing (or empty) plan is the nonconformity; a finding per control
    // would repeat it.
    std::vector<std::string> controls, risks;
    for (const SoaEntry& entry : repository.soa) {
      if (soa_needs_action(entry)) controls.push_back(entry.control.value);
    }
    for (const Risk& risk : repository.risks) {
      if (risk_needs_action(context, risk)) risks.push_back(risk.id.value);
    }
    if (controls.empty() && risks.empty()) return;
    std::string needing;
    if (!controls.empty()) needing = fmt::format("{} control(s) not yet implemented ({})", controls.size(), first_ids(controls));
    if (!risks.empty()) {
      needing += fmt::format("{}{} risk(s) still to treat ({})", needing.empty() ? "" : " and ", risks.size(), first_ids(risks));
    }
    context.report(context.register_location("treatment"),
                   fmt::format("{}, and {} have no action, owner or due date",
                               plan_written ? "the risk treatment plan lists no actions"
                                            : "the ISMS is in operation but has no risk treatment plan",
                               needing),
                   "list in treatment.yaml an action for each of them, naming its controls or risks, an owner "
                   "and a due date (see docs/reference/treatment.md)",
                   "treatment");
    return;
  }

  for (const SoaEntry& entry : repository.soa) {
    if (!soa_needs_action(entry)) continue;
    const Coverage coverage = coverage_of(repository.treatment_actions, &TreatmentAction::controls, entry.control.value);
    if (coverage.covered) continue;
    const SourceLocation where = entry.status.present ? entry.status.location : entry.location;
    const std::string status = text_of(entry.status);
    if (coverage.incomplete.empty()) {
      context.report(where,
                     fmt::format("control {} is {} in the Statement of Applicability, but no action of the risk "
                                 "treatment plan implements it",
                                 entry.control.value, status),
                     fmt::format("add an action to the treatment plan with controls: [{}], an owner and a due date",
                                 entry.control.value),
                     fmt::format("treatment:{}", entry.control.value));
    } else {
      context.report(where,
                     fmt::format("control {} is {} in the Statement of Applicability, and the plan names it only in "
                                 "{}",
                                 entry.control.value, status, incomplete_actions(coverage.incomplete)),
                     "give the action an owner (a person or role of the roles register) and a due date",
                     fmt::format("treatment:{}", entry.control.value));
    }
  }

  for (const Risk& risk : repository.risks) {
    if (!risk_needs_action(context, risk)) continue;
    const Coverage coverage = coverage_of(repository.treatment_actions, &TreatmentAction::risks, risk.id.value);
    if (coverage.covered) continue;
    const SourceLocation where = risk.treatment.present ? risk.treatment.location : risk.location;
    if (coverage.incomplete.empty()) {
      context.report(where,
                     fmt::format("risk {} is treated by modify and its controls are not all implemented, but no "
                                 "action of the risk treatment plan treats it",
                                 risk.id.value),
                     fmt::format("add an action to the treatment plan with risks: [{}], an owner and a due date",
                                 risk.id.value),
                     fmt::format("treatment:{}", risk.id.value));
    } else {
      context.report(where,
                     fmt::format("risk {} is treated by modify and its controls are not all implemented, and the plan "
                                 "names it only in {}",
                                 risk.id.value, incomplete_actions(coverage.incomplete)),
                     "give the action an owner (a person or role of the roles register) and a due date",
                     fmt::format("treatment:{}", risk.id.value));
    }
  }
}

void check_treatment_action_overdue(RuleContext& context) {
  const std::vector<TreatmentAction>& actions = context.repository().treatment_actions;
  context.examined(count_where(actions, [](const TreatmentAction& action) { return open_action(action) && action.due.present; }),
                   "open action", "open actions");
  for (const TreatmentAction& action : actions) {
    if (!open_action(action) || !action.due.present || action.due.value.days >= context.today()) continue;
    const std::int64_t late = context.today() - action.due.value.days;
    context.report(action.due.location,
                   fmt::format("treatment action {} was due on {} and is still {} ({} day{} overdue)", action.id.value,
                               action.due.value.text, action.status.present ? text_of(action.status) : "open", late,
                               late == 1 ? "" : "s"),
                   "complete it (status: done, with completed:), or agree a new due date with its owner and record it",
                   fmt::format("treatment:{}:due", action.id.value));
  }
}

void check_treatment_action_inconsistent(RuleContext& context) {
  const std::vector<TreatmentAction>& actions = context.repository().treatment_actions;
  context.examined(count_where(actions, [](const TreatmentAction& action) { return action.status.is(ActionStatus::Done); }),
                   "done action", "done actions");
  for (const TreatmentAction& action : actions) {
    if (!action.status.is(ActionStatus::Done)) continue;
    if (!action.completed.present) {
      context.report(action.status.location,
                     fmt::format("treatment action {} is done but records no completion date", action.id.value),
                     "add completed: YYYY-MM-DD, the date the action was finished",
                     fmt::format("treatment:{}:completed", action.id.value));
    }
    for (const Text& control : action.controls) {
      const SoaEntry* entry = context.soa_entry(control.value);
      if (entry == nullptr || !(entry->status.is(SoaStatus::Planned) || entry->status.is(SoaStatus::NotStarted))) continue;
      context.report(control.location,
                     fmt::format("treatment action {} is done, but the Statement of Applicability still has control {} "
                                 "as {}",
                                 action.id.value, control.value, text_of(entry->status)),
                     fmt::format("update the SoA status of {} (implemented or partial) with its evidence, or reopen "
                                 "the action",
                                 control.value),
                     fmt::format("treatment:{}:{}", action.id.value, control.value));
    }
  }
}

}  // namespace isms
