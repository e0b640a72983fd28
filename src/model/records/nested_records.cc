// The nested record types' declarations, found by argument lookup (declaration_of), and how a
// list of them is shown in one line each.
#include <fmt/format.h>

#include "model/records/interested_party.h"
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

std::string records::requirement_summary(const Requirement& requirement) { return requirement.id.value; }

const RecordDeclaration<Certification>& declaration_of(const Certification&) { return records::kCertificationRecord; }
const RecordDeclaration<Agreement>& declaration_of(const Agreement&) { return records::kAgreementRecord; }
const RecordDeclaration<Requirement>& declaration_of(const Requirement&) { return records::kRequirementRecord; }
const RecordDeclaration<RequirementSource>& declaration_of(const RequirementSource&) {
  return records::kRequirementSourceRecord;
}
const RecordDeclaration<AiDataUse>& declaration_of(const AiDataUse&) { return records::kAiDataUseRecord; }
const RecordDeclaration<CorrectiveAction>& declaration_of(const CorrectiveAction&) {
  return records::kCorrectiveActionRecord;
}
const RecordDeclaration<EffectivenessReview>& declaration_of(const EffectivenessReview&) {
  return records::kEffectivenessRecord;
}

}  // namespace isms
