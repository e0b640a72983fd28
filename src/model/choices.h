#pragma once
/// The closed lists that the model holds as enums, each with its texts in the enumerators'
/// order, as the schemas write them. The record declarations (model/records/) name these lists.

#include <span>
#include <string_view>

#include "model/choice.h"

namespace isms {

/// An SoA entry's implementation status.
enum class SoaStatus : unsigned char { NotStarted, Planned, Partial, Implemented, NotApplicable };
inline constexpr std::string_view kSoaStatusValues[] = {"not-started", "planned", "partial", "implemented",
                                                        "not-applicable"};
constexpr std::span<const std::string_view> declared_values(SoaStatus) { return kSoaStatusValues; }

/// A risk's treatment option (Clause 6.1.3 a).
enum class RiskTreatment : unsigned char { Modify, Share, Avoid, Accept };
inline constexpr std::string_view kRiskTreatmentValues[] = {"modify", "share", "avoid", "accept"};
constexpr std::span<const std::string_view> declared_values(RiskTreatment) { return kRiskTreatmentValues; }

/// A supplier's criticality to the organisation.
enum class SupplierCriticality : unsigned char { Low, Medium, High, Critical };
inline constexpr std::string_view kSupplierCriticalityValues[] = {"low", "medium", "high", "critical"};
constexpr std::span<const std::string_view> declared_values(SupplierCriticality) { return kSupplierCriticalityValues; }

/// Where a context issue arises (Clause 4.1): inside the organisation or outside it.
enum class IssueOrigin : unsigned char { Internal, External };
inline constexpr std::string_view kIssueOriginValues[] = {"internal", "external"};
constexpr std::span<const std::string_view> declared_values(IssueOrigin) { return kIssueOriginValues; }

/// What an asset is (assets.schema.json); the last eight are particular to AI systems.
enum class AssetType : unsigned char {
  Information,
  Software,
  Hardware,
  Service,
  People,
  Site,
  ModelWeights,
  TrainingDataset,
  VectorStore,
  InferenceEndpoint,
  DataPipeline,
  ExperimentTracking,
  Agent,
  ThirdPartyModelApi,
};
inline constexpr std::string_view kAssetTypeValues[] = {
    "information",        "software",           "hardware",      "service",
    "people",             "site",               "model-weights", "training-dataset",
    "vector-store",       "inference-endpoint", "data-pipeline", "experiment-tracking",
    "agent",              "third-party-model-api"};
constexpr std::span<const std::string_view> declared_values(AssetType) { return kAssetTypeValues; }

/// What a controlled document is (documents.schema.json).
enum class DocumentType : unsigned char { Policy, Procedure, Standard, Plan, Record, Register, Report, Other };
inline constexpr std::string_view kDocumentTypeValues[] = {"policy", "procedure", "standard", "plan",
                                                           "record", "register",  "report",   "other"};
constexpr std::span<const std::string_view> declared_values(DocumentType) { return kDocumentTypeValues; }

/// The AI threat a risk assesses (risks.schema.json, `threat_category`).
enum class ThreatCategory : unsigned char {
  PromptInjection,
  DataPoisoning,
  ModelInversion,
  MembershipInference,
  ModelStealing,
  MlSupplyChain,
  Other,
};
inline constexpr std::string_view kThreatCategoryValues[] = {"prompt-injection", "data-poisoning", "model-inversion",
                                                             "membership-inference", "model-stealing",
                                                             "ml-supply-chain", "other"};
constexpr std::span<const std::string_view> declared_values(ThreatCategory) { return kThreatCategoryValues; }

/// A context issue's PESTLE factor (context.schema.json, `factor`).
enum class IssueFactor : unsigned char { Political, Economic, Social, Technological, Legal, Environmental };
inline constexpr std::string_view kIssueFactorValues[] = {"political",     "economic", "social",
                                                          "technological", "legal",    "environmental"};
constexpr std::span<const std::string_view> declared_values(IssueFactor) { return kIssueFactorValues; }

/// Where an interested party stands (parties.schema.json, party `type`): inside the
/// organisation or outside it. The same texts as IssueOrigin, but another schema's list, so that
/// either may change without the other.
enum class PartyOrigin : unsigned char { Internal, External };
inline constexpr std::string_view kPartyOriginValues[] = {"internal", "external"};
constexpr std::span<const std::string_view> declared_values(PartyOrigin) { return kPartyOriginValues; }

/// What kind of interested party it is (parties.schema.json, party `category`).
enum class PartyCategory : unsigned char {
  Leadership,
  Board,
  Shareholders,
  Staff,
  Clients,
  DataSubjects,
  Suppliers,
  Regulators,
  Auditors,
  Insurers,
  ThreatActors,
  Partners,
  Community,
  Other,
};
inline constexpr std::string_view kPartyCategoryValues[] = {
    "leadership", "board",    "shareholders", "staff",         "clients",  "data-subjects", "suppliers",
    "regulators", "auditors", "insurers",     "threat-actors", "partners", "community",     "other"};
constexpr std::span<const std::string_view> declared_values(PartyCategory) { return kPartyCategoryValues; }

/// An interested party's power or interest (parties.schema.json, definition `level`).
enum class PartyLevel : unsigned char { Low, Medium, High };
inline constexpr std::string_view kPartyLevelValues[] = {"low", "medium", "high"};
constexpr std::span<const std::string_view> declared_values(PartyLevel) { return kPartyLevelValues; }

/// Where a party's requirement comes from (parties.schema.json, requirement `source.type`).
enum class RequirementSourceType : unsigned char {
  Contract,
  Law,
  Regulation,
  Standard,
  Interview,
  Survey,
  Workshop,
  Other,
};
inline constexpr std::string_view kRequirementSourceTypeValues[] = {"contract",  "law",    "regulation", "standard",
                                                                    "interview", "survey", "workshop",   "other"};
constexpr std::span<const std::string_view> declared_values(RequirementSourceType) {
  return kRequirementSourceTypeValues;
}

/// What kind of agreement a supplier signed (suppliers.schema.json, agreement `type`).
enum class AgreementType : unsigned char { Dpa, Msa, Sla, Nda, Scc, Baa, Other };
inline constexpr std::string_view kAgreementTypeValues[] = {"DPA", "MSA", "SLA", "NDA", "SCC", "BAA", "other"};
constexpr std::span<const std::string_view> declared_values(AgreementType) { return kAgreementTypeValues; }

/// How the manifest combines likelihood and impact into a risk level (settings.risk.level).
enum class RiskLevelMethod : unsigned char { Product, Sum, Max };
inline constexpr std::string_view kRiskLevelMethodValues[] = {"product", "sum", "max"};
constexpr std::span<const std::string_view> declared_values(RiskLevelMethod) { return kRiskLevelMethodValues; }

}  // namespace isms
