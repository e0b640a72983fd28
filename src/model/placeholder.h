#pragma once
/// The one placeholder detector: every rule and every document decides with it whether a value
/// is template or fill-in text rather than content. See docs/rules/PLH001.md for the rules.

#include <optional>
#include <string>
#include <string_view>

namespace isms {

/// What the field holds. A reason field (a justification, rationale or reasoning) must give a
/// reason, so "N/A" or "not applicable" there is a placeholder; in a name it may be an answer.
enum class FieldKind { Text, Reason };

/// The placeholder marker found in `text` ("TODO", "To be assessed", "YYYY-MM-DD", "<name>"),
/// or nothing when the text reads as content.
std::optional<std::string> find_placeholder(std::string_view text, FieldKind kind = FieldKind::Text);

/// True when `text` holds placeholder text.
inline bool is_placeholder(std::string_view text, FieldKind kind = FieldKind::Text) {
  return find_placeholder(text, kind).has_value();
}

}  // namespace isms
