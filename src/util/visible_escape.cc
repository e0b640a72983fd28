#include "util/visible_escape.h"

#include <fmt/format.h>

namespace isms {

bool is_terminal_control(std::uint32_t code_point) {
  if (code_point == '\t' || code_point == '\n') return false;
  if (code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F)) return true;
  return code_point == 0x061C || code_point == 0x200E || code_point == 0x200F ||
         (code_point >= 0x202A && code_point <= 0x202E) || (code_point >= 0x2066 && code_point <= 0x2069) ||
         code_point == 0x2028 || code_point == 0x2029;
}

void append_visible(std::string& out, CodePoint decoded, std::string_view original) {
  if (decoded.code_point == CodePoint::kInvalid) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned char>(original.front()));
    return;
  }
  switch (decoded.code_point) {
    case 0x1B: out += "\\e"; return;
    case '\r': out += "\\r"; return;
    case '\n': out += "\\n"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  if (decoded.code_point < 0x80) {
    out += fmt::format("\\x{:02x}", decoded.code_point);
  } else {
    out += fmt::format("\\u{:04x}", decoded.code_point);
  }
}

std::string terminal_escape(std::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint decoded = decode_utf8(text, at);
    const std::string_view original = text.substr(at, decoded.length);
    at += decoded.length;
    const bool line_break = decoded.code_point == '\n' || decoded.code_point == '\t';
    if (decoded.code_point == CodePoint::kInvalid || is_terminal_control(decoded.code_point) ||
        (line_break && !keep_line_breaks)) {
      append_visible(out, decoded, original);
    } else {
      out += original;
    }
  }
  return out;
}

}  // namespace isms
