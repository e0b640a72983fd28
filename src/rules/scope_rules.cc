// Clause 4.3: scope.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "util/phrase_match.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// Roles accepted as top management for approving the scope, matched as whole words in any case
/// (a plural "s" is accepted). Clause 5.1 and 5.3 expect top management to stand behind the scope.
constexpr auto kTopManagementRoles = std::to_array<std::string_view>({
    "ceo",     "coo",      "cfo",     "cto",       "cio",        "ciso",        "chief",    "director",
    "board",   "managing", "president", "founder", "partner",    "owner",       "executive", "principal",
    "head of", "chair",    "chairman", "chairwoman", "chairperson", "general manager", "proprietor"});

/// A vague expression in a scope statement; `ends_a_list` ones only count at the end of a
/// clause, since "and more" is vague in "reports and more" but not in "faster and more reliable".
struct VagueExpression {
  std::string_view phrase;
  bool ends_a_list = false;
};

/// Expressions that leave the reader of a certificate to guess what is covered.
constexpr auto kVagueExpressions = std::to_array<VagueExpression>({
    {"etc", false},  // also matches "etc."
    {"various", false},
    {"and so on", false},
    {"and more", true},
    {"including but not limited to", false},
    {"among others", false},
    {"miscellaneous", false},
});

/// The longest scope statement that still reads well on a certificate, in characters.
constexpr std::size_t kMaxStatementLength = 600;

/// Words that make an exclusion or an out-of-scope technology item part of the ML infrastructure
/// an AI service runs on. Bare "training" is left out on purpose: it would catch awareness
/// training and learning platforms, which may well be out of scope.
constexpr auto kMlInfrastructureTerms = std::to_array<std::string_view>({
    "model training",    "ml training",          "training data",        "training dataset",
    "training pipeline", "training cluster",     "training infrastructure", "training job",
    "training run",      "training compute",     "fine tuning",          "finetuning",
    "fine tune",         "fine tuned",           "inference",            "data pipeline",
    "ml pipeline",       "feature store",        "vector store",         "vector database",
    "vector db",         "vector index",         "embedding store",      "embeddings",
    "model api",         "foundation model",     "llm api",              "model serving",
    "model hosting",     "model registry",       "ml tooling",           "ml platform",
    "mlops",             "experiment tracking",  "gpu cluster",          "ml infrastructure"});


/// Reports an approval field that is present but blank; the schema reports an absent one.
void report_blank_approval_field(RuleContext& context, const Text& field, std::string_view name,
                                 std::string_view what) {
  if (!field.present || has_text(field)) return;
  context.report(field.location,
                 fmt::format("the scope approval does not record {} (approval.{} is blank)", what, name),
                 fmt::format("fill in register.approval.{} for the approval of this version", name),
                 fmt::format("scope:approval.{}", name));
}

/// Reports approval fields that say nothing.
void report_approval_fields_missing(RuleContext& context, const Approval& approval) {
  report_blank_approval_field(context, approval.by, "by", "who approved it");
  report_blank_approval_field(context, approval.role, "role", "the approver's role");
}

/// True when the role names a top-management position.
bool is_top_management_role(std::string_view role) {
  const std::string lowered = lower_case(role);
  return std::any_of(kTopManagementRoles.begin(), kTopManagementRoles.end(),
                     [&lowered](std::string_view word) { return mentions(lowered, word); });
}

/// Reports an approval given in a role that is not top management.
void report_approver_not_top_management(RuleContext& context, const Approval& approval) {
  if (!has_text(approval.role) || is_top_management_role(approval.role.value)) return;
  const std::string approver = !has_text(approval.by) ? std::string("the approver") : approval.by.value;
  context.report(approval.role.location,
                 fmt::format("the scope is approved by {} as '{}', which is not a top-management role", approver,
                             approval.role.value),
                 "have top management (the CEO, a director, the board or an owner) approve the scope, and record "
                 "their role, e.g. role: CEO",
                 "scope:approval.role");
}

/// The history entry of a version, or nullptr.
const HistoryEntry* find_history_entry(const std::vector<HistoryEntry>& history, std::string_view version) {
  for (const HistoryEntry& entry : history) {
    if (entry.version.value == version) return &entry;
  }
  return nullptr;
}

/// Reports an approval older than the version it is meant to approve.
void report_approval_predates_version(RuleContext& context, const RegisterControl& control,
                                      const std::vector<HistoryEntry>& history) {
  const Approval& approval = control.approval;
  if (!approval.date.present || !control.version.present) return;
  const HistoryEntry* current = find_history_entry(history, control.version.value);
  if (current == nullptr || !current->date.present) return;
  if (approval.date.value.days >= current->date.value.days) return;
  context.report(approval.date.location,
                 fmt::format("the scope approval of {} predates version {} of the scope, dated {} in history: "
                             "the current version has not been approved",
                             approval.date.value.text, control.version.value, current->date.value.text),
                 fmt::format("have top management approve version {} and update register.approval (by, role, date)",
                             control.version.value),
                 "scope:approval.date");
}

/// Reports each out-of-scope item of one kind ("service") that gives no rationale.
void check_items_justified(RuleContext& context, const std::vector<ScopeItem>& items, std::string_view kind) {
  for (const ScopeItem& item : items) {
    if (!item.in_scope.present || item.in_scope.value || has_text(item.rationale)) continue;
    context.report(item.in_scope.location,
                   fmt::format("{} {} is out of scope but gives no rationale", kind, item.id.value),
                   "add rationale: explaining why leaving it out does not weaken the ISMS (for example, no client "
                   "data and no connection to in-scope systems)",
                   fmt::format("scope:{}:rationale", item.id.value));
  }
}

/// The words of `text` that name ML infrastructure, as written, or an empty string.
std::string ml_infrastructure_words(std::string_view text) {
  const std::string lowered = lower_case(text);
  for (const std::string_view term : kMlInfrastructureTerms) {
    const PhraseMatch match = find_phrase(lowered, term);
    if (match.found()) return matched_words(text, match);
  }
  return {};
}

/// Reports exclusions and out-of-scope technology that take ML infrastructure out of the scope.
void report_ml_infrastructure_excluded(RuleContext& context, const ScopeItem& ai_service) {
  const Scope& scope = context.repository().scope;
  const std::string hint = fmt::format(
      "keep what {} runs on (training, fine-tuning and inference platforms, data pipelines, vector stores, model "
      "APIs, ML tooling) inside the scope; exclude only what the AI service does not depend on",
      ai_service.id.value);
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    const std::string words = ml_infrastructure_words(exclusion.what.value);
    if (words.empty()) continue;
    context.report(exclusion.what.location,
                   fmt::format("AI service {} is in scope but exclusion {} leaves out ML infrastructure ('{}')",
                               ai_service.id.value, exclusion.id.value, words),
                   hint, fmt::format("scope:{}:ml-infrastructure", exclusion.id.value));
  }
  for (const ScopeItem& item : scope.technology) {
    if (!item.in_scope.present || item.in_scope.value) continue;
    std::string words = ml_infrastructure_words(item.name.value);
    if (words.empty()) words = ml_infrastructure_words(item.description.value);
    if (words.empty()) continue;
    context.report(item.in_scope.location,
                   fmt::format("AI service {} is in scope but technology {} is out of scope and is ML "
                               "infrastructure ('{}')",
                               ai_service.id.value, item.id.value, words),
                   hint, fmt::format("scope:{}:ml-infrastructure", item.id.value));
  }
}

/// A supplier behind a third-party model API, and the asset that links them.
struct ModelApiSupplier {
  std::string_view supplier;
  std::string_view asset;
};

/// The suppliers linked to third-party-model-api assets, in inventory order, each once.
std::vector<ModelApiSupplier> model_api_suppliers(const Repository& repository) {
  std::unordered_set<std::string_view> suppliers;
  std::unordered_map<std::string_view, std::vector<const Supplier*>> suppliers_by_asset;
  for (const Supplier& supplier : repository.suppliers) {
    suppliers.insert(supplier.id.value);
    for (const Text& asset : supplier.assets) suppliers_by_asset[asset.value].push_back(&supplier);
  }
  std::vector<ModelApiSupplier> linked;
  std::unordered_set<std::string_view> seen;
  const auto add = [&linked, &seen](std::string_view supplier, std::string_view asset) {
    if (seen.insert(supplier).second) linked.push_back({supplier, asset});
  };
  for (const Asset& asset : repository.assets) {
    if (!asset.type.is(AssetType::ThirdPartyModelApi)) continue;
    // A supplier id that does not exist is reported by REF001.
    if (suppliers.contains(asset.supplier.value)) add(asset.supplier.value, asset.id.value);
    const auto listing = suppliers_by_asset.find(asset.id.value);
    if (listing == suppliers_by_asset.end()) continue;
    for (const Supplier* supplier : listing->second) add(supplier->id.value, asset.id.value);
  }
  return linked;
}

/// Reports model-API suppliers that the scope's suppliers list leaves out.
void report_model_api_suppliers_missing(RuleContext& context, const ScopeItem& ai_service) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  std::unordered_set<std::string_view> listed;
  for (const Text& supplier : scope.suppliers) listed.insert(supplier.value);
  const SourceLocation where =
      scope.suppliers.empty() ? context.register_location("scope") : scope.suppliers.front().location;
  for (const ModelApiSupplier& link : model_api_suppliers(repository)) {
    if (listed.contains(link.supplier)) continue;
    context.report(where,
                   fmt::format("AI service {} is in scope but supplier {}, which provides the third-party model "
                               "API {}, is not in the scope's suppliers",
                               ai_service.id.value, link.supplier, link.asset),
                   fmt::format("add {} to suppliers: in the scope; a foundation-model API is part of the AI service, "
                               "covered as a supplier (A.5.19), not excluded",
                               link.supplier),
                   fmt::format("scope:suppliers:{}", link.supplier));
  }
}

}  // namespace

void check_scope_approved(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present) return;
  const RegisterInfo* info = context.find_register("scope");
  // A scope without a register block at all is reported by REG001.
  if (info == nullptr || !info->control.present) return;
  context.examined(1, "scope approval", "scope approvals");
  const RegisterControl& control = info->control;
  if (!control.approval.present) {
    context.report(control.location,
                   fmt::format("the scope (version {}) has no recorded management approval", control.version.value),
                   "record who approved this version of the scope: register.approval: {by, role, date}",
                   "scope:approval");
    return;
  }
  report_approval_fields_missing(context, control.approval);
  report_approver_not_top_management(context, control.approval);
  report_approval_predates_version(context, control, repository.scope.history);
}

void check_scope_soa_version(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present || !scope.soa_version.present) return;
  const RegisterInfo* soa = context.find_register("soa");
  if (soa == nullptr || !soa->control.present || !soa->control.version.present) return;
  context.examined(1, "scope's SoA version", "scope's SoA versions");
  const std::string& soa_version = soa->control.version.value;
  if (scope.soa_version.value == soa_version) return;
  context.report(scope.soa_version.location,
                 fmt::format("the scope refers to SoA version {}, but the Statement of Applicability is version {}",
                             scope.soa_version.value, soa_version),
                 fmt::format("set soa_version: \"{}\" and update the statement, or correct the SoA's "
                             "register.version",
                             soa_version),
                 "scope:soa_version");
}

void check_scope_statement_cites_soa(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  if (!scope.present || !scope.statement.present || !has_text(scope.soa_version)) return;
  context.examined(1, "scope statement", "scope statements");
  if (cites_version(scope.statement.value, scope.soa_version.value)) return;
  context.report(scope.statement.location,
                 fmt::format("the scope statement does not cite the Statement of Applicability version {}",
                             scope.soa_version.value),
                 fmt::format("end the statement with \"in accordance with the Statement of Applicability version {}\"",
                             scope.soa_version.value),
                 "scope:statement");
}

void check_out_of_scope_justified(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  if (!scope.present) return;
  context.examined(1, "scope", "scopes");
  check_items_justified(context, scope.services, "service");
  check_items_justified(context, scope.locations, "location");
  check_items_justified(context, scope.technology, "technology");
  check_items_justified(context, scope.people, "function");
}

void check_scope_interfaces_documented(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present) return;
  context.examined(1, "scope", "scopes");
  if (!repository.scope.interfaces.empty()) return;
  context.report(context.register_location("scope"), "the scope records no interfaces or dependencies",
                 "add interfaces: for activities performed by others (cloud and model providers, clients' "
                 "systems, outsourced functions), saying what crosses each one",
                 "scope:interfaces");
}

void check_scope_considers_context(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present) return;
  context.examined(1, "scope", "scopes");
  if (scope.considered_issues.empty()) {
    context.report(context.register_location("scope"),
                   "the scope does not list the context issues it considered (Clause 4.3 a)",
                   "list the ids of the context issues that shaped the scope in considered.issues",
                   "scope:considered.issues");
  }
  if (scope.considered_requirements.empty()) {
    context.report(context.register_location("scope"),
                   "the scope does not list the interested-party requirements it considered (Clause 4.3 b)",
                   "list the ids of the requirements that shaped the scope in considered.requirements",
                   "scope:considered.requirements");
  }
}

void check_scope_communicated(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present) return;
  context.examined(1, "scope", "scopes");
  if (!repository.scope.communication.empty()) return;
  context.report(context.register_location("scope"), "the scope has no record of being communicated",
                 "add communication: entries with the date, audience and method (staff briefing, trust centre, "
                 "certification body)",
                 "scope:communication");
}

void check_statement_clear(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  // An absent statement is reported by the schema (SCH002).
  if (!scope.present || !scope.statement.present) return;
  context.examined(1, "scope statement", "scope statements");
  const Text& statement = scope.statement;
  if (!has_text(statement)) {
    context.report(statement.location, "the scope statement is blank",
                   "write the statement as it should appear on the certificate: the activities, services, "
                   "locations and the SoA version",
                   "scope:statement:blank");
    return;
  }
  const std::string lowered = lower_case(statement.value);
  for (const VagueExpression& expression : kVagueExpressions) {
    const PhraseMatch match = find_phrase(lowered, expression.phrase, expression.ends_a_list);
    if (!match.found()) continue;
    context.report(statement.location,
                   fmt::format("the scope statement uses the vague wording '{}'",
                               matched_words(statement.value, match)),
                   "name what is covered instead: the services, activities and locations themselves; a certificate "
                   "cannot cover an open-ended list",
                   fmt::format("scope:statement:vague:{}", expression.phrase));
  }
  const std::size_t length = character_count(statement.value);
  if (length <= kMaxStatementLength) return;
  context.report(statement.location,
                 fmt::format("the scope statement is {} characters long, more than the {} that fit a certificate",
                             length, kMaxStatementLength),
                 "keep the statement to what the certificate must say (activities, services, locations, SoA "
                 "version) and move the detail to boundaries, services and locations",
                 "scope:statement:length");
}

void check_services_in_scope(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present) return;
  context.examined(1, "scope", "scopes");
  if (scope.services.empty()) {
    context.report(context.register_location("scope"), "the scope lists no products or services",
                   "list the products and services the ISMS covers under services:, each with in_scope: true or "
                   "false",
                   "scope:services");
    return;
  }
  const bool any_in_scope = std::any_of(scope.services.begin(), scope.services.end(),
                                        [](const ScopeItem& service) { return service.in_scope.value; });
  if (any_in_scope) return;
  context.report(context.register_location("scope"),
                 fmt::format("none of the scope's {} services is in scope", scope.services.size()),
                 "mark the products and services the ISMS protects with in_scope: true; an ISMS that covers no "
                 "service cannot be certified",
                 "scope:services");
}

void check_client_requirements_in_scope(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  if (!scope.present) return;
  std::unordered_map<std::string_view, const ScopeItem*> services;
  for (const ScopeItem& service : scope.services) services.emplace(service.id.value, &service);
  // Requirement ids the exclusions mention; a service's own rationale is read when it is needed.
  std::unordered_set<std::string> excluded_for;
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    collect_id_words(exclusion.what.value, excluded_for);
    collect_id_words(exclusion.rationale.value, excluded_for);
  }
  for (const InterestedParty& party : context.repository().parties) {
    if (!party.category.is(PartyCategory::Clients)) continue;
    for (const Requirement& requirement : party.requirements) {
      for (const Text& reference : requirement.services) {
        const auto found = services.find(reference.value);
        // An unknown id is reported by REF001.
        if (found == services.end() || found->second->in_scope.value) continue;
        context.examined(1, "client requirement on an out-of-scope service",
                         "client requirements on out-of-scope services");
        if (excluded_for.contains(requirement.id.value)) continue;
        std::unordered_set<std::string> explained_for;
        collect_id_words(found->second->rationale.value, explained_for);
        if (explained_for.contains(requirement.id.value)) continue;
        context.report(reference.location,
                       fmt::format("client requirement {} of {} concerns service {}, which is out of scope, and the "
                                   "scope does not say why",
                                   requirement.id.value, party.id.value, reference.value),
                       fmt::format("bring {} into scope, or say in its rationale (or in an exclusion) how {} is met "
                                   "without it, naming {}",
                                   reference.value, requirement.id.value, requirement.id.value),
                       fmt::format("requirement:{}:services:{}", requirement.id.value, reference.value));
      }
    }
  }
}

void check_boundary_complete(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present) return;
  context.examined(1, "scope", "scopes");
  struct BoundaryList {
    bool empty;
    std::string_view field;
    std::string_view what;
    std::string_view hint;
  };
  const std::array<BoundaryList, 4> lists = {{
      {scope.people.empty(), "people", "people or functions",
       "list the functions and teams inside the boundary under people: (engineering, operations, support, HR)"},
      {scope.locations.empty(), "locations", "locations or premises",
       "list the offices, cloud regions and remote working under locations:"},
      {scope.technology.empty(), "technology", "technology",
       "list the platforms, cloud accounts and systems under technology:"},
      {scope.suppliers.empty(), "suppliers", "suppliers",
       "list the ids of the suppliers the scope relies on under suppliers:"},
  }};
  for (const BoundaryList& list : lists) {
    if (!list.empty) continue;
    context.report(context.register_location("scope"),
                   fmt::format("the scope identifies no {} ({} is empty or missing)", list.what, list.field),
                   std::string(list.hint), fmt::format("scope:{}", list.field));
  }
}

void check_ai_boundary_complete(RuleContext& context) {
  const Scope& scope = context.repository().scope;
  if (!scope.present) return;
  const auto ai_service = std::find_if(scope.services.begin(), scope.services.end(), [](const ScopeItem& service) {
    return service.ai.value && service.in_scope.value;
  });
  if (ai_service == scope.services.end()) return;
  context.examined(1, "AI service in scope", "AI services in scope");
  report_ml_infrastructure_excluded(context, *ai_service);
  report_model_api_suppliers_missing(context, *ai_service);
}

}  // namespace isms
