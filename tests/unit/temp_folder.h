#pragma once
// A folder of files for one test, in the system's temporary folder, removed at the end.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

/// A fresh temporary folder that tests write repository files into.
class TempFolder {
 public:
  explicit TempFolder(const std::string& prefix) {
    std::random_device random;
    root_ = std::filesystem::temp_directory_path() / (prefix + std::to_string(random()));
    std::filesystem::create_directories(root_);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  /// Writes a file, creating its folders.
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative) << text;
  }
  std::string path() const { return root_.string(); }
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};
