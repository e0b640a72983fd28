#pragma once
/// The inputs Clause 9.3.2 requires of a management review, a) to g) with d) by its four trends,
/// and which of them a review leaves without content. Shared by rule MRV002 and the Stage 2
/// prerequisite of the readiness report, so that the two never disagree.

#include <string>
#include <vector>

#include "model/model.h"

namespace isms {

/// One required input that has no content, and where the review would write it.
struct MissingReviewInput {
  std::string name;         ///< "d) 3) performance.audit_results"
  SourceLocation location;  ///< the key's value when written (a placeholder), else none
};

/// The inputs of `review` that are absent, blank or placeholder text.
std::vector<MissingReviewInput> missing_review_inputs(const ManagementReview& review);

}  // namespace isms
