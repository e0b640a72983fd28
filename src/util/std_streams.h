#pragma once
/// Everything isms writes to standard output and standard error goes through here.
///
/// Both streams end up on terminals and in CI logs, and a CI runner reads commands from its
/// log: a GitHub Actions runner acts on a line that starts with `::` (after blanks) and on
/// `##[` anywhere in a line, and takes CR as well as LF for a line break. Whatever the data,
/// no line isms writes does either, and no control sequence reaches a terminal. Each syntax
/// is neutralised in its own terms, so JSON stays the same JSON and HTML the same HTML.

#include <string>
#include <string_view>

namespace isms {

/// The syntax of what is written, which decides how it is neutralised.
enum class StreamSyntax {
  Text,              ///< plain text, CSV, YAML: controls and `::`, `##[` shown escaped with backslashes
  ColouredText,      ///< Text, but the SGR colour sequences isms writes itself are kept
  Json,              ///< JSON, SARIF, Code Quality: `\uNNNN` escapes, which decode to the same strings
  Markup,            ///< HTML and XML: character references, which decode to the same text
  Markdown,          ///< Markdown: character references, as in HTML
  WorkflowCommands,  ///< GitHub annotations: each line is a command isms wrote, with escaped data
};

/// `text` as it may be written to standard output or standard error.
std::string log_safe(std::string_view text, StreamSyntax syntax);

/// Writes `text` to standard output, neutralised for `syntax`, and flushes.
void write_stdout(std::string_view text, StreamSyntax syntax);

/// Writes plain text to standard error, neutralised.
void write_stderr(std::string_view text);

/// "isms: LEVEL: TEXT" on standard error, TEXT kept on one line: a line break inside it
/// (which only a value from the data can bring) is shown as `\n`.
void print_message(std::string_view level, std::string_view text);
inline void print_error(std::string_view text) { print_message("error", text); }
inline void print_warning(std::string_view text) { print_message("warning", text); }
inline void print_hint(std::string_view text) { print_message("hint", text); }

}  // namespace isms
