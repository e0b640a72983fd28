#pragma once
/// A value from a closed list (a schema `enum`) held as a C++ enum, with where it was written.
/// The text of each enumerator is declared once, beside the enum (model/choices.h), and the record
/// declarations (model/records/) name the same list, so decoding, display and the schema agree.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace isms {

/// An enumerated field. `known` is false when the field is absent, or written with a text that is
/// not one of the declared values (the schema reports that); `unknown_text` then keeps what was
/// written, so that messages and diffs show it as before.
template <typename E>
struct Choice {
  E value{};
  SourceLocation location;
  bool present = false;
  bool known = false;
  std::string unknown_text;

  /// True when the field holds exactly `wanted`.
  bool is(E wanted) const { return known && value == wanted; }
};

/// The declared text of an enumerator: each enum E has `declared_values(E)`, found by argument
/// lookup, listing its texts in the enumerators' order.
template <typename E>
constexpr std::string_view text_of(E value) {
  return declared_values(E{})[static_cast<std::size_t>(value)];
}

/// The field as text: its declared text, what was written when that is not declared, or "".
template <typename E>
std::string text_of(const Choice<E>& choice) {
  if (choice.known) return std::string(text_of(choice.value));
  return choice.unknown_text;
}

/// Sets `out` from the text written at `where`.
template <typename E>
void assign_choice(Choice<E>& out, std::string_view written, SourceLocation where) {
  out = Choice<E>{};
  out.location = where;
  out.present = true;
  const std::span<const std::string_view> values = declared_values(E{});
  for (std::size_t index = 0; index < values.size(); ++index) {
    if (values[index] == written) {
      out.value = static_cast<E>(index);
      out.known = true;
      return;
    }
  }
  out.unknown_text = std::string(written);
}

}  // namespace isms
