// Annex A 5.9 and 5.12: assets.
#include <array>
#include <string>

#include <fmt/format.h>

#include "rules/asset_types.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// The first file of the asset register, or the manifest when the register has no file.
SourceLocation asset_register_location(const Repository& repository) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == "assets" && !info.files.empty()) return SourceLocation{info.files.front(), 1, 1};
  }
  return repository.manifest.location;
}

}  // namespace

bool is_ai_asset_type(std::string_view type) {
  static constexpr std::array<std::string_view, 8> kAiTypes = {
      "model-weights", "training-dataset",    "vector-store", "inference-endpoint",
      "data-pipeline", "experiment-tracking", "agent",        "third-party-model-api"};
  for (std::string_view ai_type : kAiTypes) {
    if (type == ai_type) return true;
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

void check_asset_register_present(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.assets.empty()) return;
  context.report(asset_register_location(repository),
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
  for (const Asset& asset : context.repository().assets) {
    // AI001 reports the AI assets, at a higher severity.
    if (!asset.id.present || is_ai_asset_type(asset.type.value) || named.contains(asset.id.value)) continue;
    context.report(asset.id.location, fmt::format("asset {} is not named by any risk", asset.id.value),
                   "add it to the assets of the risks that affect it, or assess a risk for it",
                   fmt::format("asset:{}:risks", asset.id.value));
  }
}

}  // namespace isms
