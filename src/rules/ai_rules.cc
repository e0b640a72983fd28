// AI-specific assets, threats and suppliers.
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/asset_types.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// The AI threat categories that the AI assets call for, in reporting order.
constexpr std::array<std::string_view, 5> kAiThreats = {"prompt-injection", "data-poisoning", "model-stealing",
                                                        "model-inversion", "ml-supply-chain"};

/// True when an AI asset of this type calls for a risk of this threat category.
bool calls_for(std::string_view category, std::string_view type) {
  if (category == "prompt-injection") {
    return type == "inference-endpoint" || type == "agent" || type == "third-party-model-api";
  }
  if (category == "data-poisoning") return type == "training-dataset";
  if (category == "model-stealing" || category == "model-inversion") return type == "model-weights";
  return true;  // ml-supply-chain: every AI asset depends on models, data or code from elsewhere
}

/// True for asset types whose provenance an auditor follows: models and the stores built from them.
bool needs_lineage(std::string_view type) { return type == "model-weights" || type == "vector-store"; }

/// Maps each supplier id to the first asset of the given type it is linked to, through the
/// asset's `supplier` or the supplier's `assets`.
std::unordered_map<std::string_view, std::string_view> suppliers_linked_to(const Repository& repository,
                                                                           std::string_view asset_type) {
  std::unordered_map<std::string_view, std::string_view> linked;
  std::unordered_set<std::string_view> assets_of_type;
  for (const Asset& asset : repository.assets) {
    if (asset.type.value != asset_type) continue;
    assets_of_type.insert(asset.id.value);
    if (asset.supplier.present) linked.emplace(asset.supplier.value, asset.id.value);
  }
  for (const Supplier& supplier : repository.suppliers) {
    for (const Text& asset : supplier.assets) {
      if (assets_of_type.contains(asset.value)) linked.emplace(supplier.id.value, asset.value);
    }
  }
  return linked;
}

}  // namespace

void check_ai_asset_risk_assessed(RuleContext& context) {
  const std::unordered_set<std::string_view> named = assets_named_by_risks(context.repository());
  for (const Asset& asset : context.repository().assets) {
    if (!asset.id.present || !is_ai_asset_type(asset.type.value) || named.contains(asset.id.value)) continue;
    context.report(asset.id.location,
                   fmt::format("AI asset {} ({}) is not named by any risk", asset.id.value, asset.type.value),
                   "add it to the assets of the risks that affect it, or assess the AI threats it faces in a new risk",
                   fmt::format("asset:{}:risks", asset.id.value));
  }
}

void check_ai_threat_coverage(RuleContext& context) {
  const Repository& repository = context.repository();
  std::unordered_set<std::string_view> assessed;
  for (const Risk& risk : repository.risks) assessed.insert(risk.threat_category.value);
  for (std::string_view category : kAiThreats) {
    if (assessed.contains(category)) continue;
    for (const Asset& asset : repository.assets) {
      if (!is_ai_asset_type(asset.type.value) || !calls_for(category, asset.type.value)) continue;
      context.report(asset.type.location,
                     fmt::format("no risk has threat_category {}, which {} asset {} calls for", category,
                                 asset.type.value, asset.id.value),
                     fmt::format("assess the threat in a risk with threat_category: {} that names {}",
                                 category, asset.id.value),
                     fmt::format("ai-threat:{}", category));
      break;  // one finding per missing category, at the first asset that calls for it
    }
  }
}

void check_model_lineage_recorded(RuleContext& context) {
  for (const Asset& asset : context.repository().assets) {
    if (!needs_lineage(asset.type.value) || !asset.derived_from.empty()) continue;
    // A model taken as-is from a supplier has no parent in the inventory: its provenance is
    // the supplier plus the notes on how the copy was obtained and verified.
    if (asset.supplier.present && asset.lineage_notes.present) continue;
    context.report(asset.type.location,
                   fmt::format("{} asset {} does not record what it was derived from (lineage.derived_from)",
                               asset.type.value, asset.id.value),
                   "list the datasets and models it was built from in lineage.derived_from; for a model obtained "
                   "as-is from a supplier, name the supplier and record its provenance in lineage.notes",
                   fmt::format("asset:{}:lineage", asset.id.value));
  }
}

void check_ai_supplier_data_use(RuleContext& context) {
  const std::unordered_map<std::string_view, std::string_view> linked =
      suppliers_linked_to(context.repository(), "third-party-model-api");
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
    if (!use.present || !use.trains_on_customer_data.value || use.opt_out.value) continue;
    context.report(use.trains_on_customer_data.location,
                   fmt::format("supplier {} trains on customer data (ai_data_use.trains_on_customer_data: true) and "
                               "no opt-out is recorded",
                               supplier.id.value),
                   "opt out of training use and record opt_out: true, or move to terms that exclude training",
                   fmt::format("supplier:{}:ai_data_use.trains_on_customer_data", supplier.id.value));
  }
}

}  // namespace isms
