#pragma once
/// Small text helpers shared by the document renderers and the diff.

#include <string>
#include <string_view>

namespace isms {

/// Runs of whitespace, line breaks included, become one space, and the ends are trimmed:
/// what YAML folding leaves in long texts before they go into one paragraph or table cell.
std::string collapse_whitespace(std::string_view text);

/// The text in lower case (ASCII letters), for comparing words in any case.
std::string lower_case(std::string_view text);

/// What two free texts are compared by when case and spacing must not matter ("Key  management"
/// is "key management"): whitespace collapsed, then lower case.
std::string comparison_key(std::string_view text);

}  // namespace isms
