// Clause 6.1.3 d): the Statement of Applicability.
#include "rules/rules.h"

namespace isms {

void check_soa_complete(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA002: to be implemented
}

void check_exclusion_justified(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA003: to be implemented
}

void check_applicability_status_consistent(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA004: to be implemented
}

void check_implemented_without_evidence(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA005: to be implemented
}

void check_applicable_without_owner(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA006: to be implemented
}

void check_evidence_stale(RuleContext& context) {
  (void)context;  // PLACEHOLDER SOA007: to be implemented
}

}  // namespace isms
