// Clause 7.5: documented information.
#include "rules/rules.h"

namespace isms {

void check_mandatory_documents(RuleContext& context) {
  (void)context;  // PLACEHOLDER DOC001: to be implemented
}

void check_document_approved(RuleContext& context) {
  (void)context;  // PLACEHOLDER DOC002: to be implemented
}

void check_document_review_overdue(RuleContext& context) {
  (void)context;  // PLACEHOLDER DOC003: to be implemented
}

void check_evidence_unlinked(RuleContext& context) {
  (void)context;  // PLACEHOLDER DOC004: to be implemented
}

void check_register_review_overdue(RuleContext& context) {
  (void)context;  // PLACEHOLDER REG005: to be implemented
}

}  // namespace isms
