#pragma once
/// Findings: what `isms check` reports, independent of how it is printed.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// How serious a finding is; ordered so that a larger value is more severe.
enum class Severity : std::uint8_t { Note = 0, Warning = 1, Error = 2 };

/// "note", "warning" or "error".
std::string_view severity_name(Severity severity);

/// Parses "note", "warning" or "error"; returns false for anything else.
bool parse_severity(std::string_view text, Severity& out);

/// A position in a repository file; line and column are 1-based, 0 means unknown.
struct SourceLocation {
  std::uint32_t file = 0;  ///< index into SourceFiles; 0 is "no file"
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// One finding.
struct Diagnostic {
  std::string code;          ///< stable code, e.g. "SCH003"
  Severity severity = Severity::Error;
  SourceLocation location;
  std::string message;       ///< one sentence, no trailing period needed
  std::string hint;          ///< how to fix it; may be empty
  std::string subject;       ///< logical place (register/record/field) used for stable fingerprints
};

/// Collects diagnostics in the order they are found.
class DiagnosticSink {
 public:
  /// Adds a finding.
  void report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
  /// Adds a finding from its parts.
  void report(std::string code, Severity severity, SourceLocation where, std::string message,
              std::string hint = {}, std::string subject = {});
  /// All findings so far.
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  /// Moves the findings out.
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace isms
