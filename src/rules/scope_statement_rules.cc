// Clause 4.3: the certificate scope statement against the scope's list of services.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"
#include "text_util.h"

namespace isms {
namespace {

/// Words that say what kind of thing a service is rather than which one it is.
const std::unordered_set<std::string_view>& generic_words() {
  static const std::unordered_set<std::string_view> words = {
      "the", "and", "of", "for", "a", "an", "to", "in", "on", "with", "our", "its", "by",
      "service", "services", "product", "products", "platform", "solution", "solutions", "offering", "ltd",
      "limited", "inc", "plc", "gmbh"};
  return words;
}

/// The lower-case words of a text; a hyphen joins ("fine-tuning", "self-service").
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

/// What tells a service's name apart: its words, without generic ones, the organisation's own
/// name (every product carries it) and a parenthesised remark ("(legacy, end of life 2027)").
std::vector<std::string> distinctive_words(std::string_view name, const std::unordered_set<std::string>& own_name) {
  const std::size_t remark = name.find('(');
  std::vector<std::string> words;
  for (std::string& word : words_of(name.substr(0, remark))) {
    if (generic_words().contains(word) || own_name.contains(word)) continue;
    words.push_back(std::move(word));
  }
  return words;
}

/// The words of the organisation's and its legal entities' names.
std::unordered_set<std::string> organisation_words(const Manifest& manifest) {
  std::unordered_set<std::string> words;
  for (std::string& word : words_of(manifest.organisation_name.value)) words.insert(std::move(word));
  for (const LegalEntity& entity : manifest.legal_entities) {
    for (std::string& word : words_of(entity.name.value)) words.insert(std::move(word));
  }
  return words;
}

/// True when the statement names the service: at least two thirds of its distinctive words are
/// in it, so "the managed payroll service" names "Harbourline Managed Payroll" and "the employee
/// self-service portal and app" still names "Employee self-service portal and mobile app".
bool statement_names(const std::unordered_set<std::string>& statement, const std::vector<std::string>& name) {
  if (name.empty()) return true;  // a name made only of the organisation's words cannot be told apart
  const auto found = std::count_if(name.begin(), name.end(), [&statement](const std::string& word) {
    return statement.contains(word);
  });
  return static_cast<std::size_t>(found) * 3 >= name.size() * 2;
}

/// True when the statement covers everything the organisation offers, naming nothing.
bool covers_all_services(std::string_view lowered_statement) {
  for (std::string_view phrase : {"all products and services", "all services", "all of its products and services",
                                  "all of its services", "all its products and services", "all its services"}) {
    if (lowered_statement.find(phrase) != std::string_view::npos) return true;
  }
  return false;
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
    if (statement_names(statement, distinctive_words(service.name.value, own_name))) continue;
    context.report(scope.statement.location,
                   fmt::format("the scope statement does not name {} ({}), which the scope lists as in scope",
                               service.id.value, service.name.value),
                   "name every in-scope service in the statement, as the certificate will show it, or mark the "
                   "service in_scope: false with a rationale",
                   fmt::format("scope:statement:service:{}", service.id.value));
  }
}

}  // namespace isms
