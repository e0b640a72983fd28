#include "util/path_containment.h"

#include <algorithm>
#include <system_error>

namespace isms {
namespace fs = std::filesystem;

bool is_within(const fs::path& path, const fs::path& folder) {
  fs::path outer = folder;
  // A trailing '/' leaves an empty last component, which no path under the folder has.
  if (outer.filename().empty() && outer.has_parent_path() && outer != outer.root_path()) outer = outer.parent_path();
  auto [outer_end, unused] = std::mismatch(outer.begin(), outer.end(), path.begin(), path.end());
  return outer_end == outer.end();
}

Containment resolve_containment(const fs::path& root, const fs::path& path, fs::path* resolved) {
  std::error_code error;
  const fs::path target = fs::weakly_canonical(path, error);
  if (error == std::errc::too_many_symbolic_link_levels) return Containment::Loop;
  if (error) return Containment::Outside;
  const fs::path canonical_root = fs::weakly_canonical(root, error);
  if (error) return Containment::Outside;
  if (resolved != nullptr) *resolved = target;
  return is_within(target, canonical_root) ? Containment::Inside : Containment::Outside;
}

}  // namespace isms
