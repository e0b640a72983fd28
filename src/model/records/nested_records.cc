// The nested record types' declarations, found by argument lookup (declaration_of), and how a
// list of them is shown in one line each.
#include <fmt/format.h>

#include "model/records/competence.h"
#include "model/records/audit.h"
#include "model/records/interested_party.h"
#include "model/records/review.h"
#include "model/records/nonconformity.h"
#include "model/records/supplier.h"

namespace isms {

std::string records::certification_summary(const Certification& certification) {
  std::string covers;
  for (const Text& service : certification.covers) covers += (covers.empty() ? "; covers " : "; ") + service.value;
  return fmt::format("{} (expires {}{})", certification.standard.value, certification.expiry.value.text, covers);
}

std::string records::agreement_summary(const Agreement& agreement) {
  return fmt::format("{} {} ({})", text_of(agreement.type), agreement.reference.value, agreement.signed_on.value.text);
}

std::string records::competence_evidence_summary(const CompetenceEvidence& evidence) {
  const std::string expires = evidence.expires.present ? "; expires " + evidence.expires.value.text : "";
  return fmt::format("{} {} ({}{})", text_of(evidence.type), evidence.title.value, evidence.date.value.text, expires);
}

std::string records::awareness_summary(const AwarenessRecord& awareness) {
  return fmt::format("{} ({})", awareness.course.value, awareness.date.value.text);
}

std::string records::audit_finding_summary(const AuditFinding& finding) {
  std::string summary = finding.id.value;
  if (finding.grade.present) summary += " " + text_of(finding.grade);
  if (finding.requirement.present) summary += " " + finding.requirement.value;
  if (finding.nonconformity.present) summary += " (" + finding.nonconformity.value + ")";
  return summary;
}

std::string records::requirement_summary(const Requirement& requirement) { return requirement.id.value; }

std::string records::review_decision_summary(const ReviewDecision& decision) { return decision.id.value; }

std::string records::review_action_summary(const ReviewAction& action) { return action.id.value; }

const RecordDeclaration<Certification>& declaration_of(const Certification&) { return records::kCertificationRecord; }
const RecordDeclaration<Agreement>& declaration_of(const Agreement&) { return records::kAgreementRecord; }
const RecordDeclaration<Requirement>& declaration_of(const Requirement&) { return records::kRequirementRecord; }
const RecordDeclaration<RequirementSource>& declaration_of(const RequirementSource&) {
  return records::kRequirementSourceRecord;
}
const RecordDeclaration<AiDataUse>& declaration_of(const AiDataUse&) { return records::kAiDataUseRecord; }
const RecordDeclaration<CompetenceEvidence>& declaration_of(const CompetenceEvidence&) {
  return records::kCompetenceEvidenceRecord;
}
const RecordDeclaration<AwarenessRecord>& declaration_of(const AwarenessRecord&) { return records::kAwarenessRecord; }
const RecordDeclaration<AuditFinding>& declaration_of(const AuditFinding&) { return records::kAuditFindingRecord; }
const RecordDeclaration<ReviewInputs>& declaration_of(const ReviewInputs&) { return records::kReviewInputsRecord; }
const RecordDeclaration<PerformanceFeedback>& declaration_of(const PerformanceFeedback&) {
  return records::kPerformanceFeedbackRecord;
}
const RecordDeclaration<ReviewDecision>& declaration_of(const ReviewDecision&) { return records::kReviewDecisionRecord; }
const RecordDeclaration<ReviewAction>& declaration_of(const ReviewAction&) { return records::kReviewActionRecord; }
const RecordDeclaration<CorrectiveAction>& declaration_of(const CorrectiveAction&) {
  return records::kCorrectiveActionRecord;
}
const RecordDeclaration<EffectivenessReview>& declaration_of(const EffectivenessReview&) {
  return records::kEffectivenessRecord;
}

}  // namespace isms
