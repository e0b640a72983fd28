#pragma once
/// The exit codes of `isms`, defined once: docs/reference/commands.md documents them, and
/// scripts and CI jobs act on them, so a value never changes.

namespace isms {

enum class ExitCode : int {
  /// The command did what it was asked.
  Success = 0,
  /// The command ran and found what fails it: findings at or above --fail-on (check), new
  /// findings at or above --fail-on-new (diff), rows or lines that cannot be imported (import,
  /// migrate).
  Findings = 1,
  /// Nothing was done as asked: a usage error, no repository, a refusal (blocking findings, a
  /// file that exists), or an input or output file that cannot be read or written.
  UsageError = 2,
  /// An internal error, a bug in isms: the crash guard ends every failure this way.
  InternalError = 3,
};

/// The value handed to the operating system.
constexpr int process_exit_code(ExitCode code) { return static_cast<int>(code); }

}  // namespace isms
