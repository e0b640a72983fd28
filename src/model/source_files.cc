#include "model/source_files.h"

namespace isms {

SourceFiles::SourceFiles() { files_.emplace_back(); }

std::uint32_t SourceFiles::add(SourceFile file) {
  files_.push_back(std::move(file));
  line_starts_.clear();
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::string_view SourceFiles::line_text(std::uint32_t index, std::uint32_t line) const {
  if (index == 0 || index >= files_.size() || line == 0) return {};
  std::string_view text = files_[index].contents;
  if (line_starts_.size() < files_.size()) line_starts_.resize(files_.size());
  std::vector<std::uint32_t>& starts = line_starts_[index];
  if (starts.empty()) {
    starts.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      starts.push_back(static_cast<std::uint32_t>(at + 1));
    }
  }
  if (line > starts.size()) return {};
  const std::size_t start = starts[line - 1];
  if (start > text.size()) return {};
  std::size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace isms
