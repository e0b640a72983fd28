// Annex A 5.9 and 5.12: assets.
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/asset_types.h"
#include "rules/rules.h"

namespace isms {
namespace {

}  // namespace

bool is_ai_asset_type(const Choice<AssetType>& type) {
  static constexpr std::array<AssetType, 8> kAiTypes = {
      AssetType::ModelWeights,  AssetType::TrainingDataset,    AssetType::VectorStore, AssetType::InferenceEndpoint,
      AssetType::DataPipeline,  AssetType::ExperimentTracking, AssetType::Agent,       AssetType::ThirdPartyModelApi};
  for (AssetType ai_type : kAiTypes) {
    if (type.is(ai_type)) return true;
  }
  return false;
}

std::unordered_set<std::string_view> assets_named_by_risks(const Repository& repository) {
  std::unordered_set<std::string_view> named;
  for (const Risk& risk : repository.risks) {
    for (const Text& asset : risk.assets) named.insert(asset.value);
  }
  return named;
}

std::unordered_map<std::string_view, std::string_view> suppliers_linked_to_assets(
    const Repository& repository, const std::function<bool(const Asset&)>& selected) {
  std::unordered_map<std::string_view, std::string_view> linked;
  std::unordered_set<std::string_view> selected_assets;
  for (const Asset& asset : repository.assets) {
    if (!selected(asset)) continue;
    selected_assets.insert(asset.id.value);
    if (asset.supplier.present) linked.emplace(asset.supplier.value, asset.id.value);
  }
  for (const Supplier& supplier : repository.suppliers) {
    for (const Text& asset : supplier.assets) {
      if (selected_assets.contains(asset.value)) linked.emplace(supplier.id.value, asset.value);
    }
  }
  return linked;
}

void check_asset_register_present(RuleContext& context) {
  const Repository& repository = context.repository();
  context.examined(1, "asset inventory", "asset inventories");
  if (!repository.assets.empty()) return;
  context.report(context.register_location("assets"),
                 "the asset register lists no assets; Annex A 5.9 requires an inventory of information and other "
                 "associated assets",
                 "create assets.yaml (or an assets/ folder) and list each asset with its owner, classification and "
                 "location",
                 "assets:register");
}

void check_personal_data_classified(RuleContext& context) {
  const std::vector<std::string>& levels = context.repository().manifest.classification_levels;
  if (levels.size() < 2) return;  // a one-level scheme has nothing higher to ask for
  const std::string& lowest = levels.front();
  context.examined(count_where(context.repository().assets, [](const Asset& a) { return a.personal_data.value; }),
                   "asset holding personal data", "assets holding personal data");
  for (const Asset& asset : context.repository().assets) {
    if (!asset.personal_data.value || asset.classification.value != lowest) continue;
    context.report(asset.classification.location,
                   fmt::format("asset {} holds personal data but is classified '{}', the lowest level of the scheme",
                               asset.id.value, lowest),
                   fmt::format("classify it at '{}' or higher, or set personal_data: false if it holds none",
                               levels[1]),
                   fmt::format("asset:{}:classification", asset.id.value));
  }
}

void check_asset_risk_assessed(RuleContext& context) {
  const std::unordered_set<std::string_view> named = assets_named_by_risks(context.repository());
  context.examined(count_where(context.repository().assets, [](const Asset& a) { return !is_ai_asset_type(a.type); }),
                   "asset", "assets");
  for (const Asset& asset : context.repository().assets) {
    // AI001 reports the AI assets, at a higher severity.
    if (!asset.id.present || is_ai_asset_type(asset.type) || named.contains(asset.id.value)) continue;
    context.report(asset.id.location, fmt::format("asset {} is not named by any risk", asset.id.value),
                   "add it to the assets of the risks that affect it, or assess a risk for it",
                   fmt::format("asset:{}:risks", asset.id.value));
  }
}

void check_personal_data_handling(RuleContext& context) {
  context.examined(count_where(context.repository().assets, [](const Asset& a) { return a.personal_data.value; }),
                   "asset holding personal data", "assets holding personal data");
  for (const Asset& asset : context.repository().assets) {
    if (!asset.personal_data.value) continue;
    if (!has_text(asset.retention)) {
      context.report(asset.personal_data.location,
                     fmt::format("asset {} holds personal data but does not record how long it is kept (retention)",
                                 asset.id.value),
                     "state how long the personal data is kept and how it is disposed of, e.g. retention: \"30 days "
                     "after contract end, then deleted\"",
                     fmt::format("asset:{}:retention", asset.id.value));
    }
    if (!has_text(asset.lawful_basis)) {
      context.report(asset.personal_data.location,
                     fmt::format("asset {} holds personal data but does not record the lawful basis for processing it "
                                 "(lawful_basis)",
                                 asset.id.value),
                     "state the lawful basis for the processing, e.g. lawful_basis: \"contract (GDPR Art. 6(1)(b))\"",
                     fmt::format("asset:{}:lawful_basis", asset.id.value));
    }
  }
}

}  // namespace isms
