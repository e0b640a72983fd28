#include "isms/source_files.h"

namespace isms {

SourceFiles::SourceFiles() { files_.emplace_back(); }

std::uint32_t SourceFiles::add(SourceFile file) {
  files_.push_back(std::move(file));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::string_view SourceFiles::line_text(std::uint32_t index, std::uint32_t line) const {
  if (index == 0 || index >= files_.size() || line == 0) return {};
  std::string_view text = files_[index].contents;
  std::uint32_t current = 1;
  std::size_t start = 0;
  while (current < line) {
    std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
    ++current;
  }
  std::size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace isms
