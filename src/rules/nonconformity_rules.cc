// Clause 10.2: nonconformities are corrected, their causes found and removed by a corrective
// action, and the action's effectiveness reviewed before they are closed.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "model/placeholder.h"
#include "rules/rules.h"
#include "util/suggest.h"

namespace isms {
namespace {

bool is_closed(const Nonconformity& nc) { return nc.status.is(NonconformityStatus::Closed); }

/// A major or minor nonconformity; an observation is not one and needs no root cause.
bool is_nonconformity(const Nonconformity& nc) {
  return nc.grade.is(FindingGrade::Major) || nc.grade.is(FindingGrade::Minor);
}

bool stated(const Text& text) { return text.present && !is_placeholder(text.value); }

/// What a closed nonconformity lacks, in the order 10.2 b) to d) asks for it.
std::vector<std::string> missing_for_closure(const Nonconformity& nc) {
  std::vector<std::string> missing;
  if (!stated(nc.root_cause)) missing.emplace_back("a root cause");
  if (!nc.action.present) {
    missing.emplace_back("a corrective action");
  } else if (!nc.action.completed.present) {
    missing.emplace_back("the corrective action's completion date");
  }
  if (!nc.closed.present) missing.emplace_back("a closing date");
  if (!nc.effectiveness.present || !nc.effectiveness.date.present || !nc.effectiveness.result.present) {
    missing.emplace_back("an effectiveness review with its date and result");
  }
  return missing;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (std::size_t index = 0; index < parts.size(); ++index) {
    if (index > 0) text += index + 1 == parts.size() ? " and " : ", ";
    text += parts[index];
  }
  return text;
}

/// Every clause and Annex A control id of ISO/IEC 27001:2022, for did-you-mean.
const std::vector<std::string>& requirement_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> all;
    for (const Clause& clause : clauses()) all.emplace_back(clause.id);
    for (const AnnexAControl& control : annex_a_controls()) all.emplace_back(control.id);
    return all;
  }();
  return ids;
}

}  // namespace

void check_closed_without_cause(RuleContext& context) {
  const auto& ncs = context.repository().nonconformities;
  context.examined(count_where(ncs, [](const Nonconformity& nc) { return is_closed(nc) && is_nonconformity(nc); }),
                   "closed nonconformity", "closed nonconformities");
  for (const Nonconformity& nc : ncs) {
    if (!is_closed(nc) || !is_nonconformity(nc)) continue;
    const std::vector<std::string> missing = missing_for_closure(nc);
    if (!missing.empty()) {
      context.report(nc.status.location,
                     fmt::format("nonconformity {} is closed without {}", nc.id.value, joined(missing)),
                     "record the root cause, the completed corrective action, the closing date and the "
                     "effectiveness review, or set status back to in-progress",
                     fmt::format("nonconformities:{}:closure", nc.id.value));
    } else if (nc.effectiveness.result.is(EffectivenessResult::NotEffective)) {
      context.report(nc.effectiveness.result.location,
                     fmt::format("nonconformity {} is closed although its effectiveness review found the corrective "
                                 "action not effective",
                                 nc.id.value),
                     "reopen it (status: in-progress) with a new corrective action, and close it after a review "
                     "finds that action effective",
                     fmt::format("nonconformities:{}:effectiveness", nc.id.value));
    }
  }
}

void check_corrective_action_overdue(RuleContext& context) {
  const auto& ncs = context.repository().nonconformities;
  const auto has_due_action = [](const Nonconformity& nc) {
    return !is_closed(nc) && nc.action.present && nc.action.due.present && !nc.action.completed.present;
  };
  context.examined(count_where(ncs, has_due_action), "open corrective action", "open corrective actions");
  for (const Nonconformity& nc : ncs) {
    if (!has_due_action(nc) || nc.action.due.value.days >= context.today()) continue;
    context.report(nc.action.due.location,
                   fmt::format("the corrective action of nonconformity {} was due on {} and is not completed",
                               nc.id.value, nc.action.due.value.text),
                   "complete the action and record corrective_action.completed, or agree a new due date with "
                   "its owner and record why it moved",
                   fmt::format("nonconformities:{}:action", nc.id.value));
  }
}

void check_major_nonconformity_open(RuleContext& context) {
  const auto& ncs = context.repository().nonconformities;
  context.examined(count_where(ncs, [](const Nonconformity& nc) { return nc.grade.is(FindingGrade::Major); }),
                   "major nonconformity", "major nonconformities");
  for (const Nonconformity& nc : ncs) {
    if (!nc.grade.is(FindingGrade::Major) || is_closed(nc)) continue;
    context.report(nc.grade.location,
                   fmt::format("major nonconformity {} is not closed: a certification body does not recommend "
                               "certification while a major nonconformity is open",
                               nc.id.value),
                   "correct it, complete its corrective action and review its effectiveness, then close it",
                   fmt::format("nonconformities:{}:major", nc.id.value));
  }
}

void check_corrective_action_planned(RuleContext& context) {
  const auto& ncs = context.repository().nonconformities;
  const auto open_nonconformity = [](const Nonconformity& nc) { return !is_closed(nc) && is_nonconformity(nc); };
  context.examined(count_where(ncs, open_nonconformity), "open nonconformity", "open nonconformities");
  for (const Nonconformity& nc : ncs) {
    if (!open_nonconformity(nc)) continue;
    std::vector<std::string> missing;
    if (!nc.action.present) {
      missing.emplace_back("a corrective action");
    } else {
      if (!nc.action.owner.present) missing.emplace_back("an owner of its corrective action");
      if (!nc.action.due.present) missing.emplace_back("a due date for its corrective action");
    }
    if (nc.status.is(NonconformityStatus::InProgress) && !stated(nc.root_cause)) missing.emplace_back("a root cause");
    if (missing.empty()) continue;
    context.report(nc.id.location, fmt::format("nonconformity {} is not closed and lacks {}", nc.id.value,
                                               joined(missing)),
                   "record the root cause and a corrective_action with its description, owner and due date",
                   fmt::format("nonconformities:{}:plan", nc.id.value));
  }
}

void check_nonconformity_requirement_known(RuleContext& context) {
  const auto& ncs = context.repository().nonconformities;
  context.examined(count_where(ncs, [](const Nonconformity& nc) { return nc.requirement.present; }), "nonconformity",
                   "nonconformities");
  for (const Nonconformity& nc : ncs) {
    if (!nc.requirement.present) continue;
    const std::string& requirement = nc.requirement.value;
    bool known = find_control(requirement) != nullptr;
    for (const Clause& clause : clauses()) known = known || clause.id == requirement;
    if (known) continue;
    context.report(nc.requirement.location,
                   fmt::format("nonconformity {} names requirement '{}', which is neither a clause nor an Annex A "
                               "control of ISO/IEC 27001:2022{}",
                               nc.id.value, requirement, did_you_mean(requirement, requirement_ids())),
                   "write the clause (\"9.2\") or the Annex A control (\"A.8.13\") that was not met",
                   fmt::format("nonconformities:{}:requirement", nc.id.value));
  }
}

}  // namespace isms
