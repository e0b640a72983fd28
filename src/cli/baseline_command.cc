#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "baseline/baseline.h"
#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/limit_options.h"
#include "util/output_target.h"

namespace isms {
namespace {

/// Options of `isms baseline`.
struct BaselineArguments final : CommandArguments {
  std::string repository = ".";
  std::string output;
  std::string as_of;
  bool force = false;
  Limits limits;
};

}  // namespace

std::unique_ptr<CommandArguments> define_baseline_command(CLI::App& command) {
  auto arguments = std::make_unique<BaselineArguments>();
  command.add_option("repository", arguments->repository, "Repository folder (default: current folder)");
  command.add_option("-o,--output", arguments->output, "Baseline file to write, or - for standard output")->required();
  command.add_option("--as-of", arguments->as_of, "Date used for freshness checks, YYYY-MM-DD (default: today)");
  command.add_flag("--force", arguments->force, "Replace an existing baseline file");
  add_limit_options(command, arguments->limits);
  return arguments;
}

ExitCode run_baseline_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const BaselineArguments&>(parsed);
  CheckOptions options;
  options.repository = arguments.repository;
  options.limits = arguments.limits;
  if (!as_of_argument_valid(arguments.as_of)) return ExitCode::UsageError;
  options.as_of = arguments.as_of;
  CheckRun run;
  run_check(options, run);
  if (run.status != LoadStatus::Loaded) {
    print_findings(run, run.report.diagnostics);
    return fail(fmt::format("{} cannot be loaded, so it has no baseline", arguments.repository));
  }
  const std::string contents = format_baseline(run.report);
  const bool to_stdout = arguments.output == "-";
  std::error_code error;
  if (!to_stdout && std::filesystem::exists(arguments.output, error) && !arguments.force) {
    return fail(fmt::format("{} exists; use --force to replace it with the current findings", arguments.output));
  }
  if (const Status target = check_output_target(to_stdout ? std::string() : arguments.output, arguments.repository,
                                                 OutputKind::Report, arguments.force);
      !target) {
    return fail(target.error());
  }
  if (ExitCode code = emit(arguments.output, contents, StreamSyntax::Json); code != ExitCode::Success) return code;
  if (!to_stdout) {
    say(fmt::format("isms: wrote {} finding{} to {}", run.report.diagnostics.size(),
                    run.report.diagnostics.size() == 1 ? "" : "s", arguments.output));
  }
  return ExitCode::Success;
}

}  // namespace isms
