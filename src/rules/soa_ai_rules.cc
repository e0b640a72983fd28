// Clause 6.1.3 d) for an AI service: the SoA entries of the controls that auditors most often
// find silent about the AI assets at Stage 2 say how they cover them.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "model/placeholder.h"
#include "rules/asset_types.h"
#include "util/phrase_match.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// A control whose implementation must reach the AI assets, and what an auditor looks for there.
struct AiControl {
  std::string_view id;
  std::string_view expectation;  ///< completes "for the AI assets an auditor expects ..."
};

/// Threat intelligence, incident management, continuity, logging, monitoring and change
/// management: the controls behind the Stage 2 findings most often raised at AI companies
/// (informal model releases, logs that miss prompts and outputs, continuity plans without the
/// models, incident plans without AI scenarios).
constexpr std::array<AiControl, 11> kAiControls = {{
    {"A.5.7", "intelligence on AI threats such as prompt injection, jailbreaks, model stealing, data poisoning and "
              "ML supply-chain attacks"},
    {"A.5.24", "incident plans that include AI incidents such as jailbreaks, prompt-injection leaks, leaked model "
               "weights and harmful outputs"},
    {"A.5.25", "triage criteria for AI events such as guardrail bypasses, extraction-like query patterns, unexpected "
               "agent actions and model drift"},
    {"A.5.26", "responses to AI incidents such as disabling a model route or an agent tool and rolling back a model "
               "or a system prompt"},
    {"A.5.27", "lessons from AI incidents fed back into guardrails, evaluations and the threat model"},
    {"A.5.28", "evidence of AI incidents kept, such as prompts, outputs, model versions and agent actions"},
    {"A.5.29", "security kept in force when model hosting or a model provider is disrupted"},
    {"A.5.30", "continuity of the AI service, including model hosting, failover between model providers and "
               "rebuilding models and embedding stores"},
    {"A.8.15", "logs of prompts, outputs, model versions and agent actions that support incident investigation"},
    {"A.8.16", "monitoring of the AI endpoints for abuse, prompt injection, extraction and drift"},
    {"A.8.32", "model releases, fine-tunes and prompt or guardrail changes handled as changes, with evaluation gates "
               "and rollback"},
}};

/// Words that make a document title about AI. "model" alone is too wide in one case: a threat
/// model is written for any system, so "threat model" is taken out of the title first.
constexpr std::array<std::string_view, 8> kAiTitleWords = {"ai", "genai", "ml", "machine learning", "llm",
                                                            "model", "agent", "agentic"};

/// True when the title names AI, ML, machine learning, an LLM, a model or an agent, as whole
/// words in any case ("AI-literacy", "LLMs" and "Model lifecycle" count; "Threat model" does not).
bool is_ai_document_title(std::string_view title) {
  std::string lowered = lower_case(title);
  for (PhraseMatch match = find_phrase(lowered, "threat model"); match.found();
       match = find_phrase(lowered, "threat model")) {
    lowered.replace(match.begin, match.end - match.begin, match.end - match.begin, ' ');
  }
  for (std::string_view word : kAiTitleWords) {
    if (mentions(lowered, word)) return true;
  }
  return false;
}

/// The first service in scope marked `ai: true`, or nullptr.
const ScopeItem* first_ai_service_in_scope(const Scope& scope) {
  for (const ScopeItem& service : scope.services) {
    if (service.ai.present && service.ai.value && service.in_scope.present && service.in_scope.value) return &service;
  }
  return nullptr;
}

/// What links a control to the AI assets other than the entry's own note: the risks that treat
/// an AI asset with it, and the AI documents.
class AiLinks {
 public:
  explicit AiLinks(const Repository& repository) {
    std::unordered_map<std::string_view, const Asset*> assets;
    for (const Asset& asset : repository.assets) assets.emplace(asset.id.value, &asset);
    for (const Risk& risk : repository.risks) {
      const bool names_ai_asset = std::any_of(risk.assets.begin(), risk.assets.end(), [&assets](const Text& id) {
        auto found = assets.find(id.value);
        return found != assets.end() && is_ai_asset_type(found->second->type);
      });
      if (!names_ai_asset) continue;
      for (const Text& control : risk.controls) controls_of_ai_risks_.insert(control.value);
    }
    for (const Document& document : repository.documents) {
      if (is_ai_document_title(document.title.value)) ai_documents_.insert(document.id.value);
    }
  }

  /// True when a risk lists the control under its controls and names an AI asset.
  bool treats_ai_risk(std::string_view control) const { return controls_of_ai_risks_.contains(control); }

  /// True when one of the entry's documents is about AI.
  bool cites_ai_document(const SoaEntry& entry) const {
    return std::any_of(entry.documents.begin(), entry.documents.end(),
                       [this](const Text& id) { return ai_documents_.contains(id.value); });
  }

 private:
  std::unordered_set<std::string_view> controls_of_ai_risks_;
  std::unordered_set<std::string_view> ai_documents_;
};

/// True when the entry's ai_coverage is template text ("To be assessed"): PLH001 reports it, once.
bool has_placeholder_note(const SoaEntry& entry) {
  return has_text(entry.ai_coverage) && is_placeholder(entry.ai_coverage.value, FieldKind::Reason);
}

/// Reports an applicable AI control whose entry shows no coverage of the AI assets.
void report_uncovered(RuleContext& context, const SoaEntry& entry, const AiControl& control,
                      const ScopeItem& service) {
  const AnnexAControl* known = find_control(control.id);
  const std::string title = known != nullptr ? fmt::format(" {}", known->title) : std::string();
  const std::string service_name =
      has_text(service.name) ? fmt::format("{} ({})", service.id.value, service.name.value) : service.id.value;
  context.report(entry.control.location,
                 fmt::format("control {}{} does not show how it covers the AI assets of AI service {}: an auditor expects {}",
                             control.id, title, service_name, control.expectation),
                 fmt::format("write ai_coverage: how {} covers the models, data and agents; or link a risk that "
                             "lists {} under controls and names an AI asset; or cite in documents an AI document "
                             "(its title names AI, ML, LLM, a model or an agent)",
                             control.id, control.id),
                 fmt::format("soa:{}:ai-coverage", control.id));
}

}  // namespace

void check_ai_controls_cover_ai_assets(RuleContext& context) {
  const Repository& repository = context.repository();
  const ScopeItem* service = first_ai_service_in_scope(repository.scope);
  if (service == nullptr) return;  // nothing to examine: no AI service in scope
  const AiLinks links(repository);
  for (const AiControl& control : kAiControls) {
    const SoaEntry* entry = context.soa_entry(control.id);
    // A missing entry is SOA002's finding, an exclusion SOA003's.
    if (entry == nullptr || !entry->applicable.present || !entry->applicable.value) continue;
    context.examined(1, "AI-relevant control", "AI-relevant controls");
    // Template text in ai_coverage covers nothing, but it is PLH001's finding, reported once.
    if (has_placeholder_note(*entry)) continue;
    if (has_text(entry->ai_coverage) || links.treats_ai_risk(control.id) || links.cites_ai_document(*entry)) continue;
    report_uncovered(context, *entry, control, *service);
  }
}

}  // namespace isms
