#pragma once
/// The command line of `isms approve`: what it prints and its exit code.

#include <string>
#include <vector>

#include "approve/approve.h"

namespace isms {

/// `isms approve` as typed: the words naming the register and repository, and the options.
struct ApproveArguments {
  std::vector<std::string> words;  ///< "scope [REPO]", "soa [REPO]" or "register NAME [REPO]"
  ApproveOptions options;
};

/// Runs `isms approve`; prints what it did on standard output, problems on standard error.
/// Returns 0 when the approval was written, else 2.
int run_approve_command(ApproveArguments arguments);

}  // namespace isms
