#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/console.h"
#include "output/explain.h"

namespace isms {
namespace {

/// Options of `isms explain`.
struct ExplainArguments final : CommandArguments {
  std::string code;
};

}  // namespace

std::unique_ptr<CommandArguments> define_explain_command(CLI::App& command) {
  auto arguments = std::make_unique<ExplainArguments>();
  command.add_option("code", arguments->code, "Rule code, e.g. REF001")->required();
  return arguments;
}

ExitCode run_explain_command(CommandArguments& parsed, const CLI::App&) {
  const Explanation explanation = explain_code(static_cast<const ExplainArguments&>(parsed).code);
  if (!explanation.found) return fail(explanation.text);
  write_stdout(explanation.text, StreamSyntax::Text);
  return ExitCode::Success;
}

}  // namespace isms
