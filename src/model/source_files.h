#pragma once
/// The files a run has read, so that findings can name them and quote their lines.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// One file that was read.
struct SourceFile {
  std::string display_path;   ///< as shown to the user (joined with the REPO argument)
  std::string relative_path;  ///< relative to the repository root, '/'-separated
  std::string contents;       ///< the bytes read; empty if unreadable
};

/// Index 0 is reserved for "no file"; SourceLocation::file indexes this table.
class SourceFiles {
 public:
  SourceFiles();
  /// Registers a file and returns its index.
  std::uint32_t add(SourceFile file);
  /// Replaces the text of a registered file (used once the file has been read).
  void set_contents(std::uint32_t index, std::string contents) {
    files_.at(index).contents = std::move(contents);
    line_starts_.clear();
  }
  /// The file at an index (index 0 is an empty placeholder).
  const SourceFile& at(std::uint32_t index) const { return files_.at(index); }
  /// Number of entries, placeholder included.
  std::size_t size() const { return files_.size(); }
  /// The text of a 1-based line, without its line ending; empty if out of range.
  std::string_view line_text(std::uint32_t index, std::uint32_t line) const;

 private:
  std::vector<SourceFile> files_;
  /// Start offset of every line, built on first use per file so quoting stays linear.
  mutable std::vector<std::vector<std::uint32_t>> line_starts_;
};

}  // namespace isms
