#pragma once
/// What the two ways of merging into a register file share: they edit its text line by line,
/// so that every line they do not change survives byte for byte.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// The text's lines, without their LF (a CR before it stays, so a CRLF file keeps its endings).
std::vector<std::string> split_lines(std::string_view text);

/// YAML also breaks lines at a lone CR, NEL, LS and PS; the parser's line numbers would then
/// run past the lines split here, so such a file is refused rather than merged on wrong lines.
bool has_other_line_breaks(std::string_view text);

bool blank_or_comment(const std::string& line);

/// The last line of a span that may run up to `bound`, less the blank and comment lines at its end.
std::uint32_t back_off(const std::vector<std::string>& lines, std::uint32_t first, std::uint32_t bound);

/// `line` moved right (delta > 0) or left by up to -delta spaces.
std::string shifted(const std::string& line, int delta);

/// Replace the lines [first, last] (1-based, inclusive) with `lines`; first = last + 1 inserts.
struct LineEdit {
  std::uint32_t first = 0, last = 0;
  std::vector<std::string> lines;
};

}  // namespace isms
