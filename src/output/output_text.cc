// Compiler-style text output: what a person reads in a terminal or a CI log.

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "util/escape.h"
#include "util/utf8.h"
#include "util/visible_escape.h"
#include "output/formats.h"

namespace isms {
namespace {

/// Lines longer than this are not quoted: a megabyte-long scalar would bury every other finding.
constexpr std::size_t kMaxQuotedLineBytes = 1024;

/// Indentation of the quoted source line and its caret.
constexpr std::string_view kQuoteIndent = "    ";

/// ANSI sequences, or empty strings when colour is off, so that call sites stay unconditional.
struct Palette {
  explicit Palette(bool color)
      : bold(color ? "\x1b[1m" : ""),
        red(color ? "\x1b[1;31m" : ""),
        yellow(color ? "\x1b[1;33m" : ""),
        cyan(color ? "\x1b[1;36m" : ""),
        green(color ? "\x1b[1;32m" : ""),
        reset(color ? "\x1b[0m" : "") {}

  std::string_view for_severity(Severity severity) const {
    switch (severity) {
      case Severity::Error: return red;
      case Severity::Warning: return yellow;
      case Severity::Note: return cyan;
    }
    return red;
  }

  std::string_view bold, red, yellow, cyan, green, reset;
};

/// Whitespace that puts a caret under `column` (1-based, in code points) of the raw `line` once
/// it is shown with terminal_sanitize, which writes some code points as escapes several
/// characters wide; tabs stay tabs so that the caret lines up whatever the terminal's tab width.
std::string caret_padding(std::string_view line, std::uint32_t column) {
  std::string padding;
  std::uint32_t position = 1;
  for (std::size_t at = 0; at < line.size() && position < column; ++position) {
    const CodePoint decoded = decode_utf8(line, at);
    const std::string_view original = line.substr(at, decoded.length);
    at += decoded.length;
    if (decoded.code_point == '\t') {
      padding += '\t';
    } else if (decoded.code_point == CodePoint::kInvalid || is_terminal_control(decoded.code_point)) {
      std::string shown;
      append_visible(shown, decoded, original);
      padding.append(shown.size(), ' ');
    } else {
      padding += ' ';
    }
  }
  // A column just past the end (a missing value at end of line) still gets its caret there.
  if (position < column) padding += ' ';
  return padding;
}

void append_source_excerpt(std::string& out, const CheckReport& report, const Diagnostic& diagnostic,
                           const Palette& palette) {
  const SourceLocation& where = diagnostic.location;
  if (where.line == 0 || report.files == nullptr) return;
  const std::string_view raw_line = report.files->line_text(where.file, where.line);
  if (raw_line.empty() || raw_line.size() > kMaxQuotedLineBytes) return;
  out += fmt::format("{}{}\n", kQuoteIndent, terminal_sanitize(raw_line));
  if (where.column == 0) return;
  out += fmt::format("{}{}{}^{}\n", kQuoteIndent, caret_padding(raw_line, where.column), palette.green, palette.reset);
}

void append_diagnostic(std::string& out, const CheckReport& report, const Diagnostic& diagnostic,
                       const Palette& palette) {
  std::string location = location_label(report, diagnostic);
  if (location.empty()) location = "isms";
  out += fmt::format("{}{}:{} {}{}{}: {} [{}]\n", palette.bold, terminal_value(location), palette.reset,
                     palette.for_severity(diagnostic.severity), severity_name(diagnostic.severity), palette.reset,
                     terminal_value(diagnostic.message), terminal_value(diagnostic.code));
  append_source_excerpt(out, report, diagnostic, palette);
  if (!diagnostic.hint.empty()) out += fmt::format("  help: {}\n", terminal_value(diagnostic.hint));
}

}  // namespace

std::string format_text(const CheckReport& report, const FormatOptions& options) {
  const Palette palette(options.color);
  std::string out;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    if (options.quiet && diagnostic.severity < report.fail_on) continue;
    append_diagnostic(out, report, diagnostic, palette);
  }
  out += summary_sentence(report);
  out += '\n';
  return out;
}

}  // namespace isms
