// The management review rules (Clause 9.3): reviews.yaml, read through the model.
#include <fmt/format.h>

#include <algorithm>

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

}  // namespace isms
