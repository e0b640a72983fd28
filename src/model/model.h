#pragma once
/// The typed, read-only model of a compliance repository. Plain structs; every value keeps
/// the position it was read from. Rules read this model and never see YAML.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/choices.h"
#include "model/diagnostic.h"
#include "model/operating_records.h"
#include "model/values.h"

namespace isms {

/// Document control carried by every register (Clause 7.5.3).
struct RegisterControl {
  Text version;
  Text owner;
  Approval approval;
  LocatedDate last_review;
  SourceLocation location;
  bool present = false;
};

/// One register: its document control and the files it was read from.
struct RegisterInfo {
  std::string name;                  ///< "assets"
  RegisterControl control;
  std::vector<std::uint32_t> files;  ///< SourceFiles indexes of the files that loaded
  bool found = false;                ///< at least one file exists, loadable or not
  bool incomplete = false;           ///< a file could not be loaded, so its records are missing
  std::string content_digest;        ///< "sha256:…" of the content, when the approval records a digest
};

/// How a register is named in messages: "asset inventory", "Statement of Applicability".
std::string_view register_title(std::string_view name);

/// A legal entity covered by the organisation.
struct LegalEntity {
  Text name;
  Text jurisdiction;
  Text registration;
};

/// One risk scale (likelihood or impact).
struct RiskScale {
  std::int64_t min = 1;
  std::int64_t max = 5;
  std::vector<std::string> labels;
};

/// One band of the risk criteria's authority (Clause 6.1.2 a): who may accept a risk, or approve
/// its treatment, up to a risk level. The bands are written lowest first; the last may have no
/// `up_to` and then covers every higher level.
struct RiskAuthorityBand {
  Number up_to;    ///< the highest risk level of the band; absent for the top band
  Text authority;  ///< "risk-owner", "top-management", or the id of a role in the roles register
  SourceLocation location;
};

/// How risk is assessed (Clause 6.1.2).
struct RiskMethod {
  RiskScale likelihood;
  RiskScale impact;
  Choice<RiskLevelMethod> level;  ///< absent, or not a declared method: the product

  /// The method levels are computed by: the one written, else the product.
  RiskLevelMethod level_method() const { return level.known ? level.value : RiskLevelMethod::Product; }
  std::int64_t acceptance_threshold = 6;
  std::vector<RiskAuthorityBand> authority;  ///< settings.risk.authority: empty when not set
  SourceLocation location;
  bool present = false;  ///< isms.yaml defines it; otherwise these are the defaults

  /// The risk level for a likelihood and impact under this method.
  std::int64_t level_of(std::int64_t likelihood_value, std::int64_t impact_value) const;
};

/// A severity override from isms.yaml `rules.severity`.
struct SeverityOverride {
  Text code;
  Text severity;
};

/// A numeric setting of one rule from isms.yaml `rules.options`, e.g. SOA010's min_entries.
struct RuleOption {
  Text code;     ///< the rule's code, exactly
  Text name;     ///< the option's name
  Number value;  ///< absent when the value is not an integer (the schema reports it)
};

/// Rule configuration from isms.yaml `rules`.
struct RuleConfig {
  IdList disable;                          ///< codes or prefixes not run
  std::vector<SeverityOverride> severity;  ///< per-code severities
  std::vector<RuleOption> options;         ///< per-rule settings
  Text url;  ///< rules.url: where the rule pages live, for links in SARIF and the step summary
};

/// An inline `suppress:` entry on a record (or at the top of a file, for the whole file).
struct Suppression {
  Text rule;     ///< code or prefix
  Text reason;
  LocatedDate expires;
  std::uint32_t file = 0;
  std::uint32_t first_line = 0;  ///< lines covered by the record
  std::uint32_t last_line = 0;
  bool whole_file = false;
};

/// The certification the organisation is working towards (isms.yaml `certification`): the dates
/// the readiness gates and the internal audit rules measure against.
struct CertificationPlan {
  Text body;               ///< the certification body
  LocatedDate stage1_date;  ///< the Stage 1 audit
  LocatedDate stage2_date;  ///< the Stage 2 (certification) audit
  SourceLocation location;
  bool present = false;
};

/// isms.yaml.
struct Manifest {
  Text organisation_name;
  std::vector<LegalEntity> legal_entities;
  Text standard_id;
  Number edition;
  std::int64_t review_period_months = 12;
  std::int64_t due_warn_days = 30;   ///< settings.due.warn_days: isms due warns this many days ahead
  std::int64_t due_error_days = 7;   ///< settings.due.error_days: and reports an error this many
  std::vector<std::string> classification_levels{"public", "internal", "confidential", "restricted"};
  RiskMethod risk;
  /// settings.operation.since: the day the ISMS began to operate. Set, or any register of the ISMS
  /// in operation present, the operating registers are expected (see Repository::operating()).
  LocatedDate operating_since;
  /// settings.operation.minimum_months: how long records must exist before Stage 2.
  std::int64_t operation_minimum_months = 3;
  CertificationPlan certification;
  RuleConfig rules;
  Text templates;  ///< render.templates: a folder of template overrides, relative to the root
  SourceLocation location;

  /// The review period in days (a month counts 30.44 days).
  std::int64_t review_period_days() const;
};

/// Clause 4.1 determination on climate change (Amd 1:2024).
struct ClimateDetermination {
  Flag relevant;
  Text reasoning;
  Text issue;
  SourceLocation location;
  bool present = false;
};

/// A context issue (Clause 4.1).
struct ContextIssue {
  Text id, title;
  Choice<IssueOrigin> type;
  Choice<IssueFactor> factor;
  Text description;
  IdList risks;
  Flag in_scope;
  SourceLocation location;
};

/// Where a requirement comes from.
struct RequirementSource {
  Choice<RequirementSourceType> type;
  Text reference;

  /// True for a law or a regulation: the sources that the data-protection and AI Act rules
  /// accept, since a contract or a survey does not make a law apply.
  bool rests_on_law() const {
    return type.is(RequirementSourceType::Law) || type.is(RequirementSourceType::Regulation);
  }
};

/// A requirement of an interested party (Clause 4.2 b).
struct Requirement {
  Text id, description;
  RequirementSource source;
  LocatedDate confirmed_date;
  Text confirmed_method;
  bool confirmed = false;
  IdList addressed_by;
  IdList services;  ///< scope services the requirement concerns
  SourceLocation location;
};

/// An interested party (Clause 4.2 a).
struct InterestedParty {
  Text id, name;
  Choice<PartyOrigin> type;
  Choice<PartyCategory> category;
  Choice<PartyLevel> power, interest;
  std::vector<Requirement> requirements;
  SourceLocation location;
};

/// How the interested parties were identified.
struct PartyIdentification {
  Text method;
  LocatedDate date;
  IdList evidence;
  bool present = false;
};

/// A service, location, technology or function, in or out of scope.
struct ScopeItem {
  Text id, name, type, description, rationale;
  Flag in_scope;
  Flag ai;  ///< services only: built on AI/ML
  IdList markets;  ///< services only: where the service is offered ("EU", "United Kingdom", "US")
  SourceLocation location;
};

/// An interface or dependency with another organisation.
struct ScopeInterface {
  Text id, with, description, dependency;
  SourceLocation location;
};

/// A scope exclusion and why.
struct ScopeExclusion {
  Text id, what, rationale;
  SourceLocation location;
};

/// A communication of the scope.
struct Communication {
  LocatedDate date;
  Text audience, method;
};

/// A past version of the scope.
struct HistoryEntry {
  Text version, change;
  LocatedDate date;
};

/// scope.yaml (Clause 4.3).
struct Scope {
  Text statement, soa_version;
  Text organisational_boundary, physical_boundary, logical_boundary;
  IdList boundary_entities;
  std::vector<ScopeItem> services, locations, technology, people;
  IdList suppliers;
  std::vector<ScopeInterface> interfaces;
  std::vector<ScopeExclusion> exclusions;
  IdList considered_issues, considered_requirements;
  std::vector<Communication> communication;
  std::vector<HistoryEntry> history;
  bool present = false;
};

/// An information asset, including the AI asset classes.
struct Asset {
  Text id, name;
  Choice<AssetType> type;
  Text owner, classification, location, supplier, description, lineage_notes;
  Text retention, lawful_basis, privileges, logging;
  IdList actions;          ///< agents: what the agent may do (tools, systems, operations)
  IdList human_approval;   ///< agents: the actions that take effect only after a human approves them
  Located<bool> human_approval_recorded;  ///< the key is written, even as [] (none need approval)
  Flag personal_data, version_controlled, backup;
  IdList derived_from;
  SourceLocation location_in_file;
};

/// A risk (Clauses 6.1.2 and 6.1.3).
struct Risk {
  Text id, title, threat;
  Choice<ThreatCategory> threat_category;
  Text vulnerability, owner;
  Choice<RiskTreatment> treatment;
  IdList assets, controls;
  Number likelihood, impact, residual_likelihood, residual_impact;
  Approval acceptance;
  LocatedDate review_date;
  SourceLocation location;
};

/// A supplier's certification.
struct Certification {
  Text standard, scope, certificate;
  LocatedDate expiry;
  IdList covers;  ///< the supplier's services (as written in `services`) that the certificate covers
};

/// An agreement with a supplier.
struct Agreement {
  Choice<AgreementType> type;
  Text reference, document;
  LocatedDate signed_on;
};

/// What an AI supplier may do with the organisation's data.
struct AiDataUse {
  Flag trains_on_customer_data, opt_out;
  Number retention_days;
  Text terms;
  bool present = false;
};

/// A supplier (A.5.19 to A.5.23).
struct Supplier {
  Text id, name;
  Choice<SupplierCriticality> criticality;
  IdList services, assets;
  LocatedDate due_diligence_date;
  Text due_diligence_evidence;
  std::vector<Certification> certifications;
  std::vector<Agreement> agreements;
  AiDataUse ai_data_use;
  SourceLocation location;
};

/// One SoA line (Clause 6.1.3 d).
struct SoaEntry {
  Text control, justification;
  Choice<SoaStatus> status;
  Text owner;
  Text ai_coverage;  ///< how the control covers the AI assets, where an AI service is in scope
  Flag applicable;
  IdList reasons, evidence, documents;
  SourceLocation location;
};

/// What the loader found at a document's `location`, so that rules judge the file without
/// opening it.
enum class LocationState {
  NotChecked,       ///< no location, or a URL: nothing in the repository to look at
  Missing,          ///< a repository path where nothing exists
  Outside,          ///< a path (or a symlink on it) that leads outside the repository
  Empty,            ///< an empty file, a file of blanks, or an empty folder
  PlaceholderOnly,  ///< text whose every line is template text, or only headings
  Content,          ///< a file with content (binary files count), or a folder with files
};

/// A controlled document (Clause 7.5).
struct Document {
  Text id, title;
  Choice<DocumentType> type;
  Text version, owner, clause, path;  ///< `path` is the `location` field
  Approval approval;
  LocatedDate last_review;
  LocatedDate date;  ///< a record's or report's event: the day the audit was completed, the review held
  SourceLocation location;
  LocationState location_state = LocationState::NotChecked;
  std::string location_placeholder;  ///< PlaceholderOnly: the first marker found ("TODO")
};

/// An evidence record.
struct Evidence {
  Text id, title, shows, path, collected_by;
  LocatedDate date;
  IdList controls, documents;
  SourceLocation location;
};

/// An ISMS role and the authority that goes with it (Clause 5.3).
struct Role {
  Text id, title, responsibilities, authority;
  Flag top_management;  ///< the role is part of top management (Clauses 5.1 and 5.3 assign through it)
  IdList isms_roles;    ///< the ISMS duties the role carries: "isms-manager", "risk-owner", ...
  Text reports_to;      ///< the role it reports to
  SourceLocation location;
};

/// A person and the roles they hold (Clause 5.3).
struct Person {
  Text id, name;
  IdList roles;
  Flag in_scope;
  LocatedDate appointed;  ///< when the roles were assigned
  Text appointment;       ///< the document or evidence record of the assignment
  SourceLocation location;
};

/// The whole repository.
struct Repository {
  Manifest manifest;
  ClimateDetermination climate_change;
  std::vector<ContextIssue> issues;
  PartyIdentification party_identification;
  std::vector<InterestedParty> parties;
  Scope scope;
  std::vector<Asset> assets;
  std::vector<Risk> risks;
  std::vector<Supplier> suppliers;
  std::vector<SoaEntry> soa;
  std::vector<Document> documents;
  std::vector<Evidence> evidence;
  std::vector<Role> roles;      ///< roles.yaml: optional
  std::vector<Person> people;   ///< roles.yaml: optional
  // The ISMS in operation (model/operating_records.h); each register optional.
  std::vector<TreatmentAction> treatment_actions;            ///< treatment.yaml
  std::vector<Objective> objectives;                         ///< objectives.yaml
  std::vector<CompetenceRequirement> competence_requirements;  ///< competence.yaml
  std::vector<CompetenceRecord> competence_records;          ///< competence.yaml
  AuditProgramme audit_programme;                            ///< audits.yaml
  std::vector<Audit> audits;                                 ///< audits.yaml
  std::vector<ManagementReview> reviews;                     ///< reviews.yaml
  std::vector<Nonconformity> nonconformities;                ///< nonconformities.yaml
  std::vector<RegisterInfo> registers;
  std::vector<Suppression> suppressions;

  /// True when the organisation operates its ISMS: the manifest says since when, or a register of
  /// the ISMS in operation holds records. The operating registers are then expected, not optional.
  bool operating() const;
};

/// The registers that record the ISMS in operation, in the order of the clauses.
inline constexpr std::string_view kOperatingRegisters[] = {"treatment", "objectives", "competence",
                                                           "audits",    "reviews",    "nonconformities"};

}  // namespace isms
