#pragma once
/// Running git as a read-only helper process. The repository may come from an untrusted pull
/// request, so git runs without optional locks, hooks, fsmonitor or prompts, and with none of
/// the caller's GIT_* variables.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace isms {

/// What to run and where its standard input comes from.
struct GitCommand {
  std::string folder;                   ///< passed as `git -C folder`
  std::vector<std::string> arguments;   ///< after the safety options
  std::string input_file;               ///< standard input; empty means /dev/null
  std::size_t max_output = std::numeric_limits<std::size_t>::max();  ///< git is stopped beyond this
};

/// Runs git; returns its exit status, or -1 when it could not run, was stopped or died by a
/// signal. Standard output is appended to `output`; standard error is discarded.
int run_git(const GitCommand& command, std::string& output);

/// `output` without trailing line endings.
std::string trim_line_end(std::string output);

}  // namespace isms
