// A.8.2, A.5.15: an agent's least privilege, recorded as what it may do and which of those
// actions wait for a human. A free-text `privileges` (AI008) says what it holds; these lists let
// an auditor sample the actions against the tokens and the approval flow.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "model/placeholder.h"
#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// True when the list names at least one action that is content, not a placeholder.
bool has_real_entry(const IdList& list) {
  return std::any_of(list.begin(), list.end(),
                     [](const Text& entry) { return has_text(entry) && !is_placeholder(entry.value); });
}

bool lists_action(const IdList& actions, const Text& wanted) {
  const std::string key = comparison_key(wanted.value);
  return std::any_of(actions.begin(), actions.end(), [&key](const Text& action) {
    return comparison_key(action.value) == key;
  });
}

}  // namespace

void check_agent_least_privilege(RuleContext& context) {
  for (const Asset& asset : context.repository().assets) {
    if (!asset.type.is(AssetType::Agent)) continue;
    context.examined(1, "agent", "agents");
    if (!has_real_entry(asset.actions)) {
      context.report(asset.actions.empty() ? asset.type.location : asset.actions.front().location,
                     fmt::format("agent asset {} does not list the actions it may take (actions)", asset.id.value),
                     "list under actions each tool call or operation the agent may perform, and nothing more: "
                     "least privilege is what an auditor samples against its tokens (A.8.2, A.5.15)",
                     fmt::format("asset:{}:actions", asset.id.value));
    }
    if (!asset.human_approval_recorded.present) {
      context.report(asset.type.location,
                     fmt::format("agent asset {} does not record which of its actions need a human's approval "
                                 "(human_approval)",
                                 asset.id.value),
                     "list under human_approval the actions that take effect only after a person approves them, or "
                     "write human_approval: [] to record that none do",
                     fmt::format("asset:{}:human_approval", asset.id.value));
      continue;
    }
    for (const Text& action : asset.human_approval) {
      if (!has_text(action) || is_placeholder(action.value) || lists_action(asset.actions, action)) continue;
      context.report(action.location,
                     fmt::format("agent asset {} requires approval for '{}', which is not one of its actions",
                                 asset.id.value, collapse_whitespace(action.value)),
                     "name in human_approval only actions listed under actions, written the same way",
                     fmt::format("asset:{}:human_approval:{}", asset.id.value, action.value));
    }
  }
}

}  // namespace isms
