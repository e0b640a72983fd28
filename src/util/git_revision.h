#pragma once
/// The git commit a repository folder was rendered from, for traceable documents.

#include <string>

namespace isms {

/// The checked-out commit and whether the folder differs from it.
struct GitRevision {
  std::string commit;  ///< full hash; empty when the folder is not in a git checkout
  bool modified = false;  ///< files under the folder differ from the commit, or new ones are there
};

/// Asks git about the folder through run_git, which makes git safe on hostile content; never
/// writes, and runs no filter, hook or transport.
GitRevision read_git_revision(const std::string& folder);

}  // namespace isms
