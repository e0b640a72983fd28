#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/console.h"

namespace isms {
namespace {

/// Options of `isms completion`.
struct CompletionArguments final : CommandArguments {
  std::string shell;
};

/// "TEXT:{text,json}" -> {"text", "json"}: CLI11 shows an option's fixed set of values in its
/// type name, which is also what --help prints.
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> choices;
  const std::size_t open = type_name.find('{');
  const std::size_t close = type_name.find('}', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::size_t start = open + 1;
  while (start < close) {
    std::size_t end = type_name.find(',', start);
    if (end == std::string::npos || end > close) end = close;
    choices.push_back(type_name.substr(start, end - start));
    start = end + 1;
  }
  return choices;
}

/// The commands and options as defined for the parser, so that the scripts complete what
/// --help shows.
std::vector<CommandSpec> command_specs(const CLI::App& app) {
  std::vector<CommandSpec> commands;
  for (const CLI::App* command : app.get_subcommands({})) {
    CommandSpec spec{command->get_name(), command->get_description(), {}};
    for (const CLI::Option* option : command->get_options()) {
      if (!option->nonpositional() || option->get_name() == "--help" || option->get_name() == "-h,--help") continue;
      OptionSpec entry;
      if (!option->get_lnames().empty()) entry.long_name = option->get_lnames().front();
      if (!option->get_snames().empty()) entry.short_name = option->get_snames().front();
      if (entry.long_name == "help") continue;
      entry.description = option->get_description();
      entry.takes_value = !option->get_type_name().empty();  // flags have no type
      if (entry.takes_value) entry.choices = choices_of(option->get_type_name());
      spec.options.push_back(std::move(entry));
    }
    commands.push_back(std::move(spec));
  }
  return commands;
}

}  // namespace

std::unique_ptr<CommandArguments> define_completion_command(CLI::App& command) {
  auto arguments = std::make_unique<CompletionArguments>();
  command.add_option("shell", arguments->shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  return arguments;
}

ExitCode run_completion_command(CommandArguments& parsed, const CLI::App& isms) {
  const auto& arguments = static_cast<const CompletionArguments&>(parsed);
  write_stdout(completion_script(arguments.shell, command_specs(isms)), StreamSyntax::Text);
  return ExitCode::Success;
}

}  // namespace isms
