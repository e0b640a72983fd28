#pragma once
/// The table of every diagnostic code `isms` can emit, with its metadata.

#include <span>
#include <string_view>

#include "model/diagnostic.h"

namespace isms {

class RuleContext;

/// A rule's check: reads the model through the context and reports findings to it.
using RuleCheck = void (*)(RuleContext& context);

/// The `inputs` of a rule that judges each value on its own, in every register.
inline constexpr std::string_view kEachValue = "each value";

/// Metadata for one diagnostic code, used by `isms rules`, SARIF and JUnit. Codes whose
/// `check` is null are reported by the loader while it reads the repository.
struct CodeInfo {
  std::string_view code;        ///< "SCH003"
  std::string_view name;        ///< kebab-case, "unknown-field"
  Severity default_severity;
  std::string_view reference;   ///< ISO clause or control it enforces, or "format"
  std::string_view summary;     ///< one line
  RuleCheck check = nullptr;    ///< the rule, or null for findings of the loader
  /// The registers the rule reads, space-separated ("risks soa"). When one of them could not be
  /// read completely the rule stands down (RUL001) instead of reporting records that are only
  /// missing because their file failed to load. `kEachValue` marks a rule that judges every
  /// value of every register where it stands (a placeholder, a date in the future): what was read
  /// is judged, nothing is inferred from what is missing, so it runs on a half-read register too.
  std::string_view inputs = {};
  std::string_view option = {};  ///< the name of the rule's setting in isms.yaml rules.options, if it has one
};

/// All codes, in code order.
std::span<const CodeInfo> diagnostic_codes();
/// The metadata for a code, or nullptr.
const CodeInfo* find_code(std::string_view code);
/// True for codes that mean the repository could not be read as written (IO, YML, MAN):
/// they cannot be disabled, downgraded or suppressed.
bool is_fundamental_code(std::string_view code);

}  // namespace isms
