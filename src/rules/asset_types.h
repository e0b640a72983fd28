#pragma once
/// Asset facts shared by the asset rules and the AI rules.

#include <string_view>
#include <unordered_set>

#include "isms/model.h"

namespace isms {

/// True for the asset types particular to AI systems (model weights, datasets, agents, ...).
bool is_ai_asset_type(std::string_view type);

/// The ids of the assets that at least one risk names; the views point into the repository.
std::unordered_set<std::string_view> assets_named_by_risks(const Repository& repository);

}  // namespace isms
