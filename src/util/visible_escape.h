#pragma once
/// Code points that a terminal acts on instead of showing, and how isms shows them instead.

#include <cstdint>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace isms {

/// C0 controls but TAB and LF, DEL, the C1 controls, the bidirectional controls behind "Trojan
/// Source" (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and
/// paragraph separators U+2028 and U+2029.
bool is_terminal_control(std::uint32_t code_point);

/// Appends the visible form of a control or of an invalid byte (`decoded` as decode_utf8 gave
/// it, `original` its bytes): `\e`, `\r`, `\t`, `\n`, `\xNN` below U+0080 and for an invalid
/// byte, `\uNNNN` above. Always ASCII.
void append_visible(std::string& out, CodePoint decoded, std::string_view original);

/// Every control and invalid byte of `text` in its visible form; TAB and LF stay when
/// `keep_line_breaks`, and become `\t` and `\n` otherwise.
std::string terminal_escape(std::string_view text, bool keep_line_breaks);

}  // namespace isms
