// AI-specific assets, threats and suppliers.
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "rules/asset_types.h"
#include "util/phrase_match.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// An AI threat the risk register should cover and the threat categories that cover it.
struct AiThreat {
  ThreatCategory category;                    ///< the category to suggest, also the finding's subject
  std::optional<ThreatCategory> alternative;  ///< another category that covers the same threat
};

/// The AI threats that the AI assets call for, in reporting order. Membership inference
/// (was this record in the training set?) is the narrow form of model inversion and needs
/// the same treatment, so a risk of either kind covers the threat.
constexpr std::array<AiThreat, 5> kAiThreats = {{{ThreatCategory::PromptInjection, std::nullopt},
                                                 {ThreatCategory::DataPoisoning, std::nullopt},
                                                 {ThreatCategory::ModelStealing, std::nullopt},
                                                 {ThreatCategory::ModelInversion, ThreatCategory::MembershipInference},
                                                 {ThreatCategory::MlSupplyChain, std::nullopt}}};

/// True when an AI asset of this type calls for a risk of this threat category.
bool calls_for(ThreatCategory category, const Choice<AssetType>& type) {
  if (category == ThreatCategory::PromptInjection) {
    return type.is(AssetType::InferenceEndpoint) || type.is(AssetType::Agent) ||
           type.is(AssetType::ThirdPartyModelApi);
  }
  if (category == ThreatCategory::DataPoisoning) return type.is(AssetType::TrainingDataset);
  if (category == ThreatCategory::ModelStealing || category == ThreatCategory::ModelInversion) {
    return type.is(AssetType::ModelWeights);
  }
  return true;  // ml-supply-chain: every AI asset depends on models, data or code from elsewhere
}

/// "model-inversion" or "model-inversion or membership-inference".
std::string threat_label(const AiThreat& threat) {
  if (!threat.alternative) return std::string(text_of(threat.category));
  return fmt::format("{} or {}", text_of(threat.category), text_of(*threat.alternative));
}

/// True for asset types whose provenance an auditor follows: models and the stores built from them.
bool needs_lineage(const Choice<AssetType>& type) {
  return type.is(AssetType::ModelWeights) || type.is(AssetType::VectorStore);
}

/// Maps each supplier id to the first asset of the given type it is linked to, through the
/// asset's `supplier` or the supplier's `assets`.
std::unordered_map<std::string_view, std::string_view> suppliers_linked_to(const Repository& repository,
                                                                           AssetType asset_type) {
  return suppliers_linked_to_assets(repository,
                                    [asset_type](const Asset& asset) { return asset.type.is(asset_type); });
}

/// An asset class an AI service is expected to have in the inventory, and what it covers.
struct AiAssetClass {
  AssetType type;
  std::string_view examples;  ///< for the hint
};

/// The asset classes whose absence from the inventory of an AI service auditors report most.
constexpr std::array<AiAssetClass, 4> kAiAssetClasses = {{
    {AssetType::ModelWeights, "the model weights you train, fine-tune or host"},
    {AssetType::TrainingDataset, "the datasets used to train, fine-tune or evaluate models"},
    {AssetType::VectorStore, "the embedding or vector stores used for retrieval"},
    {AssetType::ExperimentTracking, "the experiment-tracking server or model registry"},
}};

/// The first in-scope service marked `ai: true`, or nullptr.
const ScopeItem* first_ai_service_in_scope(const Scope& scope) {
  for (const ScopeItem& service : scope.services) {
    if (service.ai.value && service.in_scope.value) return &service;
  }
  return nullptr;
}

/// An in-scope AI service whose name or description says the organisation trains or fine-tunes
/// models, or nullptr. Such a service produces weights of its own, so a model API it also calls
/// does not stand in for them.
const ScopeItem* ai_service_that_trains(const Scope& scope) {
  for (const ScopeItem& service : scope.services) {
    if (!service.ai.value || !service.in_scope.value) continue;
    const std::string text = lower_case(service.name.value + " " + service.description.value);
    for (std::string_view phrase : {"fine tuning", "fine tune", "fine tuned", "fine tunes", "training", "trains",
                                    "train", "trained", "pre-training", "pretraining"}) {
      if (mentions(text, phrase)) return &service;
    }
  }
  return nullptr;
}

/// Where a finding about an optional field of an asset goes: the field, or the asset's type.
SourceLocation field_or_type_location(const Asset& asset, const SourceLocation& field, bool present) {
  return present ? field : asset.type.location;
}

/// Reports a model-weights asset whose protection flag is absent or false.
void report_unprotected_weights(RuleContext& context, const Asset& asset, const Flag& flag, std::string_view field,
                                std::string_view what, std::string_view hint) {
  if (flag.present && flag.value) return;
  const std::string state = flag.present ? fmt::format("{}: false", field) : fmt::format("{} is missing", field);
  context.report(field_or_type_location(asset, flag.location, flag.present),
                 fmt::format("model-weights asset {} is not recorded as {} ({})", asset.id.value, what, state),
                 std::string(hint), fmt::format("asset:{}:{}", asset.id.value, field));
}

/// Reports an agent asset that leaves a text field unrecorded.
void report_agent_field_missing(RuleContext& context, const Asset& asset, const Text& text, std::string_view field,
                                std::string_view what, std::string_view hint) {
  if (has_text(text)) return;
  context.report(field_or_type_location(asset, text.location, text.present),
                 fmt::format("agent asset {} does not record {} ({})", asset.id.value, what, field), std::string(hint),
                 fmt::format("asset:{}:{}", asset.id.value, field));
}

/// The suppliers of the repository by id, and the suppliers that list each asset.
struct SupplierLinks {
  std::unordered_map<std::string_view, const Supplier*> by_id;
  std::unordered_map<std::string_view, std::vector<const Supplier*>> by_asset;
};

/// Indexes the suppliers once, so that finding an asset's suppliers is O(1).
SupplierLinks link_suppliers(const Repository& repository) {
  SupplierLinks links;
  for (const Supplier& supplier : repository.suppliers) {
    links.by_id.emplace(supplier.id.value, &supplier);
    for (const Text& asset : supplier.assets) links.by_asset[asset.value].push_back(&supplier);
  }
  return links;
}

/// The suppliers of an asset: the one its `supplier` names, then those that list it.
std::vector<const Supplier*> suppliers_of(const Asset& asset, const SupplierLinks& links) {
  std::vector<const Supplier*> suppliers;
  const Supplier* named = nullptr;
  if (asset.supplier.present) {
    auto found = links.by_id.find(asset.supplier.value);
    if (found != links.by_id.end()) named = found->second;
  }
  if (named != nullptr) suppliers.push_back(named);
  auto listing = links.by_asset.find(asset.id.value);
  if (listing == links.by_asset.end()) return suppliers;
  for (const Supplier* supplier : listing->second) {
    if (supplier != named) suppliers.push_back(supplier);
  }
  return suppliers;
}

}  // namespace

void check_ai_asset_risk_assessed(RuleContext& context) {
  context.examined(count_where(context.repository().assets, [](const Asset& a) { return is_ai_asset_type(a.type); }),
                   "AI asset", "AI assets");
  const std::unordered_set<std::string_view> named = assets_named_by_risks(context.repository());
  for (const Asset& asset : context.repository().assets) {
    if (!asset.id.present || !is_ai_asset_type(asset.type) || named.contains(asset.id.value)) continue;
    context.report(asset.id.location,
                   fmt::format("AI asset {} ({}) is not named by any risk", asset.id.value, text_of(asset.type)),
                   "add it to the assets of the risks that affect it, or assess the AI threats it faces in a new risk",
                   fmt::format("asset:{}:risks", asset.id.value));
  }
}

void check_ai_threat_coverage(RuleContext& context) {
  context.examined(count_where(context.repository().assets, [](const Asset& a) { return is_ai_asset_type(a.type); }),
                   "AI asset", "AI assets");
  const Repository& repository = context.repository();
  std::unordered_set<ThreatCategory> assessed;
  for (const Risk& risk : repository.risks) {
    if (risk.threat_category.known) assessed.insert(risk.threat_category.value);
  }
  for (const AiThreat& threat : kAiThreats) {
    if (assessed.contains(threat.category)) continue;
    if (threat.alternative && assessed.contains(*threat.alternative)) continue;
    for (const Asset& asset : repository.assets) {
      if (!is_ai_asset_type(asset.type) || !calls_for(threat.category, asset.type)) continue;
      context.report(asset.type.location,
                     fmt::format("no risk has threat_category {}, which {} asset {} calls for", threat_label(threat),
                                 text_of(asset.type), asset.id.value),
                     fmt::format("assess the threat in a risk with threat_category: {} that names {}",
                                 threat_label(threat), asset.id.value),
                     fmt::format("ai-threat:{}", text_of(threat.category)));
      break;  // one finding per missing category, at the first asset that calls for it
    }
  }
}

void check_model_lineage_recorded(RuleContext& context) {
  for (const Asset& asset : context.repository().assets) {
    if (!needs_lineage(asset.type)) continue;
    context.examined(1, "model or vector store", "models and vector stores");
    if (!asset.derived_from.empty()) continue;
    // A model taken as-is from a supplier has no parent in the inventory: its provenance is
    // the supplier plus the notes on how the copy was obtained and verified.
    if (asset.supplier.present && asset.lineage_notes.present) continue;
    context.report(asset.type.location,
                   fmt::format("{} asset {} does not record what it was derived from (lineage.derived_from)",
                               text_of(asset.type), asset.id.value),
                   "list the datasets and models it was built from in lineage.derived_from; for a model obtained "
                   "as-is from a supplier, name the supplier and record its provenance in lineage.notes",
                   fmt::format("asset:{}:lineage", asset.id.value));
  }
}

void check_ai_supplier_data_use(RuleContext& context) {
  const std::unordered_map<std::string_view, std::string_view> linked =
      suppliers_linked_to(context.repository(), AssetType::ThirdPartyModelApi);
  context.examined(linked.size(), "supplier of a model API", "suppliers of model APIs");
  for (const Supplier& supplier : context.repository().suppliers) {
    if (supplier.ai_data_use.present) continue;
    auto found = linked.find(supplier.id.value);
    if (found == linked.end()) continue;
    context.report(supplier.id.location,
                   fmt::format("supplier {} provides the third-party model API {} but has no ai_data_use block",
                               supplier.id.value, found->second),
                   "record from its terms whether it trains on your data, how long it keeps it and whether you "
                   "opted out: ai_data_use: {trains_on_customer_data: ..., retention_days: ..., opt_out: ..., "
                   "terms: ...}",
                   fmt::format("supplier:{}:ai_data_use", supplier.id.value));
  }
}

void check_ai_supplier_trains_on_data(RuleContext& context) {
  for (const Supplier& supplier : context.repository().suppliers) {
    const AiDataUse& use = supplier.ai_data_use;
    if (!use.present) continue;
    context.examined(1, "AI supplier's data-use terms", "AI suppliers' data-use terms");
    if (!use.retention_days.present) {
      // ai_data_use has no position of its own; trains_on_customer_data is its required field.
      const bool located = use.trains_on_customer_data.present;
      context.report(located ? use.trains_on_customer_data.location : supplier.id.location,
                     fmt::format("the ai_data_use of supplier {} does not record how long it keeps customer data "
                                 "(retention_days)",
                                 supplier.id.value),
                     "record the retention period from the supplier's terms as retention_days (0 for zero data "
                     "retention)",
                     fmt::format("supplier:{}:ai_data_use.retention_days", supplier.id.value));
    }
    if (!use.trains_on_customer_data.value || use.opt_out.value) continue;
    context.report(use.trains_on_customer_data.location,
                   fmt::format("supplier {} trains on customer data (ai_data_use.trains_on_customer_data: true) and "
                               "no opt-out is recorded",
                               supplier.id.value),
                   "opt out of training use and record opt_out: true, or move to terms that exclude training",
                   fmt::format("supplier:{}:ai_data_use.trains_on_customer_data", supplier.id.value));
  }
}

void check_ai_asset_classes_present(RuleContext& context) {
  const Repository& repository = context.repository();
  const ScopeItem* service = first_ai_service_in_scope(repository.scope);
  if (service == nullptr) return;
  context.examined(1, "AI service in scope", "AI services in scope");
  std::unordered_set<AssetType> types;
  for (const Asset& asset : repository.assets) {
    if (asset.type.known) types.insert(asset.type.value);
  }
  for (const AiAssetClass& asset_class : kAiAssetClasses) {
    if (types.contains(asset_class.type)) continue;
    // A company that only calls hosted models holds no weights; the model API stands in for them,
    // unless a service says that it trains or fine-tunes models of its own.
    const bool weights = asset_class.type == AssetType::ModelWeights;
    const ScopeItem* trains = weights ? ai_service_that_trains(repository.scope) : nullptr;
    if (weights && trains != nullptr && types.contains(AssetType::ThirdPartyModelApi)) {
      context.report(trains->id.location,
                     fmt::format("AI service {} trains or fine-tunes models, but the asset inventory has no "
                                 "model-weights asset, only a third-party-model-api",
                                 trains->id.value),
                     "list the weights you train or fine-tune (base models, adapters, checkpoints) with type: "
                     "model-weights; a model API you call does not stand in for weights you produce",
                     "ai-assets:model-weights");
      continue;
    }
    if (weights && types.contains(AssetType::ThirdPartyModelApi)) continue;
    context.report(service->id.location,
                   fmt::format("AI service {} is in scope but the asset inventory has no {} asset{}", service->id.value,
                               text_of(asset_class.type), weights ? " (nor a third-party-model-api asset)" : ""),
                   fmt::format("list {} in the inventory with type: {}{}", asset_class.examples, text_of(asset_class.type),
                               weights ? ", or the third-party model API you call with type: third-party-model-api"
                                       : ""),
                   fmt::format("ai-assets:{}", text_of(asset_class.type)));
  }
}

void check_model_weights_protected(RuleContext& context) {
  for (const Asset& asset : context.repository().assets) {
    if (!asset.type.is(AssetType::ModelWeights)) continue;
    context.examined(1, "model-weights asset", "model-weights assets");
    report_unprotected_weights(context, asset, asset.version_controlled, "version_controlled", "version-controlled",
                               "keep the weights in a model registry or versioned storage with an immutable history "
                               "(A.8.9) and set version_controlled: true");
    report_unprotected_weights(context, asset, asset.backup, "backup", "backed up",
                               "include the weights in backups with tested restores and in the continuity plans "
                               "(A.8.13, A.5.30) and set backup: true");
  }
}

void check_agent_privileges_logged(RuleContext& context) {
  for (const Asset& asset : context.repository().assets) {
    if (!asset.type.is(AssetType::Agent)) continue;
    context.examined(1, "agent", "agents");
    report_agent_field_missing(context, asset, asset.privileges, "privileges", "the tools and permissions it may use",
                               "list the tools, systems and permissions the agent may use, and who approves its "
                               "actions, under privileges (A.8.2)");
    report_agent_field_missing(context, asset, asset.logging, "logging", "how its actions are logged",
                               "describe under logging where the agent's tool calls and actions are recorded and who "
                               "reviews them (A.8.15)");
  }
}

void check_model_provider_assessed(RuleContext& context) {
  const Repository& repository = context.repository();
  const SupplierLinks links = link_suppliers(repository);
  std::unordered_set<std::string_view> reported;
  for (const Asset& asset : repository.assets) {
    if (!asset.type.is(AssetType::ThirdPartyModelApi)) continue;
    context.examined(1, "third-party model API", "third-party model APIs");
    const std::vector<const Supplier*> suppliers = suppliers_of(asset, links);
    if (suppliers.empty()) {
      if (asset.supplier.present) continue;  // names an unknown supplier: the loader reported it
      context.report(asset.type.location,
                     fmt::format("third-party model API {} has no supplier: neither its supplier field nor any "
                                 "supplier's assets link it to the provider",
                                 asset.id.value),
                     fmt::format("record the model provider in the supplier register and link it, with supplier: on "
                                 "{} or assets: [{}] on the supplier",
                                 asset.id.value, asset.id.value),
                     fmt::format("asset:{}:supplier", asset.id.value));
      continue;
    }
    for (const Supplier* supplier : suppliers) {
      if (supplier->due_diligence_date.present || !reported.insert(supplier->id.value).second) continue;
      context.report(supplier->id.location,
                     fmt::format("supplier {} provides the third-party model API {} but has no due_diligence record",
                                 supplier->id.value, asset.id.value),
                     "assess the provider's security, data handling and model terms before relying on it, and record "
                     "due_diligence: {date: ..., evidence: ...}",
                     fmt::format("supplier:{}:due_diligence", supplier->id.value));
    }
  }
}

}  // namespace isms
