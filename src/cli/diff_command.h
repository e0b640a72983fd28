#pragma once
/// The `isms diff` command line: the arguments as typed, and the command that runs them.

#include <string>

namespace isms {

/// Options of `isms diff` as typed on the command line.
struct DiffArguments {
  std::string base;
  std::string head;
  std::string repository = ".";
  std::string format = "text";
  std::string output;
  bool force = false;  ///< write -o over a file of the repository, or through a symlink in it
  std::string as_of;
  std::string fail_on_new;  ///< empty: never exit 1
};

/// Runs `isms diff`; returns the exit code: 0 compared, 1 new findings at or above
/// --fail-on-new, 2 usage error or a side that cannot be read.
int run_diff_command(const DiffArguments& arguments);

}  // namespace isms
