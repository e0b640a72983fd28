#include "util/output_target.h"

#include <filesystem>

#include <fmt/format.h>

#include "util/path_containment.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

bool is_yaml(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

/// `path` made absolute and lexically normal, without the empty last part a trailing '/' leaves.
fs::path normal_absolute(const std::string& path, std::error_code& error) {
  fs::path normal = fs::absolute(path, error).lexically_normal();
  if (normal.filename().empty() && normal.has_parent_path()) normal = normal.parent_path();
  return normal;
}

/// The first symlink on the way from `root` down to `target` (both lexically normal), or "".
fs::path symlink_on_the_way(const fs::path& root, const fs::path& target) {
  fs::path walked = root;
  auto component = target.begin();
  for (auto skip = root.begin(); skip != root.end(); ++skip) ++component;
  for (; component != target.end(); ++component) {
    walked /= *component;
    std::error_code error;
    if (fs::is_symlink(fs::symlink_status(walked, error))) return walked;
  }
  return {};
}

}  // namespace

Status check_output_target(const std::string& output, const std::string& repository, OutputKind kind, bool force) {
  if (output.empty() || output == "-") return Done{};
  std::error_code error;
  const fs::path root = normal_absolute(repository, error);
  const fs::path target = normal_absolute(output, error);
  const fs::path canonical_root = fs::weakly_canonical(repository, error);
  const fs::path canonical_target = fs::weakly_canonical(output, error);
  if (error) return Error{fmt::format("cannot resolve the output path {}: {}", output, error.message())};
  if (is_within(target, root)) {
    const fs::path link = symlink_on_the_way(root, target);
    if (!link.empty() && !force) {
      return Error{fmt::format("{} leads through the symlink {} inside the repository, which may point anywhere; "
                               "write elsewhere, or use --force",
                               output, link.lexically_relative(root).generic_string())};
    }
  }
  // import checks an existing output itself: replacing a register is what it is for.
  if (kind == OutputKind::Register) return Done{};
  if (!is_within(canonical_target, canonical_root)) return Done{};
  // A report written as a YAML file inside the repository would be read as a register next time.
  if (is_yaml(canonical_target)) {
    return Error{fmt::format("{} is a YAML file of the repository; write the output to another path", output)};
  }
  if (!fs::exists(canonical_target, error)) return Done{};
  if (!force) return Error{fmt::format("{} is a file of the repository; use --force to replace it", output)};
  return Done{};
}

}  // namespace isms
