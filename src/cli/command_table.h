#pragma once
/// The commands of `isms`, one row each, as ninja keeps its tools: the row names the command,
/// says what it does and whether it reads a repository, and points at the functions that define
/// its options and run it. run_cli walks the table; nothing else lists the commands.

#include <memory>
#include <span>
#include <string_view>

#include "cli/exit_codes.h"

namespace CLI {
class App;
}

namespace isms {

/// What a command's options write into while the command line is parsed, and what its run then
/// reads. Each command derives its own from this; the table pairs each `define` with the `run`
/// that knows the type it created.
struct CommandArguments {
  virtual ~CommandArguments() = default;
};

struct Command {
  std::string_view name;
  std::string_view summary;  ///< the line `isms --help` and the completion scripts show
  bool needs_repository;     ///< reads a compliance repository (a folder with isms.yaml)
  /// Adds the command's positionals and options to `command`, bound to the arguments it returns.
  std::unique_ptr<CommandArguments> (*define)(CLI::App& command);
  /// Runs the command with the arguments `define` returned, once parsed; `isms` is the whole
  /// command line, which `isms completion` describes.
  ExitCode (*run)(CommandArguments& arguments, const CLI::App& isms);
};

/// Every command, in the order `isms --help` lists them.
std::span<const Command> command_table();

}  // namespace isms
