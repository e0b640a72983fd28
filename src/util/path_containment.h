#pragma once
/// Whether a path stays inside a folder: the one test behind every file isms reads from a
/// repository (registers, the manifest, templates) and every place it may write.

#include <filesystem>

namespace isms {

/// True when `path` is `folder` or lies under it, comparing whole components (so `/a/bc` is
/// not under `/a/b`). Both must already be in the same form: both canonical, or both
/// absolute and lexically normal.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

/// Where a path leads once every symlink on it is resolved.
enum class Containment {
  Inside,   ///< it resolves to `root` or below it
  Outside,  ///< it resolves elsewhere, or cannot be resolved
  Loop,     ///< a symlink on it leads back to itself
};

/// Resolves `path` (which need not exist yet) and `root`, following every symlink, and says
/// whether the first stays within the second. `resolved`, when given, receives where `path`
/// leads.
Containment resolve_containment(const std::filesystem::path& root, const std::filesystem::path& path,
                                std::filesystem::path* resolved = nullptr);

}  // namespace isms
