#pragma once
/// A compliance repository as it was at a git revision, written to a private temporary
/// folder. Only git's object database is read: the working tree and the index are untouched.

#include <string>

namespace isms {

/// A temporary folder created with mkdtemp and removed, with its contents, on destruction.
class TempFolder {
 public:
  TempFolder() = default;
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  /// Creates the folder under $TMPDIR (or /tmp); false and `error` set on failure.
  bool create(std::string& error);
  /// The folder's path; empty before create().
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Where a folder sits in its git repository.
struct GitLocation {
  std::string prefix;  ///< the folder relative to the top of the work tree, '/'-terminated; "" at the top
};

/// Finds the git repository holding `folder`; false and `error` set when there is none.
bool locate_in_git(const std::string& folder, GitLocation& location, std::string& error);

/// The full hash of the commit `revision` names in the repository holding `folder`; false
/// and `error` set when it names none.
bool resolve_commit(const std::string& folder, const std::string& revision, std::string& commit, std::string& error);

/// The YAML files (and symlinks) under `location.prefix` at `commit`, written below `into`.
/// Returns the folder that corresponds to the compliance repository, or "" with `error` set.
std::string write_snapshot(const std::string& folder, const GitLocation& location, const std::string& commit,
                           const TempFolder& into, std::string& error);

}  // namespace isms
