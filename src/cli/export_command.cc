#include "cli/export_command.h"
#include "output/formats.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "oscal/oscal.h"
#include "util/output_file.h"
#include "util/suggest.h"
#include "cli/limit_options.h"
#include "util/output_target.h"
#include "util/std_streams.h"

namespace isms {
namespace {

constexpr int kNotWritten = 2;

/// Findings in the compiler style of `isms check`, on standard error.
void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings) {
  CheckReport shown = run.report;
  shown.diagnostics = findings;
  // Without colour: standard error is neutralised as plain text, which shows every ESC.
  write_stderr(format_text(shown, FormatOptions{false, false}));
}

std::string plural(std::size_t count, const char* one, const char* many) { return count == 1 ? one : many; }

}  // namespace

CLI::App* add_export_command(CLI::App& app, ExportArguments& arguments) {
  CLI::App* command = app.add_subcommand("export", "Export the ISMS as OSCAL 1.2 JSON: catalog, profile, ssp, "
                                                   "assessment-results or poam");
  command->add_option("format", arguments.format, "oscal")->required();
  command->add_option("model", arguments.model, "catalog, profile, ssp, assessment-results or poam")->required();
  command->add_option("repository", arguments.repository, "Repository folder (default: current folder)");
  command->add_option("-o,--output", arguments.output, "Write the document to FILE (replaced atomically)");
  command->add_option("--as-of", arguments.as_of,
                      "Generation date and date for the checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command->add_flag("--force", arguments.force,
                    "Export despite blocking findings, marked as a draft; let -o replace a file of the "
                    "repository or lead through a symlink inside it");
  add_limit_options(*command, arguments.limits);
  return command;
}

int run_export_command(const ExportArguments& arguments) {
  if (arguments.format != "oscal") {
    const std::vector<std::string> formats = {"oscal"};
    print_error(fmt::format("unknown export format '{}'{}", arguments.format, did_you_mean(arguments.format, formats)));
    print_hint("the only export format is oscal: 'isms export oscal MODEL'");
    return kNotWritten;
  }
  const std::optional<OscalModel> model = parse_oscal_model(arguments.model);
  if (!model) {
    const std::vector<std::string> models = oscal_model_names();
    print_error(fmt::format("unknown OSCAL model '{}'{}", arguments.model, did_you_mean(arguments.model, models)));
    print_hint("the models are catalog, profile, ssp, assessment-results and poam");
    return kNotWritten;
  }
  if (!as_of_argument_valid(arguments.as_of)) return kNotWritten;
  const bool to_stdout = arguments.output.empty() || arguments.output == "-";
  if (std::string problem = output_target_problem(to_stdout ? std::string() : arguments.output, arguments.repository,
                                                  OutputKind::Report, arguments.force);
      !problem.empty()) {
    print_error(problem);
    return kNotWritten;
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
    case OscalStatus::NotARepository:
      print_findings(result.run, result.run.report.diagnostics);
      print_error(fmt::format("{} is not a compliance repository that can be loaded", arguments.repository));
      return kNotWritten;
    case OscalStatus::Refused:
      print_findings(result.run, result.blocking);
      print_error(fmt::format("the OSCAL {} cannot be issued: {} finding{} above make{} it wrong", arguments.model,
                              result.blocking.size(), plural(result.blocking.size(), "", "s"),
                              plural(result.blocking.size(), "s", "")));
      print_hint("fix them, or use --force to export a draft marked \"DRAFT \u2013 NOT FOR ISSUE\"");
      return kNotWritten;
    case OscalStatus::Failed:
      print_error(result.error);
      return kNotWritten;
    case OscalStatus::Exported: break;
  }
  if (!result.blocking.empty()) {
    print_warning(fmt::format("exported as a draft because of {} blocking finding{}; run 'isms check' for them",
                              result.blocking.size(), plural(result.blocking.size(), "", "s")));
  }
  // A file gets what standard output would: a later step of a job may print it into the log.
  if (to_stdout) {
    write_stdout(result.json, StreamSyntax::Json);
    return 0;
  }
  if (std::string problem = write_file_atomically(arguments.output, log_safe(result.json, StreamSyntax::Json));
      !problem.empty()) {
    print_error(problem);
    return kNotWritten;
  }
  return 0;
}

}  // namespace isms
