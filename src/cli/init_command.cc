#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/console.h"
#include "init/init.h"
#include "model/dates.h"
#include "util/escape.h"

namespace isms {
namespace {

/// Options of `isms init`.
struct InitArguments final : CommandArguments {
  InitOptions options;
};

}  // namespace

std::unique_ptr<CommandArguments> define_init_command(CLI::App& command) {
  auto arguments = std::make_unique<InitArguments>();
  InitOptions& init = arguments->options;
  command.add_option("directory", init.directory, "Folder to create it in (default: current folder)");
  command.add_option("--profile", init.profile, "Template: minimal or ai-company");
  command.add_option("--organisation", init.organisation, "Organisation name written into the files");
  return arguments;
}

ExitCode run_init_command(CommandArguments& parsed, const CLI::App&) {
  InitOptions options = static_cast<const InitArguments&>(parsed).options;
  if (options.organisation.find_first_not_of(" \t") == std::string::npos) return fail("--organisation must not be empty");
  options.today = today_iso_date();
  InitResult result = run_init(options);
  if (!result.ok) {
    for (const std::string& path : result.conflicts) print_message("exists", path);
    return fail(result.error, result.conflicts.empty() ? "" : "choose an empty folder; init never overwrites files");
  }
  std::string text;
  for (const std::string& path : result.created) text += fmt::format("created {}\n", terminal_value(path));
  if (!result.schemas_created.empty()) {
    const std::string folder = (std::filesystem::path(options.directory) / kSchemasFolder).generic_string();
    text += fmt::format("created {}/ with the {} JSON Schemas, for editors\n", terminal_value(folder),
                        result.schemas_created.size());
  }
  text += fmt::format("\nNext: edit the files, then run 'isms check {}'\n", terminal_value(options.directory));
  write_stdout(text, StreamSyntax::Text);
  return ExitCode::Success;
}

}  // namespace isms
