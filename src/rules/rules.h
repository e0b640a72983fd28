#pragma once
/// Every rule check, one function each; they are registered in the table in src/rules/registry.cc.

#include "rules/rule_context.h"

namespace isms {

// Clause 4.1: context issues (src/rules/context_rules.cc)
void check_issue_types_recorded(RuleContext& context);      ///< CTX001
void check_issue_linked(RuleContext& context);              ///< CTX002
void check_climate_change_determined(RuleContext& context); ///< CTX003

// Clause 4.2: interested parties (src/rules/parties_rules.cc)
void check_parties_register_present(RuleContext& context);  ///< IPR001
void check_party_has_requirements(RuleContext& context);  ///< IPR002
void check_requirement_addressed(RuleContext& context);  ///< IPR003
void check_requirement_control_applicable(RuleContext& context);  ///< IPR004
void check_requirement_confirmed(RuleContext& context);  ///< IPR005
void check_parties_identification_evidenced(RuleContext& context);  ///< IPR006
void check_data_protection_requirement(RuleContext& context);  ///< IPR007
void check_ai_act_requirement(RuleContext& context);  ///< IPR008

// Clause 4.3: scope (src/rules/scope_rules.cc)
void check_scope_approved(RuleContext& context);  ///< SCP001
void check_scope_soa_version(RuleContext& context);  ///< SCP002
void check_scope_statement_cites_soa(RuleContext& context);  ///< SCP003
void check_out_of_scope_justified(RuleContext& context);  ///< SCP004
void check_scope_interfaces_documented(RuleContext& context);  ///< SCP005
void check_scope_considers_context(RuleContext& context);  ///< SCP006
void check_scope_communicated(RuleContext& context);  ///< SCP007
void check_statement_clear(RuleContext& context);  ///< SCP008
void check_services_in_scope(RuleContext& context);  ///< SCP009
void check_client_requirements_in_scope(RuleContext& context);  ///< SCP010
void check_boundary_complete(RuleContext& context);  ///< SCP011
void check_ai_boundary_complete(RuleContext& context);  ///< SCP012
// (src/rules/scope_statement_rules.cc)
void check_statement_names_services(RuleContext& context);  ///< SCP013
void check_statement_names_only_listed(RuleContext& context);  ///< SCP014
void check_agent_least_privilege(RuleContext& context);  ///< AI010
void check_asset_dependencies_in_boundary(RuleContext& context);  ///< SCP015

// Clauses 6.1.2, 6.1.3 and 8.2: risk assessment and treatment (src/rules/risk_rules.cc)
void check_risk_register_present(RuleContext& context);  ///< RSK001
void check_treatment_has_controls(RuleContext& context);  ///< RSK002
void check_risk_controls_applicable(RuleContext& context);  ///< RSK003
void check_residual_risk_accepted(RuleContext& context);  ///< RSK004
void check_risk_review_overdue(RuleContext& context);  ///< RSK005
void check_residual_exceeds_inherent(RuleContext& context);  ///< RSK006
void check_risk_method_defined(RuleContext& context);  ///< RSK007

// Clause 6.1.3 d): the Statement of Applicability (src/rules/soa_rules.cc)
void check_soa_complete(RuleContext& context);  ///< SOA002
void check_exclusion_justified(RuleContext& context);  ///< SOA003
void check_applicability_status_consistent(RuleContext& context);  ///< SOA004
void check_implemented_without_evidence(RuleContext& context);  ///< SOA005
void check_applicable_without_owner(RuleContext& context);  ///< SOA006
void check_evidence_stale(RuleContext& context);  ///< SOA007
void check_inclusion_justified(RuleContext& context);  ///< SOA008
void check_soa_approved(RuleContext& context);  ///< SOA009
void check_repeated_justification(RuleContext& context);  ///< SOA010
void check_sole_evidence_reused(RuleContext& context);  ///< SOA011
// (src/rules/soa_ai_rules.cc)
void check_ai_controls_cover_ai_assets(RuleContext& context);  ///< SOA012

// Dates: events after the as-of date, document control out of order (src/rules/date_rules.cc)
void check_future_dates(RuleContext& context);  ///< DAT002
void check_approval_order(RuleContext& context);  ///< DAT003

// Annex A 5.9 and 5.12: assets (src/rules/asset_rules.cc)
void check_asset_register_present(RuleContext& context);  ///< AST001
void check_personal_data_classified(RuleContext& context);  ///< AST002
void check_asset_risk_assessed(RuleContext& context);  ///< AST003
void check_personal_data_handling(RuleContext& context);  ///< AST004

// AI-specific assets, threats and suppliers (src/rules/ai_rules.cc)
void check_ai_asset_risk_assessed(RuleContext& context);  ///< AI001
void check_ai_threat_coverage(RuleContext& context);  ///< AI002
void check_model_lineage_recorded(RuleContext& context);  ///< AI003
void check_ai_supplier_data_use(RuleContext& context);  ///< AI004
void check_ai_supplier_trains_on_data(RuleContext& context);  ///< AI005
void check_ai_asset_classes_present(RuleContext& context);  ///< AI006
void check_model_weights_protected(RuleContext& context);  ///< AI007
void check_agent_privileges_logged(RuleContext& context);  ///< AI008
void check_model_provider_assessed(RuleContext& context);  ///< AI009

// Annex A 5.19 to 5.22: suppliers (src/rules/supplier_rules.cc)
void check_certification_expired(RuleContext& context);  ///< SUP001
void check_due_diligence_current(RuleContext& context);  ///< SUP002
void check_critical_supplier_agreement(RuleContext& context);  ///< SUP003
void check_personal_data_supplier_dpa(RuleContext& context);  ///< SUP004
void check_certification_expiring(RuleContext& context);  ///< SUP005
void check_certification_scope_recorded(RuleContext& context);  ///< SUP006
void check_asset_suppliers_in_scope(RuleContext& context);  ///< SUP007
void check_certification_covers_services(RuleContext& context);  ///< SUP008

// Clause 7.5: documented information (src/rules/document_rules.cc)
void check_mandatory_documents(RuleContext& context);  ///< DOC001
void check_document_approved(RuleContext& context);  ///< DOC002
void check_document_review_overdue(RuleContext& context);  ///< DOC003
void check_evidence_unlinked(RuleContext& context);  ///< DOC004
void check_document_location_exists(RuleContext& context);  ///< DOC005
void check_mandatory_document_written(RuleContext& context);  ///< DOC006
// Clauses 9.2.2 and 9.3.3: the results of audits and reviews (src/rules/result_record_rules.cc)
void check_internal_audit_results_recorded(RuleContext& context);  ///< DOC007
void check_management_review_results_recorded(RuleContext& context);  ///< DOC008
void check_register_review_overdue(RuleContext& context);  ///< REG005

// Clauses 7.5.2 and 7.5.3: the approval of each register (src/rules/register_control_rules.cc)
void check_approval_current(RuleContext& context);  ///< APR001
void check_register_approved(RuleContext& context);  ///< REG003

// Placeholder text in every register (src/rules/placeholder_rules.cc)
void check_placeholder_text(RuleContext& context);  ///< PLH001

// Clause 5.3: roles, responsibilities and authorities (src/rules/role_rules.cc)
void check_names_resolve_to_roles(RuleContext& context);     ///< ROL001
void check_risk_acceptance_authority(RuleContext& context);  ///< ROL002
void check_top_management_approval(RuleContext& context);    ///< ROL003

// Clauses 7.2 and 7.3: competence and awareness (src/rules/competence_rules.cc)
void check_role_competence_defined(RuleContext& context);  ///< CMP001
void check_competence_evidenced(RuleContext& context);  ///< CMP002
void check_awareness_current(RuleContext& context);  ///< CMP003
// Clause 9.2: internal audit (src/rules/audit_rules.cc)
void check_audit_programme_coverage(RuleContext& context);  ///< AUD001
void check_auditor_independence(RuleContext& context);  ///< AUD002
void check_audit_results_recorded(RuleContext& context);  ///< AUD003
void check_whole_isms_audited(RuleContext& context);  ///< AUD004
// Clause 9.3: management reviews (src/rules/review_rules.cc).
void check_management_review_held(RuleContext& context);  ///< MRV001
void check_review_inputs_complete(RuleContext& context);  ///< MRV002
void check_top_management_at_review(RuleContext& context);  ///< MRV003
void check_review_outputs_recorded(RuleContext& context);  ///< MRV004
void check_review_actions_followed_up(RuleContext& context);  ///< MRV005
// Clause 10.2: nonconformities and corrective actions (src/rules/nonconformity_rules.cc).
void check_closed_without_cause(RuleContext& context);  ///< NCR001
void check_corrective_action_overdue(RuleContext& context);  ///< NCR002
void check_major_nonconformity_open(RuleContext& context);  ///< NCR003
void check_corrective_action_planned(RuleContext& context);  ///< NCR004
void check_nonconformity_requirement_known(RuleContext& context);  ///< NCR005
// (src/rules/finding_link_rules.cc)
void check_nonconformity_matches_finding(RuleContext& context);  ///< NCR006
// Clauses 6.1.3 e) and 8.3: the risk treatment plan (src/rules/treatment_rules.cc)
void check_treatment_action_planned(RuleContext& context);       ///< TRT001
void check_treatment_action_overdue(RuleContext& context);       ///< TRT002
void check_treatment_action_inconsistent(RuleContext& context);  ///< TRT003
// Information security objectives (src/rules/objective_rules.cc)
void check_objective_measurable(RuleContext& context);        ///< OBJ001
void check_objective_measured(RuleContext& context);          ///< OBJ002
void check_objective_missed_undecided(RuleContext& context);  ///< OBJ003
void check_objectives_set(RuleContext& context);              ///< OBJ004

}  // namespace isms
