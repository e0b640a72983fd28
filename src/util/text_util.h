#pragma once
/// The text helpers shared by every layer: trimming, blank tests, case folding and comparing
/// free text. They work on ASCII letters and spaces only, because the registers' keywords and
/// the words the rules look for are ASCII, and a locale must not change a verdict.

#include <string>
#include <string_view>
#include <unordered_set>

namespace isms {

/// The white space that trimming and blank tests skip: space, tab, line feed, carriage return.
inline constexpr std::string_view kBlankCharacters = " \t\r\n";

/// The text without leading and trailing `blanks`.
std::string_view trimmed(std::string_view text, std::string_view blanks = kBlankCharacters);

/// True when the text is empty or only white space.
bool is_blank(std::string_view text);

/// Runs of whitespace, line breaks included, become one space, and the ends are trimmed:
/// what YAML folding leaves in long texts before they go into one paragraph or table cell.
std::string collapse_whitespace(std::string_view text);

/// The letter in lower case (ASCII letters only).
char ascii_lower(char c);

/// The text in lower case (ASCII letters), for comparing words in any case.
std::string lower_case(std::string_view text);

/// The text in upper case (ASCII letters), for codes typed in any case ("id002").
std::string upper_case(std::string_view text);

/// True when the texts are equal but for the case of ASCII letters.
bool equals_ignoring_case(std::string_view a, std::string_view b);
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix);
bool ends_with_ignoring_case(std::string_view text, std::string_view suffix);

/// True when `version` occurs in `text` as a whole version number: "2.1" is cited by
/// "version 2.1." and "v2.1" but not by "version 2.10", "12.1" or "2.1.3".
bool cites_version(std::string_view text, std::string_view version);

/// The number of characters (not bytes) of UTF-8 text.
std::size_t character_count(std::string_view text);

/// Adds to `ids` every id-shaped word of `text` ("REQ-7" from "see REQ-7."), so that whether a
/// text mentions an id is one lookup.
void collect_id_words(std::string_view text, std::unordered_set<std::string>& ids);

/// What two free texts are compared by when case and spacing must not matter ("Key  management"
/// is "key management"): whitespace collapsed, then lower case.
std::string comparison_key(std::string_view text);

}  // namespace isms
