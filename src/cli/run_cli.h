#pragma once
/// The command line: parses arguments and dispatches to the command table.

namespace isms {

/// Runs `isms` with the process arguments and returns the exit code.
int run_cli(int argc, char** argv);

}  // namespace isms
