// Clauses 6.1.2, 6.1.3 and 8.2: risk assessment and treatment.
#include "rules/rules.h"

namespace isms {

void check_risk_register_present(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK001: to be implemented
}

void check_treatment_has_controls(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK002: to be implemented
}

void check_risk_controls_applicable(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK003: to be implemented
}

void check_residual_risk_accepted(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK004: to be implemented
}

void check_risk_review_overdue(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK005: to be implemented
}

void check_residual_exceeds_inherent(RuleContext& context) {
  (void)context;  // PLACEHOLDER RSK006: to be implemented
}

}  // namespace isms
