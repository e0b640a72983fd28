// Clause 4.3: the certificate scope statement against the scope's lists. The statement is what
// the certificate prints, so it must name what the scope holds in scope (SCP013) and nothing
// else: no out-of-scope or excluded service, no product the scope does not list (SCP014).
#include <algorithm>
#include <cctype>
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

/// True when the statement covers everything the organisation offers, naming nothing.
bool covers_all_services(std::string_view lowered_statement) {
  for (std::string_view phrase : {"all products and services", "all services", "all of its products and services",
                                  "all of its services", "all its products and services", "all its services"}) {
    if (lowered_statement.find(phrase) != std::string_view::npos) return true;
  }
  return false;
}

/// The statement's sentences (split at '.', ';' and ':'), lower case.
std::vector<std::string> sentences_of(std::string_view lowered_statement) {
  std::vector<std::string> sentences(1);
  for (char c : lowered_statement) {
    if (c == '.' || c == ';' || c == ':') {
      sentences.emplace_back();
    } else {
      sentences.back() += c;
    }
  }
  return sentences;
}

/// True when a sentence says that what it names is left out ("excluding the research programme").
bool says_excluded(std::string_view sentence) {
  for (std::string_view marker : {"exclud", "except", "other than", "apart from", "outside", "does not cover",
                                  "not cover", "not includ", "not in scope", "out of scope"}) {
    if (sentence.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

/// True when a sentence of the statement names `name` without saying that it is left out.
bool statement_includes(const std::vector<std::string>& sentences, const std::vector<std::string>& name) {
  if (name.empty()) return false;  // nothing to tell it apart by: it cannot be said to be named
  for (const std::string& sentence : sentences) {
    const std::vector<std::string> words = words_of(sentence);
    if (text_names(std::unordered_set<std::string>(words.begin(), words.end()), name) && !says_excluded(sentence)) {
      return true;
    }
  }
  return false;
}

/// Words that name what a product is: a capitalised name just before one is a product's name.
bool is_product_noun(std::string_view lowered_word) {
  static const std::unordered_set<std::string_view> nouns = {
      "service", "services", "platform", "platforms", "product", "products", "app", "apps", "application",
      "applications", "api", "apis", "assistant", "portal", "suite", "software", "solution", "solutions",
      "engine", "tool", "tools", "model", "models", "saas", "sdk", "agent", "agents", "chatbot", "copilot"};
  return nouns.contains(lowered_word);
}

/// Capitalised words that a statement uses without naming a product: the standard, the ISMS,
/// regions and common abbreviations.
bool is_common_capitalised(std::string_view lowered_word) {
  static const std::unordered_set<std::string_view> words = {
      "iso", "iec", "isms", "statement", "applicability", "soa", "information", "security", "management", "system",
      "annex", "version", "ai", "ml", "llm", "llms", "genai", "eu", "eea", "uk", "us", "usa", "europe", "european",
      "union", "emea", "apac", "saas", "paas", "iaas", "api", "apis", "it", "hr", "r", "d", "this", "these", "all",
      "including", "provided", "covering", "scope"};
  return words.contains(lowered_word);
}

/// A run of capitalised words in the statement, as written.
struct CapitalisedRun {
  std::vector<std::string> words;
  std::vector<std::string> following;  ///< up to two lower-case words after the run
};

/// The runs of capitalised words ("Acme Vision API") of a statement, each with the word after it.
std::vector<CapitalisedRun> capitalised_runs(std::string_view statement) {
  std::vector<std::string> words;
  std::string word;
  for (char c : statement) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    // Punctuation ends a run: "Dublin, London" are two names, not one.
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') words.emplace_back();
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::vector<CapitalisedRun> runs;
  const auto capitalised = [](const std::string& word) {
    return !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) != 0;
  };
  for (std::size_t at = 0; at < words.size();) {
    if (!capitalised(words[at])) {
      ++at;
      continue;
    }
    CapitalisedRun run;
    while (at < words.size() && capitalised(words[at])) run.words.push_back(words[at++]);
    // "the Orion analytics platform": the product word may come a word later.
    for (std::size_t next = at; next < words.size() && next < at + 2 && !words[next].empty() &&
                                !capitalised(words[next]);
         ++next) {
      run.following.push_back(lower_case(words[next]));
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

/// Every lower-case word of the names the repository holds: services, locations, technology,
/// people, suppliers, parties and the organisation. A name built of these is one the scope knows.
std::unordered_set<std::string> known_name_words(const Repository& repository) {
  std::unordered_set<std::string> known = organisation_words(repository.manifest);
  const auto add = [&known](const Text& name) {
    for (std::string& word : words_of(name.value)) known.insert(std::move(word));
  };
  const Scope& scope = repository.scope;
  for (const auto* list : {&scope.services, &scope.locations, &scope.technology, &scope.people}) {
    for (const ScopeItem& item : *list) add(item.name);
  }
  for (const Supplier& supplier : repository.suppliers) add(supplier.name);
  for (const InterestedParty& party : repository.parties) add(party.name);
  for (const LegalEntity& entity : repository.manifest.legal_entities) add(entity.jurisdiction);
  return known;
}

/// A capitalised run followed by, or ending in, a product word, with a word the repository's
/// names do not hold: "the Acme Vision API" where no service is called Acme Vision.
std::string unlisted_product(const CapitalisedRun& run, const std::unordered_set<std::string>& known) {
  const std::string last = lower_case(run.words.back());
  std::size_t product_at = 0;  // how many following words up to the product word
  if (!is_product_noun(last)) {
    while (product_at < run.following.size() && !is_product_noun(run.following[product_at])) ++product_at;
    if (product_at == run.following.size()) return {};
    ++product_at;
  }
  const bool unknown = std::any_of(run.words.begin(), run.words.end(), [&known](const std::string& word) {
    const std::string lowered = lower_case(word);
    return !known.contains(lowered) && !is_generic_word(lowered) && !is_common_capitalised(lowered) &&
           !is_product_noun(lowered);
  });
  if (!unknown) return {};
  std::string name;
  for (const std::string& word : run.words) name += (name.empty() ? "" : " ") + word;
  for (std::size_t i = 0; i < product_at; ++i) name += " " + run.following[i];
  return name;
}

/// SCP014's first half: the statement names a service or an exclusion that the scope leaves out.
void report_excluded_named(RuleContext& context, const std::vector<std::string>& sentences,
                           const std::unordered_set<std::string>& own_name) {
  const Scope& scope = context.repository().scope;
  std::vector<std::vector<std::string>> reported;  // an exclusion of a service reported already is not repeated
  for (const ScopeItem& service : scope.services) {
    if (service.in_scope.value || !has_text(service.name)) continue;
    std::vector<std::string> name = distinctive_words(service.name.value, own_name);
    if (!statement_includes(sentences, name)) continue;
    reported.push_back(std::move(name));
    context.report(scope.statement.location,
                   fmt::format("the scope statement names {} ({}), which the scope marks out of scope",
                               service.id.value, service.name.value),
                   "take it out of the statement, or say that it is excluded (\"excluding ...\"); the certificate "
                   "must not show a service the ISMS does not cover",
                   fmt::format("scope:statement:out-of-scope:{}", service.id.value));
  }
  for (const ScopeExclusion& exclusion : scope.exclusions) {
    if (!has_text(exclusion.what)) continue;
    const std::vector<std::string> what = distinctive_words(exclusion.what.value, own_name);
    if (!statement_includes(sentences, what)) continue;
    const std::unordered_set<std::string> what_set(what.begin(), what.end());
    if (std::any_of(reported.begin(), reported.end(),
                    [&what_set](const std::vector<std::string>& name) { return text_names(what_set, name); })) {
      continue;
    }
    context.report(scope.statement.location,
                   fmt::format("the scope statement names {} ({}), which the scope excludes", exclusion.id.value,
                               collapse_whitespace(exclusion.what.value)),
                   "take it out of the statement, or say that it is excluded (\"excluding ...\")",
                   fmt::format("scope:statement:excluded:{}", exclusion.id.value));
  }
}

}  // namespace

void check_statement_names_services(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  // A blank statement is SCP008's; a scope without services is SCP009's.
  if (!scope.present || !has_text(scope.statement) || scope.services.empty()) return;
  context.examined(scope.services.size(), "service against the scope statement", "services against the scope statement");
  const std::string lowered = lower_case(scope.statement.value);
  if (covers_all_services(lowered)) return;
  const std::vector<std::string> statement_words = words_of(lowered);
  const std::unordered_set<std::string> statement(statement_words.begin(), statement_words.end());
  const std::unordered_set<std::string> own_name = organisation_words(repository.manifest);
  for (const ScopeItem& service : scope.services) {
    if (!service.in_scope.value || !has_text(service.name)) continue;
    if (text_names(statement, distinctive_words(service.name.value, own_name))) continue;
    context.report(scope.statement.location,
                   fmt::format("the scope statement does not name {} ({}), which the scope lists as in scope",
                               service.id.value, service.name.value),
                   "name every in-scope service in the statement, as the certificate will show it, or mark the "
                   "service in_scope: false with a rationale",
                   fmt::format("scope:statement:service:{}", service.id.value));
  }
}

void check_statement_names_only_listed(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  // A blank statement is SCP008's; a placeholder in it is PLH001's, and would read as a name.
  if (!scope.present || !has_text(scope.statement) || is_placeholder(scope.statement.value)) return;
  context.examined(1, "scope statement against the services list", "scope statements against the services list");
  const std::vector<std::string> sentences = sentences_of(lower_case(scope.statement.value));
  report_excluded_named(context, sentences, organisation_words(repository.manifest));
  const std::unordered_set<std::string> known = known_name_words(repository);
  std::unordered_set<std::string> reported;
  for (const CapitalisedRun& run : capitalised_runs(scope.statement.value)) {
    const std::string product = unlisted_product(run, known);
    if (product.empty() || !reported.insert(product).second) continue;
    context.report(scope.statement.location,
                   fmt::format("the scope statement names '{}', which is not a service in the scope's services list",
                               product),
                   "add it to services (in scope, or out of scope with a rationale), or take it out of the "
                   "statement: the certificate names only what the scope holds",
                   fmt::format("scope:statement:unlisted:{}", product));
  }
}

}  // namespace isms
