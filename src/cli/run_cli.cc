#include "cli/run_cli.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/cli_suggestions.h"
#include "cli/command_table.h"
#include "cli/console.h"
#include "util/suggest.h"

namespace isms {
namespace {

/// CLI11's errors in the same style as ours, with a pointer to the help.
std::string failure_message(const CLI::App* app, const CLI::Error& error) {
  std::string command = app->get_name();
  // The error is raised by the top-level parser; the help worth reading is the command's.
  if (const std::vector<CLI::App*> parsed = app->get_subcommands(); command == "isms" && !parsed.empty()) {
    command = parsed.front()->get_name();
  }
  return fmt::format("isms: error: {}\nRun '{} --help' for usage.\n", with_value_suggestion(error.what()),
                     command == "isms" ? std::string("isms") : "isms " + command);
}

/// A row of the table as added to the parser: its subcommand and the arguments it fills.
struct DefinedCommand {
  const Command* command;
  CLI::App* app;
  std::unique_ptr<CommandArguments> arguments;
};

/// True, after saying so, when the first word is no command: said before CLI11 would take it
/// for a stray argument.
bool is_unknown_command(int argc, char** argv) {
  if (argc <= 1 || argv[1][0] == '-') return false;
  const std::string command = argv[1];
  std::vector<std::string> known;
  for (const Command& row : command_table()) known.emplace_back(row.name);
  if (std::find(known.begin(), known.end(), command) != known.end()) return false;
  print_error(fmt::format("unknown command '{}'{}", command, did_you_mean(command, known)));
  write_stderr("Run 'isms --help' for the commands.\n");
  return true;
}

ExitCode run(int argc, char** argv) {
  CLI::App app{"isms: check an ISO/IEC 27001:2022 ISMS kept as YAML files", "isms"};
  app.failure_message(failure_message);
  app.set_version_flag("--version", std::string("isms ") + ISMS_VERSION);
  app.require_subcommand(1);
  std::vector<DefinedCommand> defined;
  for (const Command& command : command_table()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    defined.push_back({&command, sub, command.define(*sub)});
  }

  if (is_unknown_command(argc, argv)) return ExitCode::UsageError;
  if (const Status options = check_known_options(app, argc, argv); !options) {
    print_error(options.error());
    write_stderr(fmt::format("Run '{} --help' for the options.\n",
                             argc > 1 && argv[1][0] != '-' ? "isms " + std::string(argv[1]) : "isms"));
    return ExitCode::UsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version end parsing too, with CLI11's code 0, after printing.
    return app.exit(error) == 0 ? ExitCode::Success : ExitCode::UsageError;
  }
  for (DefinedCommand& command : defined) {
    if (command.app->parsed()) return command.command->run(*command.arguments, app);
  }
  return ExitCode::UsageError;
}

}  // namespace

int run_cli(int argc, char** argv) { return process_exit_code(run(argc, argv)); }

}  // namespace isms
