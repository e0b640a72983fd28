#include "util/text_util.h"

#include <algorithm>
#include <cctype>

namespace isms {
namespace {

/// True for 0-9.
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

/// True for letters and digits.
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// True for the characters an id may contain.
bool is_id_char(char c) { return is_word_char(c) || c == '_' || c == '-' || c == '.'; }

}  // namespace

std::string_view trimmed(std::string_view text, std::string_view blanks) {
  const std::size_t first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

bool is_blank(std::string_view text) { return text.find_first_not_of(kBlankCharacters) == std::string_view::npos; }

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_case(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = ascii_lower(c);
  return lowered;
}

std::string upper_case(std::string_view text) {
  std::string raised(text);
  for (char& c : raised) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return raised;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && equals_ignoring_case(text.substr(text.size() - suffix.size()), suffix);
}

bool cites_version(std::string_view text, std::string_view version) {
  if (version.empty()) return false;
  for (std::size_t at = text.find(version); at != std::string_view::npos; at = text.find(version, at + 1)) {
    const std::size_t end = at + version.size();
    const char before = at == 0 ? ' ' : text[at - 1];
    const bool clean_start = (!is_word_char(before) && before != '.') || before == 'v' || before == 'V';
    // A trailing full stop ends the sentence; a full stop followed by a digit continues the number.
    const bool dotted_on = end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1]);
    const bool continues = end < text.size() && (is_word_char(text[end]) || dotted_on);
    if (clean_start && !continues) return true;
  }
  return false;
}

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

void collect_id_words(std::string_view text, std::unordered_set<std::string>& ids) {
  std::size_t at = 0;
  while (at < text.size()) {
    if (!is_id_char(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_id_char(text[end])) ++end;
    std::string_view word = text.substr(at, end - at);
    // A full stop after an id ends the sentence.
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (!word.empty()) ids.emplace(word);
    at = end;
  }
}

std::string comparison_key(std::string_view text) { return lower_case(collapse_whitespace(text)); }

}  // namespace isms
