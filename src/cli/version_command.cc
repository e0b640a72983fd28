#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/console.h"

namespace isms {

std::unique_ptr<CommandArguments> define_version_command(CLI::App&) { return std::make_unique<CommandArguments>(); }

ExitCode run_version_command(CommandArguments&, const CLI::App&) {
  // Checked: a version line lost to a full disk or a closed pipe is an error, not a success.
  return write_stdout_exactly(fmt::format("isms {}\n", ISMS_VERSION));
}

}  // namespace isms
