#include "util/escape.h"

#include <cstdint>

#include "util/utf8.h"
#include "util/visible_escape.h"

namespace isms {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

/// Characters XML 1.0 allows in a document at all (production [2] Char).
bool is_xml_char(std::uint32_t code_point) {
  if (code_point < 0x20) return code_point == '\t' || code_point == '\n' || code_point == '\r';
  return code_point != 0xFFFE && code_point != 0xFFFF;
}

std::string xml_escape_impl(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint decoded = decode_utf8(text, at);
    const std::string_view original = text.substr(at, decoded.length);
    at += decoded.length;
    if (decoded.code_point == CodePoint::kInvalid || !is_xml_char(decoded.code_point)) {
      out += kReplacementCharacter;
      continue;
    }
    switch (decoded.code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // A literal CR would be turned into LF by end-of-line handling, so keep it as a reference.
      case '\r': out += "&#13;"; break;
      case '\n': out += attribute ? std::string_view("&#10;") : std::string_view("\n"); break;
      case '\t': out += attribute ? std::string_view("&#9;") : std::string_view("\t"); break;
      default: out += original; break;
    }
  }
  return out;
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? std::string_view("%3A") : std::string_view(":"); break;
      case ',': out += property ? std::string_view("%2C") : std::string_view(","); break;
      default: out += c; break;
    }
  }
  return out;
}

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

}  // namespace

std::string xml_escape(std::string_view text) { return xml_escape_impl(text, false); }

std::string xml_escape_attribute(std::string_view text) { return xml_escape_impl(text, true); }

std::string github_escape_data(std::string_view text) { return github_escape(text, false); }

std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

std::string markdown_cell_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r':
        if (at + 1 < text.size() && text[at + 1] == '\n') ++at;
        out += "<br>";
        break;
      case '\n': out += "<br>"; break;
      // `|` would end the cell; the rest would start emphasis, code, links, strike-through or math.
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
      case '$':
        out += '\\';
        out += c;
        break;
      default: out += c; break;
    }
  }
  return out;
}

std::string uri_percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (is_unreserved(c) || c == '/') {
      out += c;
    } else {
      const unsigned char byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

std::string terminal_sanitize(std::string_view text) { return terminal_escape(text, true); }

std::string terminal_value(std::string_view text) { return terminal_escape(text, false); }

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c; break;
    }
  }
  return out;
}

std::string neutralize_formula(std::string_view text) {
  if (text.empty()) return {};
  const char first = text.front();
  const bool formula_like = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  std::string out;
  out.reserve(text.size() + 1);
  if (formula_like) out += '\'';
  out.append(text);
  return out;
}

std::string csv_field(std::string_view text) {
  const std::string neutral = neutralize_formula(text);
  std::string out;
  out.reserve(neutral.size() + 2);
  out += '"';
  for (char c : neutral) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace isms
