#include "escape.h"

#include <cstdint>

namespace isms {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

/// One decoded UTF-8 sequence; code_point is kInvalid for a byte that starts no valid sequence.
struct CodePoint {
  static constexpr std::uint32_t kInvalid = 0xFFFFFFFF;
  std::uint32_t code_point = kInvalid;
  std::size_t length = 1;
};

/// Decodes the sequence at `at`, rejecting overlong forms, surrogates and values above U+10FFFF.
CodePoint decode_utf8(std::string_view text, std::size_t at) {
  const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
  } else {
    return {};
  }
  static constexpr std::uint32_t kLeadMask[] = {0, 0, 0x1F, 0x0F, 0x07};
  static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  std::uint32_t value = lead & kLeadMask[length];
  const std::uint32_t minimum = kSmallest[length];
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(at + i);
    if ((continuation & 0xC0) != 0x80) return {};
    value = (value << 6) | (continuation & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
  return {value, length};
}

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

/// Code points a terminal acts on instead of showing: C0, DEL, C1 and the bidi overrides behind "Trojan Source".
bool is_terminal_control(std::uint32_t code_point) {
  if (code_point == '\t' || code_point == '\n') return false;
  if (code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F)) return true;
  return (code_point >= 0x202A && code_point <= 0x202E) || (code_point >= 0x2066 && code_point <= 0x2069);
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

std::string terminal_sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint decoded = decode_utf8(text, at);
    if (decoded.code_point == CodePoint::kInvalid || is_terminal_control(decoded.code_point)) {
      out += kReplacementCharacter;
    } else {
      out += text.substr(at, decoded.length);
    }
    at += decoded.length;
  }
  return out;
}

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
