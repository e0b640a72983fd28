#include "model/model.h"

#include <algorithm>
#include <cmath>

namespace isms {

std::int64_t RiskMethod::level_of(std::int64_t likelihood_value, std::int64_t impact_value) const {
  switch (level_method()) {
    case RiskLevelMethod::Sum: return likelihood_value + impact_value;
    case RiskLevelMethod::Max: return std::max(likelihood_value, impact_value);
    case RiskLevelMethod::Product: break;
  }
  return likelihood_value * impact_value;
}


std::int64_t Manifest::review_period_days() const {
  return static_cast<std::int64_t>(std::lround(static_cast<double>(review_period_months) * 30.44));
}

bool Repository::operating() const {
  // Records of work done, not files or plans: the registers `isms init` writes, and an audit or a
  // review that is only planned, do not make an ISMS operate.
  const bool audited = std::any_of(audits.begin(), audits.end(), [](const Audit& audit) {
    return audit.status.is(AuditStatus::Completed) || audit.status.is(AuditStatus::InProgress);
  });
  const bool reviewed = std::any_of(reviews.begin(), reviews.end(),
                                    [](const ManagementReview& review) { return review.status.is(ReviewStatus::Held); });
  return manifest.operating_since.present || !treatment_actions.empty() || !objectives.empty() ||
         !competence_records.empty() || audited || reviewed || !nonconformities.empty();
}

std::string_view register_title(std::string_view name) {
  if (name == "context") return "context-issues register";
  if (name == "parties") return "interested-parties register";
  if (name == "scope") return "scope";
  if (name == "assets") return "asset inventory";
  if (name == "risks") return "risk register";
  if (name == "suppliers") return "supplier register";
  if (name == "soa") return "Statement of Applicability";
  if (name == "documents") return "document register";
  if (name == "evidence") return "evidence register";
  if (name == "roles") return "roles register";
  if (name == "treatment") return "risk treatment plan";
  if (name == "objectives") return "objectives register";
  if (name == "competence") return "competence register";
  if (name == "audits") return "internal audit register";
  if (name == "reviews") return "management review register";
  if (name == "nonconformities") return "nonconformity register";
  return name;
}

}  // namespace isms
