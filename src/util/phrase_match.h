#pragma once
/// Finding phrases in free text the way a reader would: whole words, any case, a plural "s",
/// hyphens and slashes between words. Used by the rules that read scope statements,
/// exclusions and technology descriptions.

#include <cstddef>
#include <string>
#include <string_view>

#include "util/text_util.h"  // lower_case, which callers use to prepare the text

namespace isms {

/// Where a phrase was found in a text: [begin, end), or begin == npos when it was not.
struct PhraseMatch {
  std::size_t begin = std::string_view::npos;
  std::size_t end = std::string_view::npos;
  bool found() const { return begin != std::string_view::npos; }
};

/// The first whole-word occurrence of `phrase` in `text` (both lower case). A space in the
/// phrase stands for any run of blanks, hyphens, slashes and underscores ("fine tuning" matches
/// "fine-tuning"), and a plural "s" after the phrase still counts as the phrase. With
/// `must_end_clause`, only an occurrence followed by punctuation or the end of the text counts.
PhraseMatch find_phrase(std::string_view text, std::string_view phrase, bool must_end_clause = false);

/// True when `phrase` occurs in `lowered_text` as whole words.
bool mentions(std::string_view lowered_text, std::string_view phrase);

/// The words of `text` that a match in its lower-case copy covers, as the author wrote them but
/// on one line, for quoting in a message.
std::string matched_words(std::string_view text, const PhraseMatch& match);

}  // namespace isms
