// The management review input pack (Clause 9.3.2): each input a) to g) assembled from the
// registers, counted since the last held review. A section whose register is absent says so,
// so that an empty table never reads as "nothing happened".
#include "render/review_data.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/dates.h"
#include "render/review_pack.h"

namespace isms {
namespace {

using namespace review_pack;

// ---- The header: the review the pack prepares and the one it reports since ------------------

Json review_value(const ManagementReview* review) {
  Json value;
  value["present"] = review != nullptr;
  if (review == nullptr) return value;
  value["id"] = text_value(review->id);
  value["title"] = text_value(review->title);
  value["planned"] = date_value(review->planned);
  value["date"] = date_value(review->date);
  value["chair"] = text_value(review->chair);
  value["attendees"] = joined(review->attendees);
  return value;
}

const ManagementReview* next_planned_review(const Repository& repository) {
  const ManagementReview* next = nullptr;
  for (const ManagementReview& review : repository.reviews) {
    if (!review.status.is(ReviewStatus::Planned)) continue;
    if (next == nullptr || (review.planned.present && (!next->planned.present || review.planned.value.days < next->planned.value.days))) {
      next = &review;
    }
  }
  return next;
}

std::string since_text(const ReviewSince& since) {
  if (since.asked) return fmt::format("since {}, the date asked for", since.date);
  if (since.last_held != nullptr) {
    return fmt::format("since the management review {} held on {}", since.last_held->id.value, since.date);
  }
  if (!since.date.empty()) {
    return fmt::format("since the ISMS began to operate on {} (no management review has been held yet)", since.date);
  }
  return "since the ISMS began (no management review has been held yet, and isms.yaml does not record since when the "
         "ISMS operates)";
}

// ---- a) Actions from previous reviews ------------------------------------------------------------

Json previous_actions(const PackContext& pack, bool present) {
  Json value = section(present, "reviews");
  Json open = Json::array(), done = Json::array();
  std::size_t overdue = 0;
  for (const ManagementReview& review : pack.repository.reviews) {
    if (!review.status.is(ReviewStatus::Held)) continue;
    for (const ReviewAction& action : review.actions) {
      Json row{{"review", text_value(review.id)},      {"id", text_value(action.id)},
               {"description", text_value(action.description)}, {"owner", text_value(action.owner)},
               {"due", date_value(action.due)},        {"completed", date_value(action.completed)},
               {"status", text_of(action.status)},     {"overdue", false}};
      if (action_open(action.status)) {
        row["overdue"] = pack.overdue(action.due);
        if (pack.overdue(action.due)) ++overdue;
        open.push_back(std::move(row));
      } else if (action.status.is(ActionStatus::Done) && pack.since(action.completed)) {
        done.push_back(std::move(row));
      }
    }
  }
  value["open_count"] = open.size();
  value["overdue_count"] = overdue;
  value["open"] = std::move(open);
  value["done_since"] = std::move(done);
  return value;
}

// ---- b) and c) Changes from git --------------------------------------------------------------

Json change_rows(const std::vector<RecordChange>& changes) {
  Json rows = Json::array();
  for (const RecordChange& change : changes) {
    std::string fields;
    for (const FieldChange& field : change.fields) {
      if (!fields.empty()) fields += "; ";
      fields += field.list ? fmt::format("{}: {}{}{}", field.field, field.added.empty() ? "" : "+",
                                         fmt::join(field.added, ", +"),
                                         field.removed.empty() ? std::string() : fmt::format(" -{}", fmt::join(field.removed, ", -")))
                           : fmt::format("{}: \"{}\" \xE2\x86\x92 \"{}\"", field.field, field.before, field.after);
    }
    rows.push_back({{"kind", std::string(change_kind_name(change.kind))},
                    {"id", change.id},
                    {"title", change.title},
                    {"fields", fields}});
  }
  return rows;
}

Json changes_base(const ReviewChanges& changes) {
  Json value;
  value["available"] = changes.available;
  value["reason"] = changes.available ? std::string() : "Not available: " + changes.reason + ".";
  value["commit"] = changes.commit;
  value["commit_short"] = changes.commit.substr(0, std::min<std::size_t>(12, changes.commit.size()));
  value["since"] = changes.since;
  value["incomplete"] = changes.incomplete;
  return value;
}

Json issue_changes(const ReviewChanges& changes) {
  Json value = changes_base(changes);
  value["changes"] = change_rows(changes.issues);
  value["count"] = changes.issues.size();
  return value;
}

Json party_changes(const ReviewChanges& changes) {
  Json value = changes_base(changes);
  value["parties"] = change_rows(changes.parties);
  value["requirements"] = change_rows(changes.requirements);
  value["count"] = changes.parties.size() + changes.requirements.size();
  return value;
}

// ---- e) Feedback, f) risk, g) improvement -----------------------------------------------------

Json feedback(const PackContext& pack, bool nonconformities_present) {
  Json value;
  Json complaints = section(nonconformities_present, "nonconformities");
  Json rows = Json::array();
  for (const Nonconformity& nc : pack.repository.nonconformities) {
    if (nc.source.is(NonconformitySource::Complaint)) rows.push_back(nonconformity_row(nc));
  }
  complaints["rows"] = std::move(rows);
  value["complaints"] = std::move(complaints);
  Json confirmed = section(register_present(pack.repository, "parties", !pack.repository.parties.empty()), "parties");
  Json requirements = Json::array();
  for (const InterestedParty& party : pack.repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      if (!pack.since(requirement.confirmed_date)) continue;
      requirements.push_back({{"party", text_value(party.id)},      {"party_name", text_value(party.name)},
                              {"id", text_value(requirement.id)},   {"description", text_value(requirement.description)},
                              {"confirmed", date_value(requirement.confirmed_date)},
                              {"method", text_value(requirement.confirmed_method)}});
    }
  }
  confirmed["rows"] = std::move(requirements);
  value["confirmed_requirements"] = std::move(confirmed);
  return value;
}

/// The level after treatment, as RSK004 reads it: the residual scores, else the inherent ones;
/// -1 without scores.
std::int64_t risk_level(const Risk& risk, const RiskMethod& method) {
  if (risk.residual_likelihood.present && risk.residual_impact.present) {
    return method.level_of(risk.residual_likelihood.value, risk.residual_impact.value);
  }
  if (risk.likelihood.present && risk.impact.present) return method.level_of(risk.likelihood.value, risk.impact.value);
  return -1;
}

Json treatment_plan(const PackContext& pack) {
  Json value = section(register_present(pack.repository, "treatment", !pack.repository.treatment_actions.empty()), "treatment");
  Json open = Json::array();
  std::size_t done = 0, overdue = 0;
  for (const TreatmentAction& action : pack.repository.treatment_actions) {
    if (action.status.is(ActionStatus::Done)) ++done;
    if (!action_open(action.status)) continue;
    const bool late = pack.overdue(action.due);
    if (late) ++overdue;
    open.push_back({{"id", text_value(action.id)}, {"title", text_value(action.title)},
                    {"owner", text_value(action.owner)}, {"due", date_value(action.due)},
                    {"status", text_of(action.status)}, {"risks", joined(action.risks)}, {"overdue", late}});
  }
  value["done"] = done;
  value["open_count"] = open.size();
  value["overdue"] = overdue;
  value["open"] = std::move(open);
  return value;
}

Json risk(const PackContext& pack) {
  const Repository& repository = pack.repository;
  Json value = section(register_present(repository, "risks", !repository.risks.empty()), "risks");
  const std::int64_t threshold = repository.manifest.risk.acceptance_threshold;
  std::map<std::int64_t, std::size_t, std::greater<>> by_level;
  std::map<std::string, std::size_t> by_treatment;
  std::size_t above = 0, accepted = 0, unscored = 0;
  Json above_rows = Json::array();
  for (const Risk& entry : repository.risks) {
    const std::int64_t level = risk_level(entry, repository.manifest.risk);
    if (level < 0) {
      ++unscored;
    } else {
      ++by_level[level];
    }
    if (entry.acceptance.present) ++accepted;
    const std::string treatment = text_of(entry.treatment);
    ++by_treatment[treatment.empty() ? std::string("not decided") : treatment];
    if (level > threshold) {
      ++above;
      above_rows.push_back({{"id", text_value(entry.id)}, {"title", text_value(entry.title)}, {"level", level},
                            {"treatment", treatment}, {"owner", text_value(entry.owner)},
                            {"accepted", entry.acceptance.present}});
    }
  }
  value["threshold"] = threshold;
  value["total"] = repository.risks.size();
  value["above_threshold"] = above;
  value["accepted"] = accepted;
  value["unscored"] = unscored;
  Json levels = Json::array();
  for (const auto& [level, count] : by_level) levels.push_back({{"level", level}, {"count", count}, {"above", level > threshold}});
  value["levels"] = std::move(levels);
  Json treatments = Json::array();
  for (const auto& [treatment, count] : by_treatment) treatments.push_back({{"treatment", treatment}, {"count", count}});
  value["treatments_text"] = counts_text(treatments, "treatment");
  value["treatments"] = std::move(treatments);
  value["above_rows"] = std::move(above_rows);
  value["treatment_plan"] = treatment_plan(pack);
  return value;
}

Json improvement(const PackContext& pack, bool audits_present, bool nonconformities_present, bool reviews_present) {
  Json value;
  Json audit_rows = Json::array(), nc_rows = Json::array(), decisions = Json::array();
  for (const Audit& audit : pack.repository.audits) {
    for (const AuditFinding& finding : audit.findings) {
      if (finding.grade.is(FindingGrade::Observation) && (!audit.date.present || pack.since(audit.date))) {
        audit_rows.push_back({{"audit", text_value(audit.id)}, {"id", text_value(finding.id)},
                              {"requirement", text_value(finding.requirement)},
                              {"description", text_value(finding.description)}});
      }
    }
  }
  for (const Nonconformity& nc : pack.repository.nonconformities) {
    if (nc.grade.is(FindingGrade::Observation) && !nc.status.is(NonconformityStatus::Closed)) {
      nc_rows.push_back(nonconformity_row(nc));
    }
  }
  for (const ManagementReview& review : pack.repository.reviews) {
    if (!review.status.is(ReviewStatus::Held)) continue;
    for (const ReviewDecision& decision : review.decisions) {
      decisions.push_back({{"review", text_value(review.id)}, {"date", date_value(review.date)},
                           {"id", text_value(decision.id)}, {"decision", text_value(decision.decision)}});
    }
  }
  Json audits = section(audits_present, "audits"), ncs = section(nonconformities_present, "nonconformities"),
       reviews = section(reviews_present, "reviews");
  audits["rows"] = std::move(audit_rows);
  ncs["rows"] = std::move(nc_rows);
  reviews["rows"] = std::move(decisions);
  value["audit_observations"] = std::move(audits);
  value["nonconformity_observations"] = std::move(ncs);
  value["previous_decisions"] = std::move(reviews);
  return value;
}

}  // namespace

ReviewSince review_since(const Repository& repository, const std::string& asked) {
  ReviewSince since;
  for (const ManagementReview& review : repository.reviews) {
    if (!review.status.is(ReviewStatus::Held) || !review.date.present) continue;
    if (since.last_held == nullptr || review.date.value.days > since.last_held->date.value.days) since.last_held = &review;
  }
  if (!asked.empty()) {
    since.date = asked;
    since.asked = true;
  } else if (since.last_held != nullptr) {
    since.date = since.last_held->date.value.text;
  } else if (repository.manifest.operating_since.present) {
    since.date = repository.manifest.operating_since.value.text;
  }
  return since;
}

Json review_data(const DocumentInput& input, const ReviewSince& since, const ReviewChanges& changes) {
  const Repository& repository = input.repository;
  PackContext pack{repository, input.as_of_days};
  Date since_date;
  if (!since.date.empty() && parse_date(since.date, since_date)) {
    pack.has_since = true;
    pack.since_days = since_date.days;
  }
  const bool reviews_present = register_present(repository, "reviews", !repository.reviews.empty());
  const bool audits_present = register_present(repository, "audits", !repository.audits.empty());
  const bool nonconformities_present = register_present(repository, "nonconformities", !repository.nonconformities.empty());
  const bool objectives_present = register_present(repository, "objectives", !repository.objectives.empty());

  Json data;
  data["document"] = document_header(input, "Management review input pack");
  Json review;
  review["clause"] = "9.3.2";
  review["next"] = review_value(next_planned_review(repository));
  review["last"] = review_value(since.last_held);
  review["since"] = since.date;
  review["since_text"] = since_text(since);
  review["reviews_available"] = reviews_present;
  review["previous_actions"] = previous_actions(pack, reviews_present);
  review["issue_changes"] = issue_changes(changes);
  review["party_changes"] = party_changes(changes);
  Json performance;
  performance["nonconformities"] = nonconformities(pack, nonconformities_present);
  performance["monitoring"] = monitoring(pack, objectives_present);
  performance["audits"] = audit_results(pack, audits_present);
  performance["objectives"] = objectives(pack, objectives_present);
  review["performance"] = std::move(performance);
  review["feedback"] = feedback(pack, nonconformities_present);
  review["risk"] = risk(pack);
  review["improvement"] = improvement(pack, audits_present, nonconformities_present, reviews_present);
  data["review"] = std::move(review);
  return data;
}

}  // namespace isms
