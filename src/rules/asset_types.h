#pragma once
/// Asset facts shared by the asset, AI and supplier rules.

#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/model.h"

namespace isms {

/// True for the asset types particular to AI systems (model weights, datasets, agents, ...); false
/// when the type is absent or not a declared one.
bool is_ai_asset_type(const Choice<AssetType>& type);

/// The ids of the assets that at least one risk names; the views point into the repository.
std::unordered_set<std::string_view> assets_named_by_risks(const Repository& repository);


/// Maps each supplier id to the first asset accepted by `selected` that it is linked to, through
/// the asset's `supplier` or the supplier's `assets`; the views point into the repository.
std::unordered_map<std::string_view, std::string_view> suppliers_linked_to_assets(
    const Repository& repository, const std::function<bool(const Asset&)>& selected);

}  // namespace isms
