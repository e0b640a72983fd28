#pragma once
/// The git commit a repository folder was rendered from, for traceable documents.

#include <string>

namespace isms {

/// The checked-out commit and whether the folder differs from it.
struct GitRevision {
  std::string commit;  ///< full hash; empty when the folder is not in a git checkout
  bool modified = false;  ///< tracked files under the folder differ from the commit
};

/// Asks git about the folder. Never writes: optional locks are off, and hooks such as
/// fsmonitor are disabled, because the repository may come from an untrusted pull request.
GitRevision read_git_revision(const std::string& folder);

}  // namespace isms
