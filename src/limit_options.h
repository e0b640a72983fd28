#pragma once
/// The --max-* options that tune the resource limits, shared by the commands that load a repository.

#include "isms/limits.h"

namespace CLI {
class App;
}

namespace isms {

/// Adds --max-file-size, --max-files, --max-depth, --max-aliases and --max-scalar-size to
/// `command`, writing into `limits`. Each accepts values only within safe bounds.
void add_limit_options(CLI::App& command, Limits& limits);

}  // namespace isms
