// Clause 4.3 c): what the assets depend on is inside the boundary, or recorded as an interface.
// An asset's `location` is the id of a scope location or technology item, or a free text that
// names one (or the supplier that hosts it); the rule finds which, the way an auditor reading
// the inventory next to the scope would.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "model/placeholder.h"
#include "rules/name_words.h"
#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// Words that place a thing without telling which one it is: shared by many names, so a match
/// on them alone means nothing.
bool is_placing_word(std::string_view word) {
  static const std::unordered_set<std::string_view> words = {
      "eu", "eea", "uk", "us", "region", "regions", "zone", "cloud", "account", "accounts", "tenant", "office",
      "offices", "site", "sites", "data", "centre", "center", "system", "module", "organisation", "organization",
      "project", "projects", "hosted", "managed", "and", "or", "at", "from", "staff", "production"};
  return is_generic_word(word) || words.contains(word);
}

/// The words of a name that can tell it apart from others, parenthesised parts included
/// ("Altostrata EU Central (Frankfurt) region" is told by altostrata, central and frankfurt).
/// The organisation's own words tell nothing: its products and tenants all carry them.
std::unordered_set<std::string> telling_words(std::string_view text, const std::unordered_set<std::string>& own_name) {
  std::unordered_set<std::string> words;
  for (std::string& word : words_of(text)) {
    if (word.ends_with("'s")) word.resize(word.size() - 2);
    if (word.size() > 1 && !is_placing_word(word) && !own_name.contains(word)) words.insert(std::move(word));
  }
  return words;
}

/// What an asset's location turned out to be.
struct Dependency {
  const ScopeItem* item = nullptr;     ///< a scope location or technology item
  const Supplier* supplier = nullptr;  ///< or the supplier that hosts it
  std::size_t shared = 0;              ///< how many telling words the location shares with it
};

/// The scope item or supplier a location names: by id (the whole text, or an id written in
/// it) or by its exact name, else the one sharing the most telling words; on a tie an item inside the boundary wins,
/// since the text names it as much as the other. The scope's services count as places: an asset
/// kept in the organisation's own product is inside the boundary when the product is.
Dependency resolve(const Repository& repository, std::string_view location,
                   const std::unordered_set<std::string>& own_name) {
  const Scope& scope = repository.scope;
  const std::vector<std::string> written = words_of(location);
  const std::unordered_set<std::string> written_set(written.begin(), written.end());
  for (const auto* list : {&scope.locations, &scope.technology, &scope.services}) {
    for (const ScopeItem& item : *list) {
      if (item.id.value == location || (has_text(item.id) && written_set.contains(lower_case(item.id.value))) ||
          comparison_key(item.name.value) == comparison_key(location)) {
        return Dependency{&item, nullptr, 1};
      }
    }
  }
  const std::unordered_set<std::string> words = telling_words(location, own_name);
  const auto shared_words = [&words, &own_name](std::string_view name) {
    std::size_t shared = 0;
    for (const std::string& word : telling_words(name, own_name)) shared += words.contains(word) ? 1 : 0;
    return shared;
  };
  Dependency best;
  const auto better = [&best](std::size_t shared, bool inside) {
    if (shared == 0) return false;
    if (shared != best.shared) return shared > best.shared;
    const bool best_inside = best.item != nullptr && best.item->in_scope.value;
    return inside && !best_inside;
  };
  for (const auto* list : {&scope.locations, &scope.technology, &scope.services}) {
    for (const ScopeItem& item : *list) {
      const std::size_t shared = shared_words(item.name.value);
      if (better(shared, item.in_scope.value)) best = Dependency{&item, nullptr, shared};
    }
  }
  for (const Supplier& supplier : repository.suppliers) {
    const std::size_t shared = shared_words(supplier.name.value);
    const bool listed = std::any_of(scope.suppliers.begin(), scope.suppliers.end(),
                                    [&supplier](const Text& id) { return id.value == supplier.id.value; });
    if (shared > best.shared || (shared == best.shared && shared > 0 && listed && best.item == nullptr)) {
      best = Dependency{nullptr, &supplier, shared};
    }
  }
  return best;
}

/// True when an interface of the scope names the item, by id or by its name.
bool interface_records(const Scope& scope, const ScopeItem& item, const std::unordered_set<std::string>& own_name) {
  const std::vector<std::string> name = distinctive_words(item.name.value, own_name);
  return std::any_of(scope.interfaces.begin(), scope.interfaces.end(), [&](const ScopeInterface& interface) {
    const std::string text = interface.with.value + " " + interface.description.value + " " + interface.dependency.value;
    const std::vector<std::string> words = words_of(text);
    const std::unordered_set<std::string> set(words.begin(), words.end());
    return set.contains(lower_case(item.id.value)) || (!name.empty() && text_names(set, name));
  });
}

bool scope_lists_supplier(const Scope& scope, const Supplier& supplier) {
  return std::any_of(scope.suppliers.begin(), scope.suppliers.end(),
                     [&supplier](const Text& id) { return id.value == supplier.id.value; });
}

void report_outside(RuleContext& context, const Asset& asset, const ScopeItem& item) {
  context.report(asset.location.location,
                 fmt::format("asset {} depends on {} ({}), which is outside the boundary, and no interface records "
                             "the dependency",
                             asset.id.value, item.id.value, collapse_whitespace(item.name.value)),
                 fmt::format("bring {} inside the boundary, or record the dependency under interfaces in scope.yaml "
                             "(with, description, dependency) and justify its exclusion",
                             item.id.value),
                 fmt::format("asset:{}:dependency:{}", asset.id.value, item.id.value));
}

void report_unplaced(RuleContext& context, const Asset& asset) {
  context.report(asset.location.location,
                 fmt::format("the location of asset {} ('{}') is not a location, cloud region or technology item of "
                             "the scope, nor a supplier of it",
                             asset.id.value, collapse_whitespace(asset.location.value)),
                 "use the id of a scope location or technology item (locations, technology in scope.yaml), or "
                 "name the supplier that hosts it; add the place to the scope if it is missing",
                 fmt::format("asset:{}:location", asset.id.value));
}

}  // namespace

void check_asset_dependencies_in_boundary(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present) return;
  const std::unordered_set<std::string> own_name = organisation_words(repository.manifest);
  for (const Asset& asset : repository.assets) {
    // A blank location or a placeholder is PLH001's and the schema's business.
    if (!has_text(asset.location) || is_placeholder(asset.location.value)) continue;
    context.examined(1, "asset location against the boundary", "asset locations against the boundary");
    const Dependency dependency = resolve(repository, asset.location.value, own_name);
    if (dependency.item != nullptr) {
      if (!dependency.item->in_scope.value && !interface_records(scope, *dependency.item, own_name)) {
        report_outside(context, asset, *dependency.item);
      }
      continue;
    }
    if (dependency.supplier == nullptr) {
      report_unplaced(context, asset);
      continue;
    }
    // A supplier the asset also names as its own is SUP007's, which reports the same gap.
    if (scope_lists_supplier(scope, *dependency.supplier) || asset.supplier.value == dependency.supplier->id.value) {
      continue;
    }
    context.report(asset.location.location,
                   fmt::format("asset {} is hosted by supplier {} ({}), which the scope's suppliers list leaves out",
                               asset.id.value, dependency.supplier->id.value,
                               collapse_whitespace(dependency.supplier->name.value)),
                   fmt::format("add {} to suppliers in scope.yaml, or move the asset to a place inside the boundary",
                               dependency.supplier->id.value),
                   fmt::format("asset:{}:supplier:{}", asset.id.value, dependency.supplier->id.value));
  }
}

}  // namespace isms
