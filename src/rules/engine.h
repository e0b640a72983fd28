#pragma once
/// Running the rule modules, and applying configuration, selection and inline suppressions
/// to every finding of a run.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/model.h"
#include "model/report.h"

namespace isms {

/// `--select` / `--ignore` from the command line: codes or code prefixes.
struct RuleSelection {
  std::vector<std::string> select;  ///< empty means every rule
  std::vector<std::string> ignore;
};

/// True when `pattern` is a code or a prefix of a code in the catalogue, or a retired code (which
/// stands for its successor wherever a code is matched).
bool is_known_code_pattern(const std::string& pattern);

/// True when the rule with this code runs under the manifest's configuration and the selection.
bool rule_runs(std::string_view code, const RuleConfig& config, const RuleSelection& selection);

/// The severity a rule's findings carry after the manifest's `rules.severity` overrides.
Severity configured_severity(std::string_view code, Severity default_severity, const RuleConfig& config);

/// Runs every rule that the manifest and the selection enable, and says what each assessed.
/// A rule whose input register could not be read completely stands down, and one RUL001 note
/// lists the rules that did.
std::vector<RuleOutcome> run_rules(const Repository& repository, std::int64_t as_of_days, const RuleSelection& selection,
               DiagnosticSink& sink);

/// Applies the manifest's rule configuration, the selection and the inline suppressions to
/// all findings (the loader's too), and reports problems with the configuration and with
/// suppressions themselves.
void apply_policy(const Repository& repository, std::int64_t as_of_days, const RuleSelection& selection,
                  std::vector<Diagnostic>& diagnostics);

}  // namespace isms
