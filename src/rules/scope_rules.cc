// Clause 4.3: scope.
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {
namespace {

/// The register of this name, or nullptr when the loader did not record it.
const RegisterInfo* find_register(const Repository& repository, std::string_view name) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

/// The start of scope.yaml, for findings about something the file lacks.
SourceLocation scope_file_location(const Repository& repository) {
  const RegisterInfo* info = find_register(repository, "scope");
  if (info == nullptr || info->files.empty()) return SourceLocation{};
  return SourceLocation{info->files.front(), 1, 1};
}

/// True when the text is absent or only whitespace.
bool is_blank(const Text& text) {
  return !text.present || text.value.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// True for 0-9.
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

/// True for letters and digits.
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// True when `version` occurs in `text` as a whole version number: "2.1" is cited by
/// "version 2.1." and "v2.1" but not by "version 2.10", "12.1" or "2.1.3".
bool cites_version(std::string_view text, std::string_view version) {
  if (version.empty()) return false;
  for (std::size_t at = text.find(version); at != std::string_view::npos; at = text.find(version, at + 1)) {
    const std::size_t end = at + version.size();
    const char before = at == 0 ? ' ' : text[at - 1];
    const bool clean_start = (!is_word_char(before) && before != '.') || before == 'v' || before == 'V';
    // A trailing full stop ends the sentence; a full stop followed by a digit continues the number.
    const bool dotted_on = end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1]);
    const bool continues = end < text.size() && (is_word_char(text[end]) || dotted_on);
    if (clean_start && !continues) return true;
  }
  return false;
}

/// Reports each out-of-scope item of one kind ("service") that gives no rationale.
void check_items_justified(RuleContext& context, const std::vector<ScopeItem>& items, std::string_view kind) {
  for (const ScopeItem& item : items) {
    if (!item.in_scope.present || item.in_scope.value || !is_blank(item.rationale)) continue;
    context.report(item.in_scope.location,
                   fmt::format("{} {} is out of scope but gives no rationale", kind, item.id.value),
                   "add rationale: explaining why leaving it out does not weaken the ISMS (for example, no client "
                   "data and no connection to in-scope systems)",
                   fmt::format("scope:{}:rationale", item.id.value));
  }
}

}  // namespace

void check_scope_approved(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present) return;
  const RegisterInfo* info = find_register(repository, "scope");
  // A scope without a register block at all is reported by REG001.
  if (info == nullptr || !info->control.present || info->control.approval.present) return;
  context.report(info->control.location,
                 fmt::format("the scope (version {}) has no recorded management approval", info->control.version.value),
                 "record who approved this version of the scope: register.approval: {by, role, date}",
                 "scope:approval");
}

void check_scope_soa_version(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present || !scope.soa_version.present) return;
  const RegisterInfo* soa = find_register(repository, "soa");
  if (soa == nullptr || !soa->control.present || !soa->control.version.present) return;
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
  if (!scope.present || !scope.statement.present || is_blank(scope.soa_version)) return;
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
  check_items_justified(context, scope.services, "service");
  check_items_justified(context, scope.locations, "location");
  check_items_justified(context, scope.technology, "technology");
  check_items_justified(context, scope.people, "function");
}

void check_scope_interfaces_documented(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present || !repository.scope.interfaces.empty()) return;
  context.report(scope_file_location(repository), "the scope records no interfaces or dependencies",
                 "add interfaces: for activities performed by others (cloud and model providers, clients' "
                 "systems, outsourced functions), saying what crosses each one",
                 "scope:interfaces");
}

void check_scope_considers_context(RuleContext& context) {
  const Repository& repository = context.repository();
  const Scope& scope = repository.scope;
  if (!scope.present) return;
  if (scope.considered_issues.empty()) {
    context.report(scope_file_location(repository),
                   "the scope does not list the context issues it considered (Clause 4.3 a)",
                   "list the ids of the context issues that shaped the scope in considered.issues",
                   "scope:considered.issues");
  }
  if (scope.considered_requirements.empty()) {
    context.report(scope_file_location(repository),
                   "the scope does not list the interested-party requirements it considered (Clause 4.3 b)",
                   "list the ids of the requirements that shaped the scope in considered.requirements",
                   "scope:considered.requirements");
  }
}

void check_scope_communicated(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!repository.scope.present || !repository.scope.communication.empty()) return;
  context.report(scope_file_location(repository), "the scope has no record of being communicated",
                 "add communication: entries with the date, audience and method (staff briefing, trust centre, "
                 "certification body)",
                 "scope:communication");
}

}  // namespace isms
