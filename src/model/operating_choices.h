#pragma once
/// The closed lists of the registers that record the ISMS in operation (Clauses 6.1.3 e, 6.2,
/// 7.2, 7.3, 9.2, 9.3, 10.2), each with its texts in the enumerators' order, as the schemas
/// write them. Kept apart from model/choices.h so that each file stays one concept.

#include <span>
#include <string_view>

namespace isms {

/// Where an internal audit stands (audits.schema.json, audit `status`).
enum class AuditStatus : unsigned char { Planned, InProgress, Completed, Cancelled };
inline constexpr std::string_view kAuditStatusValues[] = {"planned", "in-progress", "completed", "cancelled"};
constexpr std::span<const std::string_view> declared_values(AuditStatus) { return kAuditStatusValues; }

/// How serious a finding is: an audit finding's and a nonconformity's `grade`. An observation is
/// not a nonconformity; the two registers share the list so that a finding and the record it
/// raised can be compared.
enum class FindingGrade : unsigned char { Major, Minor, Observation };
inline constexpr std::string_view kFindingGradeValues[] = {"major", "minor", "observation"};
constexpr std::span<const std::string_view> declared_values(FindingGrade) { return kFindingGradeValues; }

/// Where a management review stands (reviews.schema.json, review `status`).
enum class ReviewStatus : unsigned char { Planned, Held, Cancelled };
inline constexpr std::string_view kReviewStatusValues[] = {"planned", "held", "cancelled"};
constexpr std::span<const std::string_view> declared_values(ReviewStatus) { return kReviewStatusValues; }

/// Where an action stands: a treatment action, a review action, a corrective action.
enum class ActionStatus : unsigned char { Planned, InProgress, Done, Cancelled };
inline constexpr std::string_view kActionStatusValues[] = {"planned", "in-progress", "done", "cancelled"};
constexpr std::span<const std::string_view> declared_values(ActionStatus) { return kActionStatusValues; }

/// Where a nonconformity was found (nonconformities.schema.json, `source`).
enum class NonconformitySource : unsigned char {
  InternalAudit,
  ExternalAudit,
  Incident,
  ManagementReview,
  Complaint,
  Monitoring,
  Other,
};
inline constexpr std::string_view kNonconformitySourceValues[] = {
    "internal-audit", "external-audit", "incident", "management-review", "complaint", "monitoring", "other"};
constexpr std::span<const std::string_view> declared_values(NonconformitySource) {
  return kNonconformitySourceValues;
}

/// Where a nonconformity stands (nonconformities.schema.json, `status`). "closed" says the
/// corrective action was done and found effective.
enum class NonconformityStatus : unsigned char { Open, InProgress, Closed };
inline constexpr std::string_view kNonconformityStatusValues[] = {"open", "in-progress", "closed"};
constexpr std::span<const std::string_view> declared_values(NonconformityStatus) {
  return kNonconformityStatusValues;
}

/// What an effectiveness review concluded (Clause 10.2 d).
enum class EffectivenessResult : unsigned char { Effective, NotEffective };
inline constexpr std::string_view kEffectivenessResultValues[] = {"effective", "not-effective"};
constexpr std::span<const std::string_view> declared_values(EffectivenessResult) {
  return kEffectivenessResultValues;
}

/// Where an objective stands (objectives.schema.json, `status`).
enum class ObjectiveStatus : unsigned char { Active, Met, NotMet, Withdrawn };
inline constexpr std::string_view kObjectiveStatusValues[] = {"active", "met", "not-met", "withdrawn"};
constexpr std::span<const std::string_view> declared_values(ObjectiveStatus) { return kObjectiveStatusValues; }

/// What a competence record rests on (Clause 7.2 d).
enum class CompetenceEvidenceType : unsigned char { Training, Certification, Qualification, Experience };
inline constexpr std::string_view kCompetenceEvidenceTypeValues[] = {"training", "certification", "qualification",
                                                                     "experience"};
constexpr std::span<const std::string_view> declared_values(CompetenceEvidenceType) {
  return kCompetenceEvidenceTypeValues;
}

}  // namespace isms
