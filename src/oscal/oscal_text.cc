#include "oscal/oscal_text.h"

#include <cctype>
#include <cstdint>

#include "util/escape.h"
#include "util/text_util.h"
#include "util/utf8.h"

namespace isms {
namespace {

/// White space as the OSCAL schema's patterns see it: `\s` of an ECMAScript regular
/// expression, whose `.` also stops at U+2028 and U+2029, so those count too.
bool is_blank(std::uint32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Characters CommonMark (and GitHub's extensions) read as markup anywhere in a line.
bool is_inline_markup(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '&': case '|': case '~': case '$': case '!':
      return true;
    default:
      return false;
  }
}

/// One line of text as CommonMark text: inline markup escaped everywhere, and what would open
/// a block (heading, quote, list, thematic break, setext underline) escaped at the line start.
std::string escape_markdown_line(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 8);
  std::size_t at = 0;
  while (at < line.size() && line[at] == ' ') out += line[at++];
  std::size_t digits = at;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > at && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
    out.append(line.substr(at, digits - at));  // "1. " would start an ordered list
    out += '\\';
    out += line[digits];
    at = digits + 1;
  } else if (at < line.size() && std::string_view("#+-=").find(line[at]) != std::string_view::npos) {
    out += '\\';
    out += line[at++];
  }
  for (; at < line.size(); ++at) {
    if (is_inline_markup(line[at])) out += '\\';
    out += line[at];
  }
  return out;
}

/// Keeps the characters RFC 3986 allows in a URI (unreserved, reserved and '%'); encodes the rest.
std::string encode_url(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kAllowed = "-._~:/?#[]@!$&'()*+,;=%";
  std::string out;
  for (char c : url) {
    if (is_ascii_alnum(c) || kAllowed.find(c) != std::string_view::npos) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

bool has_dot_dot_segment(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    if (path.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::string plain_line(std::string_view text, std::string_view fallback) {
  std::string out;
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint decoded = decode_utf8(text, at);
    if (is_blank(decoded.code_point)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text.substr(at, decoded.length));
    }
    at += decoded.length;
  }
  return out.empty() ? std::string(fallback) : out;
}

std::string markup_line(std::string_view text, std::string_view fallback) {
  return escape_markdown_line(plain_line(text, fallback));
}

std::string markup_multiline(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    out += escape_markdown_line(text.substr(start, end - start));
    if (end < text.size()) {
      out += '\n';
      if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
    }
    start = end + 1;
  }
  return out;
}

std::string token_of(std::string_view text, std::string_view prefix) {
  std::string out;
  for (char c : text) {
    if (is_ascii_alnum(c)) {
      out += ascii_lower(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front()))) {
    out = std::string(prefix) + (out.empty() ? "" : "-" + out);
  }
  return out;
}

std::string control_token(std::string_view control_id) {
  return lower_case(control_id);
}

std::optional<std::string> location_href(std::string_view location) {
  const std::string trimmed(isms::trimmed(location));
  if (trimmed.empty()) return std::nullopt;
  if (starts_with_ignoring_case(trimmed, "https://") || starts_with_ignoring_case(trimmed, "http://")) {
    return encode_url(trimmed);
  }
  const std::size_t colon = trimmed.find(':');
  const std::size_t slash = trimmed.find('/');
  const bool has_scheme = colon != std::string::npos && (slash == std::string::npos || colon < slash);
  if (has_scheme || trimmed.front() == '/' || trimmed.front() == '\\' || has_dot_dot_segment(trimmed)) {
    return std::nullopt;
  }
  return uri_percent_encode(trimmed);
}

}  // namespace isms
