#include "import/merge_lines.h"

#include <algorithm>

namespace isms {

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find('\n', at);
    lines.emplace_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return lines;
}

bool has_other_line_breaks(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\r' && (at + 1 == text.size() || text[at + 1] != '\n')) return true;
  }
  return text.find("\xC2\x85") != std::string_view::npos || text.find("\xE2\x80\xA8") != std::string_view::npos ||
         text.find("\xE2\x80\xA9") != std::string_view::npos;
}

bool blank_or_comment(const std::string& line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  return first == std::string::npos || line[first] == '#';
}

std::uint32_t back_off(const std::vector<std::string>& lines, std::uint32_t first, std::uint32_t bound) {
  while (bound > first && blank_or_comment(lines[bound - 1])) --bound;
  return bound;
}

std::string shifted(const std::string& line, int delta) {
  if (delta >= 0) return std::string(static_cast<std::size_t>(delta), ' ') + line;
  const std::size_t spaces = std::min(line.find_first_not_of(' '), static_cast<std::size_t>(-delta));
  return line.substr(spaces == std::string::npos ? line.size() : spaces);
}

}  // namespace isms
