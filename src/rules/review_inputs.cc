#include "rules/review_inputs.h"

#include <utility>

#include "model/placeholder.h"
#include "util/text_util.h"

namespace isms {

std::vector<MissingReviewInput> missing_review_inputs(const ManagementReview& review) {
  const ReviewInputs& in = review.inputs;
  const PerformanceFeedback& d = in.performance;
  const std::pair<const Text*, const char*> inputs[] = {
      {&in.previous_actions, "a) previous_actions"},
      {&in.issue_changes, "b) issue_changes"},
      {&in.party_changes, "c) party_changes"},
      {&d.nonconformities, "d) 1) performance.nonconformities"},
      {&d.monitoring_results, "d) 2) performance.monitoring_results"},
      {&d.audit_results, "d) 3) performance.audit_results"},
      {&d.objectives, "d) 4) performance.objectives"},
      {&in.party_feedback, "e) party_feedback"},
      {&in.risk_results, "f) risk_results"},
      {&in.improvement_opportunities, "g) improvement_opportunities"},
  };
  std::vector<MissingReviewInput> missing;
  for (const auto& [text, name] : inputs) {
    if (text->present && !is_blank(text->value) && !is_placeholder(text->value)) continue;
    missing.push_back({name, text->present ? text->location : SourceLocation{}});
  }
  return missing;
}

}  // namespace isms
