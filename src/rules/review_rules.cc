// The management review rules (Clause 9.3): reviews.yaml, read through the model.
#include <fmt/format.h>

#include <algorithm>

#include "model/placeholder.h"
#include "rules/people_directory.h"
#include "rules/review_inputs.h"
#include "rules/rules.h"

namespace isms {

namespace {

/// The held review with the latest date, or nullptr when none is held with a date.
const ManagementReview* last_held_review(const std::vector<ManagementReview>& reviews) {
  const ManagementReview* last = nullptr;
  for (const ManagementReview& review : reviews) {
    if (review.status.value != ReviewStatus::Held || !review.status.present || !review.date.present) continue;
    if (last == nullptr || review.date.value.days > last->date.value.days) last = &review;
  }
  return last;
}

/// " (the ISMS operates since 2026-03-01)", or "" when the manifest does not say.
std::string operating_since(const Repository& repository) {
  const LocatedDate& since = repository.manifest.operating_since;
  return since.present ? fmt::format(" (the ISMS operates since {})", since.value.text) : std::string();
}

/// Written, and not placeholder text: what a decision or the minutes must be to count.
bool has_content(const Text& field) { return has_text(field) && !is_placeholder(field.value); }

/// "MR-2026-01 on 2026-06-12", or the id alone when the review has no date.
std::string review_named(const ManagementReview& review) {
  return review.date.present ? fmt::format("{} on {}", review.id.value, review.date.value.text) : review.id.value;
}

/// The held review with the earliest date after `review`'s, or nullptr when none is held later.
const ManagementReview* next_held_review(const std::vector<ManagementReview>& reviews, const ManagementReview& review) {
  const ManagementReview* next = nullptr;
  for (const ManagementReview& other : reviews) {
    if (!other.status.is(ReviewStatus::Held) || !other.date.present) continue;
    if (other.date.value.days <= review.date.value.days) continue;
    if (next == nullptr || other.date.value.days < next->date.value.days) next = &other;
  }
  return next;
}

bool follows_up(const ManagementReview& review, const std::string& action) {
  return std::any_of(review.followed_up.begin(), review.followed_up.end(),
                     [&](const Text& id) { return id.value == action; });
}

}  // namespace

void check_management_review_held(RuleContext& context) {
  const Repository& repository = context.repository();
  const RegisterInfo* info = context.find_register("reviews");
  const bool has_file = info != nullptr && !info->files.empty();
  // Before the ISMS operates, a missing review register is expected: nothing to assess.
  if (!has_file && !repository.operating()) return;
  const ManagementReview* last = last_held_review(repository.reviews);
  // A register of planned reviews alone, before the manifest says the ISMS operates, is a new
  // ISMS preparing its first review (what isms init writes): nothing held to assess yet.
  if (last == nullptr && has_file && !repository.manifest.operating_since.present) return;
  context.examined(1, "management review register", "management review registers");
  const std::int64_t period = repository.manifest.review_period_days();
  const std::int64_t months = repository.manifest.review_period_months;
  if (last == nullptr) {
    context.report(context.register_location("reviews"),
                   has_file ? fmt::format("the management review register records no held review{}; Clause 9.3 "
                                          "requires top management to review the ISMS at planned intervals",
                                          operating_since(repository))
                            : fmt::format("the repository has no management review register{}; Clause 9.3 requires "
                                          "top management to review the ISMS at planned intervals",
                                          operating_since(repository)),
                   "hold the management review and record it in reviews.yaml with status: held and its date",
                   "register:reviews");
    return;
  }
  if (context.today() - last->date.value.days <= period) return;
  context.report(last->date.location,
                 fmt::format("the last held management review, {} on {}, is older than the review period of {} "
                             "months; Clause 9.3 requires reviews at planned intervals",
                             last->id.value, last->date.value.text, months),
                 "hold the next management review and record it in reviews.yaml", last->id.value);
}

void check_review_inputs_complete(RuleContext& context) {
  for (const ManagementReview& review : context.repository().reviews) {
    if (!review.status.is(ReviewStatus::Held)) continue;
    context.examined(1, "held management review", "held management reviews");
    const std::vector<MissingReviewInput> missing = missing_review_inputs(review);
    if (missing.empty()) continue;
    std::string names;
    for (const MissingReviewInput& input : missing) names += (names.empty() ? "" : ", ") + input.name;
    const SourceLocation where = missing.front().location.line != 0 ? missing.front().location : review.location;
    context.report(where,
                   fmt::format("management review {} records no content for {} of the {} inputs Clause 9.3.2 "
                               "requires: {}",
                               review.id.value, missing.size(), 10, names),
                   "write under inputs: what the review considered for each one, from the registers (isms render "
                   "review assembles them); a placeholder does not count",
                   fmt::format("review:{}:inputs", review.id.value));
  }
}

void check_top_management_at_review(RuleContext& context) {
  const Repository& repository = context.repository();
  const PeopleDirectory directory(repository);
  if (!directory.available()) return;
  for (const ManagementReview& review : repository.reviews) {
    if (!review.status.is(ReviewStatus::Held)) continue;
    context.examined(1, "held management review", "held management reviews");
    bool present = has_text(review.chair) && directory.top_management(review.chair.value);
    for (const Text& attendee : review.attendees) present = present || directory.top_management(attendee.value);
    if (present) continue;
    context.report(review.location,
                   fmt::format("management review {} on {} records neither a chair nor an attendee who holds a "
                               "top-management role; Clause 9.3.1 makes the review top management's",
                               review.id.value, review.date.value.text),
                   "record in chair or attendees the people of roles.yaml whose role has top_management: true",
                   fmt::format("review:{}:attendees", review.id.value));
  }
}

// The outputs of 9.3.3 are the decisions; without minutes and decisions a review leaves no
// evidence of its results, and an action without an owner and a due date is not assigned.
void check_review_outputs_recorded(RuleContext& context) {
  for (const ManagementReview& review : context.repository().reviews) {
    if (!review.status.is(ReviewStatus::Held)) continue;
    context.examined(1, "held management review", "held management reviews");
    if (!has_content(review.minutes)) {
      context.report(review.minutes.present ? review.minutes.location : review.location,
                     fmt::format("management review {} records no minutes; Clause 9.3.3 requires documented "
                                 "information as evidence of the results of management reviews",
                                 review_named(review)),
                     "name in minutes: the document or evidence record that holds the signed minutes",
                     fmt::format("review:{}:minutes", review.id.value));
    }
    const bool decided = std::any_of(review.decisions.begin(), review.decisions.end(),
                                     [](const ReviewDecision& decision) { return has_content(decision.decision); });
    if (!decided) {
      context.report(review.location,
                     fmt::format("management review {} records no decision; Clause 9.3.3 requires the results to "
                                 "include decisions on improvement opportunities and any changes to the ISMS",
                                 review_named(review)),
                     "list under decisions: what top management decided, one entry per decision (\"no change to "
                     "the scope\" is a decision too)",
                     fmt::format("review:{}:decisions", review.id.value));
    }
    for (const ReviewAction& action : review.actions) {
      const bool owned = has_content(action.owner);
      if (owned && action.due.present) continue;
      const std::string missing = !owned && !action.due.present ? "owner and no due date" : owned ? "due date" : "owner";
      context.report(action.id.present ? action.id.location : review.location,
                     fmt::format("action {} of management review {} has no {}; an action nobody owns by a date "
                                 "is not assigned",
                                 action.id.value, review.id.value, missing),
                     "give the action an owner (a person of roles.yaml) and a due date",
                     fmt::format("review:{}:action:{}", review.id.value, action.id.value));
    }
  }
}

// Clause 9.3.2 a) makes the status of earlier actions an input of every review: an open action
// the next review did not look at has dropped out of sight, and one past its date is late.
void check_review_actions_followed_up(RuleContext& context) {
  const std::vector<ManagementReview>& reviews = context.repository().reviews;
  for (const ManagementReview& review : reviews) {
    if (!review.status.is(ReviewStatus::Held) || !review.date.present) continue;
    const ManagementReview* next = next_held_review(reviews, review);
    for (const ReviewAction& action : review.actions) {
      context.examined(1, "management review action", "management review actions");
      if (!action_open(action.status)) continue;
      const std::string subject = fmt::format("review:{}:action:{}", review.id.value, action.id.value);
      const SourceLocation where = action.id.present ? action.id.location : review.location;
      if (next != nullptr && !follows_up(*next, action.id.value)) {
        context.report(where,
                       fmt::format("action {} of management review {} is still open, and the next review, {}, "
                                   "does not follow it up; Clause 9.3.2 a) makes its status an input",
                                   action.id.value, review.id.value, review_named(*next)),
                       fmt::format("record the action's status at review {} and list {} under its followed_up",
                                   next->id.value, action.id.value),
                       subject);
      }
      if (action.due.present && action.due.value.days < context.today()) {
        context.report(action.due.location,
                       fmt::format("action {} of management review {} was due on {} and is not done",
                                   action.id.value, review.id.value, action.due.value.text),
                       "complete it and set status: done with the completed date, or record a new due date "
                       "agreed by top management",
                       subject + ":due");
      }
    }
  }
}

}  // namespace isms
