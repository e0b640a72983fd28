#pragma once
/// A finished check run: the input every output format renders.

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/source_files.h"

namespace isms {

/// What one rule of a run assessed. A rule earns readiness credit only for what it examined.
struct RuleOutcome {
  enum class State {
    Assessed,        ///< the rule examined at least one record
    NothingToCheck,  ///< the rule ran but had no data to examine
    StoodDown,       ///< not run: a register it reads could not be read completely
  };
  std::string code;     ///< "CTX001"
  State state = State::NothingToCheck;
  std::size_t examined = 0;  ///< how many records it examined
  std::string what;     ///< what those records are, in the number `examined` takes: "issue", "issues"
  std::size_t findings = 0;  ///< how many findings it reported, before suppressions
  std::string reason;   ///< why it stood down: "the risk register could not be read completely"
};

/// Everything an output format needs to print a run.
struct CheckReport {
  std::string repository;          ///< the REPO argument as given ("." by default)
  std::string repository_root;     ///< absolute path of the repository root
  std::string as_of;               ///< YYYY-MM-DD used for freshness checks
  std::string tool_version;        ///< isms version
  std::string rules_url;           ///< --rules-url: where rule pages live; empty means no links
  Severity fail_on = Severity::Error;
  const SourceFiles* files = nullptr;   ///< never null once a run has started
  std::vector<Diagnostic> diagnostics;  ///< sorted by file, line, column, code
  std::size_t files_checked = 0;        ///< repository files read (manifest included)
  std::size_t baselined = 0;            ///< findings hidden because the baseline knows them
  std::vector<RuleOutcome> rules;       ///< one per rule that was to run, in code order
};

/// Stable identity of a finding that does not depend on its line: code, file and subject.
std::string fingerprint(const Diagnostic& diagnostic, const SourceFiles& files);

/// The link to a rule's page under the configured --rules-url, or "" when none is configured:
/// a link nobody configured would point at a site that may not exist. "{code}" in the URL is
/// replaced by the code; otherwise the code and ".md" are appended (a docs/rules/ folder on a forge).
std::string rule_page_url(std::string_view rules_url, std::string_view code);

/// Whether `url` may serve as the base of rule links: an absolute http(s) URL without the
/// characters that would end a SARIF or Markdown link early, and without control characters.
bool is_rule_link_base(std::string_view url);

/// The file a finding points at, or nullptr when it has none.
const SourceFile* source_file_of(const CheckReport& report, const Diagnostic& diagnostic);

/// "path:line:col" with unknown (zero) parts left out; empty when the finding has no file.
std::string location_label(const CheckReport& report, const Diagnostic& diagnostic);

/// Number of findings of each severity.
struct SeverityCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
};

/// Counts the findings of a report by severity.
SeverityCounts count_by_severity(const CheckReport& report);

/// "2 errors, 1 warning, 0 notes in 11 files" or "No findings in 11 files."
std::string summary_sentence(const CheckReport& report);

}  // namespace isms
