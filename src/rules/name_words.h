#pragma once
/// Telling whether a free text names a record: the words that set a name apart from others
/// ("Northwind Assist" is told by "assist", not by "the" or the organisation's own name), and
/// whether enough of them occur in the text. Used by the rules that read the scope statement
/// and the free-text locations of assets against the scope's lists.

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/model.h"

namespace isms {

/// The lower-case words of a text; a hyphen joins ("fine-tuning", "self-service").
std::vector<std::string> words_of(std::string_view text);

/// True for words that say what kind of thing a name is rather than which one it is
/// ("service", "platform", "the", "ltd").
bool is_generic_word(std::string_view lowered_word);

/// The words of the organisation's and its legal entities' names, lower case.
std::unordered_set<std::string> organisation_words(const Manifest& manifest);

/// What tells a name apart: its words without generic ones, the organisation's own words and a
/// parenthesised remark ("(legacy, end of life 2027)").
std::vector<std::string> distinctive_words(std::string_view name, const std::unordered_set<std::string>& own_name);

/// True when a text whose words are `text` names something whose distinctive words are
/// `name`: at least two thirds of them occur, so "the managed payroll service" names
/// "Harbourline Managed Payroll". A name of no distinctive words cannot be told apart and counts
/// as named.
bool text_names(const std::unordered_set<std::string>& text, const std::vector<std::string>& name);

}  // namespace isms
