#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/limit_options.h"
#include "oscal/oscal.h"
#include "util/output_target.h"
#include "util/suggest.h"

namespace isms {
namespace {

/// `isms export` as typed.
struct ExportArguments final : CommandArguments {
  std::string format;  ///< "oscal", the only one so far
  std::string model;   ///< catalog, profile, ssp, assessment-results or poam
  std::string repository = ".";
  std::string output;
  std::string as_of;
  bool force = false;
  Limits limits;
};

}  // namespace

std::unique_ptr<CommandArguments> define_export_command(CLI::App& command) {
  auto arguments = std::make_unique<ExportArguments>();
  ExportArguments& exported = *arguments;
  command.add_option("format", exported.format, "oscal")->required();
  command.add_option("model", exported.model, "catalog, profile, ssp, assessment-results or poam")->required();
  command.add_option("repository", exported.repository, "Repository folder (default: current folder)");
  command.add_option("-o,--output", exported.output, "Write the document to FILE (replaced atomically)");
  command.add_option("--as-of", exported.as_of,
                     "Generation date and date for the checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command.add_flag("--force", exported.force,
                   "Export despite blocking findings, marked as a draft; let -o replace a file of the "
                   "repository or lead through a symlink inside it");
  add_limit_options(command, exported.limits);
  return arguments;
}

/// The document goes to standard output or -o, problems to standard error; 0 when the document
/// was written, else 2.
ExitCode run_export_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const ExportArguments&>(parsed);
  if (arguments.format != "oscal") {
    const std::vector<std::string> formats = {"oscal"};
    return fail(fmt::format("unknown export format '{}'{}", arguments.format, did_you_mean(arguments.format, formats)),
                "the only export format is oscal: 'isms export oscal MODEL'");
  }
  const std::optional<OscalModel> model = parse_oscal_model(arguments.model);
  if (!model) {
    const std::vector<std::string> models = oscal_model_names();
    return fail(fmt::format("unknown OSCAL model '{}'{}", arguments.model, did_you_mean(arguments.model, models)),
                "the models are catalog, profile, ssp, assessment-results and poam");
  }
  if (!as_of_argument_valid(arguments.as_of)) return ExitCode::UsageError;
  if (const Status target = check_output_target(is_stdout(arguments.output) ? std::string() : arguments.output,
                                                 arguments.repository, OutputKind::Report, arguments.force);
      !target) {
    return fail(target.error());
  }
  OscalOptions options;
  options.model = *model;
  options.check.repository = arguments.repository;
  options.check.as_of = arguments.as_of;
  options.check.limits = arguments.limits;
  options.force = arguments.force;
  OscalResult result;
  run_oscal_export(options, result);
  switch (result.status) {
    case OscalStatus::NotARepository: return refuse_unloadable(result.run, arguments.repository);
    case OscalStatus::Refused:
      return refuse_blocked(result.run, result.blocking, fmt::format("OSCAL {}", arguments.model), "export");
    case OscalStatus::Failed: return fail(result.error);
    case OscalStatus::Exported: break;
  }
  if (!result.blocking.empty()) warn_issued_as_draft(result.blocking.size(), "exported");
  // A file gets what standard output would: a later step of a job may print it into the log.
  return emit(arguments.output, result.json, StreamSyntax::Json);
}

}  // namespace isms
