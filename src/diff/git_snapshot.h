#pragma once
/// A compliance repository as it was at a git revision, written to a private temporary
/// folder. Only git's object database is read: the working tree and the index are untouched.

#include <string>

#include "util/result.h"

namespace isms {

/// A temporary folder created with mkdtemp and removed, with its contents, on destruction.
class TempFolder {
 public:
  TempFolder() = default;
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  /// Creates the folder under $TMPDIR (or /tmp).
  Status create();
  /// The folder's path; empty before create().
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Where a folder sits in its git repository.
struct GitLocation {
  std::string prefix;  ///< the folder relative to the top of the work tree, '/'-terminated; "" at the top
};

/// Where `folder` sits in the git repository holding it; an error when there is none.
Result<GitLocation> locate_in_git(const std::string& folder);

/// The full hash of the commit `revision` names in the repository holding `folder`; an error
/// when it names none.
Result<std::string> resolve_commit(const std::string& folder, const std::string& revision);

/// The YAML files (and symlinks) under `location.prefix` at `commit`, written below `into`.
/// Returns the folder that corresponds to the compliance repository.
Result<std::string> write_snapshot(const std::string& folder, const GitLocation& location, const std::string& commit,
                                   const TempFolder& into);

}  // namespace isms
