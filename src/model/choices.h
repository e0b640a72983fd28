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

}  // namespace isms
