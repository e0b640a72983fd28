#include "model/placeholder.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "util/text_util.h"

namespace isms {
namespace {

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) != 0 || c == '_';  // non-ASCII letters are word bytes too
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

/// The whole value lower-cased, without surrounding blanks and trailing periods or colons.
std::string whole_value(std::string_view text) {
  text = trimmed(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ':')) text.remove_suffix(1);
  return lower_case(trimmed(text));
}

/// Where `word` occurs as a whole word (not inside a longer one), or npos.
std::size_t find_word(std::string_view text, std::string_view word, bool ignore_case) {
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    const std::string_view candidate = text.substr(at, word.size());
    if (!(ignore_case ? equals_ignoring_case(candidate, word) : candidate == word)) continue;
    const bool starts = at == 0 || !is_word_byte(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !is_word_byte(text[at + word.size()]);
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}

/// Markers people type in capitals while writing: the capitals are what tells them apart from
/// words of the same letters ("a todo-list app"), so they are matched case-sensitively (XXX is
/// find_x_mask's)...
constexpr std::array<std::string_view, 2> kCapitalMarkers = {"TODO", "TBC"};
/// ...except those that are never ordinary words, and the date masks.
constexpr std::array<std::string_view, 3> kAnyCaseMarkers = {"TBD", "FIXME", "YYYY"};
constexpr std::array<std::string_view, 5> kDayMonthMasks = {"MM-DD", "DD-MM", "MM/DD", "DD/MM", "DD.MM"};

/// Template phrases that stand for a decision not yet taken. They count only where the value
/// starts with them: "Changes are to be assessed by the CAB" is content.
constexpr std::array<std::string_view, 11> kOpeningPhrases = {
    "to be assessed", "to be determined", "to be confirmed", "to be defined", "to be decided", "to be completed",
    "to be written",  "to be added",      "to be agreed",    "to be reviewed", "todo"};

/// Whole values that give no reason where a reason is required.
constexpr std::array<std::string_view, 12> kNoReasons = {"n/a",  "na", "n.a", "not applicable", "none", "nil",
                                                          "-",    "--", "?",   "no reason",      "see above", "..."};

/// How a bracketed fill-in starts: "[insert date]", "[Company name]", "[...]". Other brackets
/// hold references in real content ("[A.5.1]", "[1]", "[GDPR]"), so they are not matched.
constexpr std::array<std::string_view, 20> kBracketOpenings = {
    "insert", "enter", "add",  "fill",  "describe", "specify",     "your",  "name",  "company", "organisation",
    "organization", "date", "owner", "replace", "placeholder", "to be", "tbd", "tbc", "todo", "xxx"};

bool starts_with_phrase(std::string_view text, std::string_view phrase) {
  if (text.size() < phrase.size() || !equals_ignoring_case(text.substr(0, phrase.size()), phrase)) return false;
  return text.size() == phrase.size() || !is_letter(text[phrase.size()]);
}

/// A word of three or more X's, the mask for a number or name ("XXXX-XXXX"); "XXXL" is a word.
std::optional<std::string> find_x_mask(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (!is_word_byte(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c == 'X' || c == 'x'; })) {
      return std::string(word);
    }
    at = end;
  }
  return std::nullopt;
}

/// "<organisation name>": a letter right after '<', a non-blank before '>', nothing but letters,
/// digits, blanks and _ - ' . between, and more than one word, so "<= 30 days", "a < b > c",
/// "<alex@example.com>" and HTML tags are not fill-in markers.
std::optional<std::string> find_angle_marker(std::string_view text) {
  for (std::size_t open = text.find('<'); open != std::string_view::npos; open = text.find('<', open + 1)) {
    if (open + 1 >= text.size() || !is_letter(text[open + 1])) continue;
    std::size_t close = open + 1;
    while (close < text.size() && close - open <= 80 &&
           (is_word_byte(text[close]) || std::string_view(" -'.").find(text[close]) != std::string_view::npos)) {
      ++close;
    }
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    // A single word is markup ("<td>", "<script>"); a fill-in names a thing: "<product name>".
    const bool names_a_thing = inside.find_first_of(" _-") != std::string_view::npos;
    if (close < text.size() && text[close] == '>' && text[close - 1] != ' ' && names_a_thing) {
      return std::string(text.substr(open, close - open + 1));
    }
  }
  return std::nullopt;
}

std::optional<std::string> find_bracket_marker(std::string_view text) {
  // The next ']' is searched for only once it lies behind: "[[[[…]" stays linear.
  std::size_t close = 0;
  for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
    if (close <= open) close = text.find(']', open + 1);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view inside = trimmed(text.substr(open + 1, close - open - 1));
    const bool empty_fill = inside.empty() || inside == "..." || inside == "\xE2\x80\xA6" || inside == "?";
    const bool instruction = std::any_of(kBracketOpenings.begin(), kBracketOpenings.end(),
                                         [inside](std::string_view opening) { return starts_with_phrase(inside, opening); });
    if (empty_fill || instruction) return std::string(text.substr(open, close - open + 1));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_placeholder(std::string_view text, FieldKind kind) {
  const std::string_view value = trimmed(text);
  for (std::string_view phrase : kOpeningPhrases) {
    if (starts_with_phrase(value, phrase)) return std::string(value.substr(0, phrase.size()));
  }
  for (std::string_view marker : kCapitalMarkers) {
    if (find_word(value, marker, false) != std::string_view::npos) return std::string(marker);
  }
  for (std::string_view marker : kAnyCaseMarkers) {
    const std::size_t at = find_word(value, marker, true);
    if (at != std::string_view::npos) return std::string(value.substr(at, marker.size()));
  }
  for (std::string_view mask : kDayMonthMasks) {
    if (find_word(value, mask, false) != std::string_view::npos) return std::string(mask);
  }
  if (auto mask = find_x_mask(value)) return mask;
  const std::string lowered = whole_value(value);
  if (lowered.find("lorem ipsum") != std::string::npos) return std::string("lorem ipsum");
  if (lowered == "tbc" || lowered == "placeholder") return lowered;
  const std::size_t mustache = value.find("{{");
  if (mustache != std::string_view::npos && value.find("}}", mustache) != std::string_view::npos) {
    return std::string(value.substr(mustache, value.find("}}", mustache) + 2 - mustache));
  }
  if (auto marker = find_angle_marker(value)) return marker;
  if (auto marker = find_bracket_marker(value)) return marker;
  if (kind == FieldKind::Reason &&
      std::find(kNoReasons.begin(), kNoReasons.end(), lowered) != kNoReasons.end()) {
    return std::string(value);
  }
  return std::nullopt;
}

}  // namespace isms
