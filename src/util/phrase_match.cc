#include "util/phrase_match.h"

#include <cctype>

namespace isms {
namespace {

/// True for letters and digits.
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// True for what may separate the words of a phrase: blanks, hyphens, slashes and underscores.
bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '/' || c == '_';
}

/// Where `phrase` ends if it starts at `at` in `text` (both lower case), or npos. A space in the
/// phrase stands for any run of separators, so "fine tuning" also matches "fine-tuning".
std::size_t match_phrase_at(std::string_view text, std::size_t at, std::string_view phrase) {
  std::size_t cursor = at;
  for (const char wanted : phrase) {
    if (cursor >= text.size()) return std::string_view::npos;
    if (wanted != ' ') {
      if (text[cursor] != wanted) return std::string_view::npos;
      ++cursor;
      continue;
    }
    if (!is_separator(text[cursor])) return std::string_view::npos;
    while (cursor < text.size() && is_separator(text[cursor])) ++cursor;
  }
  return cursor;
}

/// True when nothing but blanks separates `at` from a punctuation mark or the end of the text.
bool at_clause_end(std::string_view text, std::size_t at) {
  const std::size_t next = text.find_first_not_of(" \t\r\n", at);
  return next == std::string_view::npos || std::string_view(".,;:)!?").find(text[next]) != std::string_view::npos;
}

}  // namespace

/// The first whole-word occurrence of `phrase` in `text` (both lower case). A plural "s" after
/// the phrase still counts as the phrase.
PhraseMatch find_phrase(std::string_view text, std::string_view phrase, bool must_end_clause) {
  const char first = phrase.front();
  for (std::size_t at = text.find(first); at != std::string_view::npos; at = text.find(first, at + 1)) {
    if (at > 0 && is_word_char(text[at - 1])) continue;
    std::size_t end = match_phrase_at(text, at, phrase);
    if (end == std::string_view::npos) continue;
    if (end < text.size() && text[end] == 's') ++end;
    if (end < text.size() && is_word_char(text[end])) continue;
    if (must_end_clause && !at_clause_end(text, end)) continue;
    return PhraseMatch{at, end};
  }
  return PhraseMatch{};
}

/// True when `phrase` occurs in `lowered_text` as whole words.
bool mentions(std::string_view lowered_text, std::string_view phrase) {
  return find_phrase(lowered_text, phrase).found();
}

/// The words of `text` that a match in its lower-case copy covers, as the author wrote them but
/// on one line, for quoting in a message.
std::string matched_words(std::string_view text, const PhraseMatch& match) {
  std::string words;
  for (const char c : text.substr(match.begin, match.end - match.begin)) {
    const bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (!blank) {
      words += c;
    } else if (words.back() != ' ') {
      words += ' ';
    }
  }
  return words;
}

}  // namespace isms
