#include "util/std_streams.h"

#include <cstdio>

#include <fmt/format.h>

#include "util/escape.h"
#include "util/utf8.h"
#include "util/visible_escape.h"

namespace isms {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// An SGR sequence (ESC [ digits and semicolons m) at `at`; its length, or 0.
std::size_t sgr_length(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || text[at] != '\x1b' || text[at + 1] != '[') return 0;
  for (std::size_t end = at + 2; end < text.size(); ++end) {
    const char c = text[end];
    if (c == 'm') return end - at + 1;
    if (!((c >= '0' && c <= '9') || c == ';')) return 0;
  }
  return 0;
}

/// The escaped form of the second `#` of `##[`.
std::string_view escaped_hash(StreamSyntax syntax) {
  switch (syntax) {
    case StreamSyntax::Json: return "\\u0023";
    case StreamSyntax::Markup:
    case StreamSyntax::Markdown: return "&#35;";
    default: return "\\#";
  }
}

std::string_view escaped_carriage_return(StreamSyntax syntax) {
  switch (syntax) {
    case StreamSyntax::Markup:
    case StreamSyntax::Markdown: return "&#13;";
    case StreamSyntax::WorkflowCommands: return "%0D";  // the runner's own escape for CR
    default: return "\\r";  // JSON: only inside a string, where this is the same character
  }
}

/// A control code point in a syntax with its own escapes: JSON strings and character references.
void append_control(std::string& out, CodePoint decoded, std::string_view original, StreamSyntax syntax) {
  const bool above_ascii = decoded.code_point != CodePoint::kInvalid && decoded.code_point >= 0x80;
  if (syntax == StreamSyntax::Json) {
    // Outside a string these bytes are not JSON at all, so inside one is the only place they occur.
    out += fmt::format("\\u{:04x}", decoded.code_point == CodePoint::kInvalid ? 0xFFFDu : decoded.code_point);
  } else if ((syntax == StreamSyntax::Markup || syntax == StreamSyntax::Markdown) && above_ascii) {
    out += fmt::format("&#x{:X};", decoded.code_point);
  } else {
    append_visible(out, decoded, original);
  }
}

}  // namespace

std::string log_safe(std::string_view text, StreamSyntax syntax) {
  // JSON never starts a line with a colon, and GitHub annotation lines start with `::` by design.
  const bool guard_line_start = syntax != StreamSyntax::Json && syntax != StreamSyntax::WorkflowCommands;
  std::string out;
  out.reserve(text.size() + 16);
  bool line_start = true;
  for (std::size_t at = 0; at < text.size();) {
    const char c = text[at];
    if (line_start && is_blank(c)) {
      out += c;
      ++at;
      continue;
    }
    if (line_start && guard_line_start && text.substr(at, 2) == "::") {
      if (syntax == StreamSyntax::Markup || syntax == StreamSyntax::Markdown) {
        out += "&#58;";  // the first colon, as a reference: the same text once parsed
        ++at;
      } else {
        out += '\\';  // "\::error": shown, and no longer a command
      }
      line_start = false;
      continue;
    }
    line_start = false;
    if (text.substr(at, 3) == "##[") {
      out += '#';
      out += escaped_hash(syntax);
      out += '[';
      at += 3;
      continue;
    }
    if (c == '\n') {
      out += c;
      ++at;
      line_start = true;
      continue;
    }
    if (c == '\r') {
      // A terminal moves back over the line and a runner starts a new one: never written raw.
      out += escaped_carriage_return(syntax);
      ++at;
      continue;
    }
    if (syntax == StreamSyntax::ColouredText) {
      if (const std::size_t length = sgr_length(text, at); length != 0) {
        out += text.substr(at, length);
        at += length;
        continue;
      }
    }
    const CodePoint decoded = decode_utf8(text, at);
    const std::string_view original = text.substr(at, decoded.length);
    at += decoded.length;
    if (decoded.code_point == CodePoint::kInvalid || is_terminal_control(decoded.code_point)) {
      append_control(out, decoded, original, syntax);
    } else {
      out += original;
    }
  }
  return out;
}

void write_stdout(std::string_view text, StreamSyntax syntax) {
  const std::string safe = log_safe(text, syntax);
  std::fwrite(safe.data(), 1, safe.size(), stdout);
  std::fflush(stdout);
}

void write_stderr(std::string_view text) {
  const std::string safe = log_safe(text, StreamSyntax::Text);
  std::fwrite(safe.data(), 1, safe.size(), stderr);
}

void print_message(std::string_view level, std::string_view text) {
  std::string line = "isms: ";
  line += level;
  line += ": ";
  line += terminal_value(text);
  line += '\n';
  write_stderr(line);
}

}  // namespace isms
