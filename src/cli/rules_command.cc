#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/console.h"
#include "output/explain.h"

namespace isms {
namespace {

/// Options of `isms rules`.
struct RulesArguments final : CommandArguments {
  std::string format = "text";
};

}  // namespace

std::unique_ptr<CommandArguments> define_rules_command(CLI::App& command) {
  auto arguments = std::make_unique<RulesArguments>();
  command.add_option("--format", arguments->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  return arguments;
}

ExitCode run_rules_command(CommandArguments& parsed, const CLI::App&) {
  if (static_cast<const RulesArguments&>(parsed).format == "json") {
    write_stdout(format_rules_json(), StreamSyntax::Json);
  } else {
    write_stdout(format_rules_text(), StreamSyntax::Text);
  }
  return ExitCode::Success;
}

}  // namespace isms
