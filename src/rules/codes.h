#pragma once
/// The one list of every diagnostic code `isms` can emit: the codes without a rule (the loader's
/// and the format checks', src/load/load_codes.cc) joined with the rule registry
/// (src/rules/registry.cc); and the retired codes, which are never emitted but are still
/// accepted wherever a user names a code, for the code that replaced them.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/code_meta.h"
#include "model/diagnostic.h"

namespace isms {

class RuleContext;

/// A rule's check: reads the model through the context and reports findings to it.
using RuleCheck = void (*)(RuleContext& context);

/// The `inputs` of a rule that judges each value on its own, in every register.
inline constexpr std::string_view kEachValue = "each value";

/// How a rule counts in the readiness report. Most rules are a check each, which earns its
/// weight when it finds nothing; a few judge document control that the report has always scored
/// as the format codes are, costing their weight only where they find something.
enum class ReadinessCredit : std::uint8_t { PerCheck, WhenFound };

/// Metadata for one diagnostic code, used by `isms rules`, SARIF and JUnit. Codes whose
/// `check` is null are reported by the loader, the format checks or the configuration.
struct CodeInfo : CodeMeta {
  RuleCheck check = nullptr;    ///< the rule, or null for findings of the loader
  /// The registers the rule reads, space-separated ("risks soa"). When one of them could not be
  /// read completely the rule stands down (RUL001) instead of reporting records that are only
  /// missing because their file failed to load. `kEachValue` marks a rule that judges every
  /// value of every register where it stands (a placeholder, a date in the future): what was read
  /// is judged, nothing is inferred from what is missing, so it runs on a half-read register too.
  std::string_view inputs = {};
  std::string_view option = {};  ///< the name of the rule's setting in isms.yaml rules.options, if it has one
  ReadinessCredit credit = ReadinessCredit::PerCheck;

  /// True for a rule that is a check of its own in the readiness report.
  bool credited_per_check() const { return check != nullptr && credit == ReadinessCredit::PerCheck; }
};

/// All codes that can be emitted (stable and preview), in code order.
std::span<const CodeInfo> diagnostic_codes();
/// The metadata for a code that can be emitted, or nullptr (also for a retired code).
const CodeInfo* find_code(std::string_view code);

/// The retired codes, in code order: never emitted, each naming its successor.
std::span<const CodeMeta> retired_codes();
/// The retired code of this name, or nullptr.
const CodeMeta* find_retired_code(std::string_view code);
/// The code a user's code or prefix stands for now: the successor of a retired code (followed
/// to the end of a chain of renames), else `pattern` itself.
std::string_view current_code(std::string_view pattern);
/// "SOA001 was renamed ID002; use ID002" for a retired code, else empty.
std::string retired_code_note(std::string_view code);
/// The retired codes that `code` stands for now ("SOA001" for "ID002"), for matching what was
/// recorded under an old name.
std::vector<std::string_view> former_codes(std::string_view code);

/// True for codes that mean the repository could not be read as written (IO, YML, MAN):
/// they cannot be disabled, downgraded or suppressed.
bool is_fundamental_code(std::string_view code);

}  // namespace isms
