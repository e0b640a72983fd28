// isms due: what falls due (reviews, re-approvals, expiries, due diligence) within a window,
// graded by the manifest's settings.due windows, for people, scripts, calendars and CI.
#include <cstdlib>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/limit_options.h"
#include "due/due_format.h"
#include "model/dates.h"
#include "util/output_target.h"

namespace isms {
namespace {

/// Options of `isms due`.
struct DueArguments final : CommandArguments {
  std::string repository = ".";
  std::string within = "60d";
  std::string format = "text";
  std::string output;
  std::string as_of;
  std::string fail_on = "error";
  bool force = false;
  Limits limits;
};

/// "60d", "8w" or "60": a number of days from 0 to 3660.
bool parse_window(const std::string& text, std::int64_t& days) {
  if (text.empty()) return false;
  std::string number = text;
  std::int64_t unit = 1;
  if (number.back() == 'd') {
    number.pop_back();
  } else if (number.back() == 'w') {
    number.pop_back();
    unit = 7;
  }
  if (number.empty() || number.size() > 4 || number.find_first_not_of("0123456789") != std::string::npos) return false;
  days = std::stoll(number) * unit;
  return days <= 3660;
}

bool fails(const DueItem& item, const std::string& fail_on) {
  if (fail_on == "never") return false;
  if (item.level == DueLevel::Overdue || item.level == DueLevel::Error) return true;
  return fail_on == "warning" && item.level == DueLevel::Warning;
}

}  // namespace

std::unique_ptr<CommandArguments> define_due_command(CLI::App& command) {
  auto arguments = std::make_unique<DueArguments>();
  command.add_option("repository", arguments->repository, "Repository folder (default: current folder)");
  command.add_option("--within", arguments->within, "List what falls due within this many days: 60d, 8w (default 60d)");
  command.add_option("--format", arguments->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "ics", "github"}));
  command.add_option("-o,--output", arguments->output, "Write to FILE instead of standard output");
  command.add_flag("--force", arguments->force, "Let -o replace a file of the repository or lead through a symlink inside it");
  command.add_option("--fail-on", arguments->fail_on,
                     "Exit 1 when an item is overdue or in the error window (error), also in the warning window "
                     "(warning), or never")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  command.add_option("--as-of", arguments->as_of, "The day to count from, YYYY-MM-DD (default: today)");
  add_limit_options(command, arguments->limits);
  return arguments;
}

ExitCode run_due_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const DueArguments&>(parsed);
  std::int64_t within_days = 0;
  if (!parse_window(arguments.within, within_days)) {
    return fail(fmt::format("--within must be a number of days such as 60d or 8w, up to 3660 days, not '{}'",
                            arguments.within));
  }
  if (!as_of_argument_valid(arguments.as_of)) return ExitCode::UsageError;
  if (const Status target = check_output_target(is_stdout(arguments.output) ? std::string() : arguments.output,
                                                 arguments.repository, OutputKind::Report, arguments.force);
      !target) {
    return fail(target.error());
  }
  CheckOptions options;
  options.repository = arguments.repository;
  options.limits = arguments.limits;
  options.as_of = arguments.as_of;
  CheckRun run;
  run_check(options, run);
  if (run.status != LoadStatus::Loaded) return refuse_unloadable(run, arguments.repository);
  Date as_of;
  if (!parse_date(run.report.as_of, as_of)) return fail(fmt::format("the as-of date '{}' is not a date", run.report.as_of));

  const DueList list = collect_due_items(run.repository, as_of.days, within_days);
  std::string text;
  StreamSyntax syntax = StreamSyntax::Text;
  if (arguments.format == "json") {
    text = format_due_json(list, run.files);
    syntax = StreamSyntax::Json;
  } else if (arguments.format == "ics") {
    const Result<std::string> stamp = generation_date(arguments.as_of);
    if (!stamp) return fail(stamp.error());
    text = format_due_ics(list, run.files, *stamp);
  } else if (arguments.format == "github") {
    text = format_due_github(list, run.files);
    syntax = StreamSyntax::WorkflowCommands;
  } else {
    text = format_due_text(list, run.files);
  }
  // The calendar keeps its CRLF line ends; its text is already free of control characters.
  const bool calendar = arguments.format == "ics";
  const ExitCode written = !calendar                       ? emit(arguments.output, text, syntax)
                           : is_stdout(arguments.output) ? write_stdout_exactly(text)
                                                         : emit_exactly(arguments.output, text);
  if (ExitCode code = written; code != ExitCode::Success) {
    return code;
  }
  if (arguments.format == "github") append_to_step_summary(format_due_step_summary(list, run.files));
  for (const DueItem& item : list.items) {
    if (fails(item, arguments.fail_on)) return ExitCode::Findings;
  }
  return ExitCode::Success;
}

}  // namespace isms
