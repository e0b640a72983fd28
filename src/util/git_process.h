#pragma once
/// Running git as a read-only helper process: the one place in isms that starts a program.
///
/// The repository may come from an untrusted pull request, and git reads configuration that
/// can name programs to run. So isms finds the git directory itself rather than letting git
/// discover one, refuses layouts that repository content can author (the files of a bare
/// repository committed into the folder, a `.git` file pointing into it), and runs only
/// read-only subcommands with a fixed environment and every program-running setting
/// overridden. docs/security.md lists each setting and why.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace isms {

/// The git repository that holds a folder, as isms found it.
struct GitLookup {
  bool found = false;
  std::string git_dir;    ///< absolute; set when found
  std::string work_tree;  ///< absolute; set when found
  /// Why git must not be run for the folder, when a layout that repository content could have
  /// written was met on the way up; empty otherwise. A refused lookup is never `found`.
  std::string refusal;
};

/// Walks up from `folder` as git's discovery would (a `.git` folder or file, or the files of a
/// bare repository, at each level), without running git.
GitLookup find_git_repository(const std::string& folder);

/// What to run and where its standard input comes from.
struct GitCommand {
  std::string folder;                   ///< the folder the command is about; git runs with it as its current folder
  std::vector<std::string> arguments;   ///< a read-only subcommand (rev-parse, rev-list, ls-tree, ls-files, cat-file, hash-object) and its arguments
  std::string input_file;               ///< standard input; empty means /dev/null
  std::size_t max_output = std::numeric_limits<std::size_t>::max();  ///< git is stopped beyond this
};

/// The fixed command line, before the subcommand, that makes git safe on hostile content:
/// `--no-pager`, the git directory and work tree found by isms, and the `-c` overrides.
std::vector<std::string> safe_git_prefix(const GitLookup& repository);

/// The whole environment git runs with: nothing from the caller but PATH and TMPDIR.
std::vector<std::string> safe_git_environment();

/// Runs git; returns its exit status, or -1 when it could not or must not run (no repository,
/// a refused layout, a subcommand that is not read-only), was stopped or died by a signal.
/// Standard output is appended to `output`; standard error is discarded.
int run_git(const GitCommand& command, std::string& output);

/// `output` without trailing line endings.
std::string trim_line_end(std::string output);

}  // namespace isms
