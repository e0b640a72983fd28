// Clause 4.2 b): an AI system placed on the EU market brings the EU AI Act (Regulation (EU)
// 2024/1689) into the requirements of the interested parties. The Act applies to providers and
// wherever they are established once the system or its output is used in the Union, and to
// deployers established in it (Art. 2(1)), so the rule reads both the markets a service is
// offered in and the legal entities' jurisdictions.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// The names under which a market or jurisdiction is in the EU, or in the EEA, to which the Act
/// extends. Lower case; a market is compared whole, so "Ireland" matches and "Northern Ireland"
/// does not.
constexpr std::array<std::string_view, 35> kEuMarkets = {
    "eu",          "eea",        "european union", "european economic area", "austria",     "belgium",
    "bulgaria",    "croatia",    "cyprus",         "czechia",                 "czech republic", "denmark",
    "estonia",     "finland",    "france",         "germany",                 "greece",      "hungary",
    "ireland",     "italy",      "latvia",         "lithuania",               "luxembourg",  "malta",
    "netherlands", "poland",     "portugal",       "romania",                 "slovakia",    "slovenia",
    "spain",       "sweden",     "iceland",        "liechtenstein",           "norway",
};

bool is_eu_market(std::string_view market) {
  const std::string key = comparison_key(market);
  return std::find(kEuMarkets.begin(), kEuMarkets.end(), key) != kEuMarkets.end();
}

/// True when a requirement rests on a law or regulation and names the AI Act.
bool names_ai_act(const Requirement& requirement) {
  if (!requirement.source.rests_on_law()) return false;
  const std::string text = lower_case(requirement.source.reference.value + " " + requirement.description.value);
  for (std::string_view name : {"ai act", "artificial intelligence act", "2024/1689"}) {
    if (text.find(name) != std::string::npos) return true;
  }
  return false;
}

/// Why the Act applies: the first in-scope AI service offered in the EU, or else, with an AI
/// service in scope, the first legal entity established in the EU.
struct EuPlacement {
  SourceLocation where;
  std::string why;
};

EuPlacement eu_placement(const Repository& repository) {
  for (const ScopeItem& service : repository.scope.services) {
    if (!service.in_scope.value || !service.ai.value) continue;
    for (const Text& market : service.markets) {
      if (!is_eu_market(market.value)) continue;
      return {market.location,
              fmt::format("AI service {} in scope is offered on the EU market (markets: {})", service.id.value,
                          market.value)};
    }
  }
  const bool ai_service_in_scope =
      std::any_of(repository.scope.services.begin(), repository.scope.services.end(),
                  [](const ScopeItem& service) { return service.in_scope.value && service.ai.value; });
  if (!ai_service_in_scope) return {};
  for (const LegalEntity& entity : repository.manifest.legal_entities) {
    if (!is_eu_market(entity.jurisdiction.value)) continue;
    return {entity.jurisdiction.location,
            fmt::format("an AI service is in scope and legal entity {} is established in {}", entity.name.value,
                        entity.jurisdiction.value)};
  }
  return {};
}

}  // namespace

void check_ai_act_requirement(RuleContext& context) {
  const Repository& repository = context.repository();
  const EuPlacement placement = eu_placement(repository);
  if (placement.why.empty()) return;
  std::size_t requirements = 0;
  for (const InterestedParty& party : repository.parties) requirements += party.requirements.size();
  context.examined(requirements, "requirement of the parties, an AI system on the EU market",
                   "requirements of the parties, an AI system on the EU market");
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      if (names_ai_act(requirement)) return;
    }
  }
  context.report(placement.where,
                 fmt::format("{}, but no requirement of the interested parties rests on the EU AI Act "
                             "(Regulation (EU) 2024/1689)",
                             placement.why),
                 "record what the Act requires of the organisation in its role (provider or deployer): the "
                 "transparency of Art. 50, AI literacy under Art. 4, and any high-risk obligations, each as a "
                 "requirement with source: {type: law, reference: \"EU AI Act Art. ...\"}",
                 "parties:ai-act");
}

}  // namespace isms
