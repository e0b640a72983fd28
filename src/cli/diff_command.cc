#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "diff/diff.h"
#include "load/decode_fields.h"
#include "util/output_target.h"

namespace isms {
namespace {

/// Options of `isms diff` as typed on the command line.
struct DiffArguments final : CommandArguments {
  std::string base;
  std::string head;
  std::string repository = ".";
  std::string format = "text";
  std::string output;
  bool force = false;  ///< write -o over a file of the repository, or through a symlink in it
  std::string as_of;
  std::string fail_on_new;  ///< empty: never exit 1
};

std::string format_report(const std::string& format, const DiffReport& report) {
  if (format == "json") return format_diff_json(report);
  if (format == "md" || format == "markdown") return format_diff_markdown(report);
  return format_diff_text(report);
}

StreamSyntax report_syntax(const std::string& format) {
  if (format == "json") return StreamSyntax::Json;
  if (format == "md" || format == "markdown") return StreamSyntax::Markdown;
  return StreamSyntax::Text;
}

}  // namespace

std::unique_ptr<CommandArguments> define_diff_command(CLI::App& command) {
  auto arguments = std::make_unique<DiffArguments>();
  DiffArguments& diff = *arguments;
  command.add_option("base", diff.base, "Git revision (or folder) to compare from")->required();
  command.add_option("head", diff.head, "Git revision (or folder) to compare to (default: the working tree of --repo)");
  command.add_option("--repo", diff.repository, "Repository folder, in a git work tree (default: current folder)");
  command.add_option("--format", diff.format, "Output format")->check(CLI::IsMember({"text", "md", "json"}));
  command.add_option("-o,--output", diff.output, "Write the comparison to FILE instead of standard output");
  command.add_flag("--force", diff.force, "Let -o replace a file of the repository or lead through a symlink inside it");
  command.add_option("--as-of", diff.as_of, "Date used for the checks of both sides, YYYY-MM-DD (default: today)");
  command.add_option("--fail-on-new", diff.fail_on_new, "Exit 1 when HEAD has new findings at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  return arguments;
}

/// 0 compared, 1 new findings at or above --fail-on-new, 2 usage error or a side that cannot be read.
ExitCode run_diff_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const DiffArguments&>(parsed);
  DiffOptions options;
  options.base = arguments.base;
  options.head = arguments.head;
  options.repository = arguments.repository;
  if (!as_of_argument_valid(arguments.as_of)) return ExitCode::UsageError;
  options.as_of = arguments.as_of;
  Severity fail_on_new = Severity::Error;
  const bool gate = !arguments.fail_on_new.empty();
  if (gate) parse_severity(arguments.fail_on_new, fail_on_new);

  const bool to_stdout = is_stdout(arguments.output);
  // The repository of the revisions, and each side given as a folder, are all read.
  for (const std::string& read : {arguments.repository, arguments.base, arguments.head}) {
    std::error_code error;
    if (read.empty() || !std::filesystem::is_directory(read, error)) continue;
    if (const Status target = check_output_target(to_stdout ? std::string() : arguments.output, read,
                                                   OutputKind::Report, arguments.force);
        !target) {
      return fail(target.error());
    }
  }
  DiffReport report;
  if (Status diffed = run_diff(options, report); !diffed) return fail(diffed.error());
  if (ExitCode code = emit(arguments.output, format_report(arguments.format, report), report_syntax(arguments.format));
      code != ExitCode::Success) {
    return code;
  }
  return gate && count_new_findings(report, fail_on_new) > 0 ? ExitCode::Findings : ExitCode::Success;
}

}  // namespace isms
