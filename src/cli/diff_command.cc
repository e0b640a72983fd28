#include "cli/diff_command.h"

#include <filesystem>

#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "load/decode_fields.h"
#include "diff/diff.h"
#include "util/output_file.h"
#include "util/output_target.h"
#include "util/std_streams.h"

namespace isms {
namespace {

constexpr int kUsageError = 2;

std::string format_report(const std::string& format, const DiffReport& report) {
  if (format == "json") return format_diff_json(report);
  if (format == "md" || format == "markdown") return format_diff_markdown(report);
  return format_diff_text(report);
}

/// True when `output` is a YAML file inside the repository: the report must never replace a
/// register, and no report is YAML.
}  // namespace

int run_diff_command(const DiffArguments& arguments) {
  DiffOptions options;
  options.base = arguments.base;
  options.head = arguments.head;
  options.repository = arguments.repository;
  if (!as_of_argument_valid(arguments.as_of)) return kUsageError;
  options.as_of = arguments.as_of;
  Severity fail_on_new = Severity::Error;
  const bool gate = !arguments.fail_on_new.empty();
  if (gate) parse_severity(arguments.fail_on_new, fail_on_new);

  const bool to_stdout = arguments.output.empty() || arguments.output == "-";
  // The repository of the revisions, and each side given as a folder, are all read.
  for (const std::string& read : {arguments.repository, arguments.base, arguments.head}) {
    std::error_code error;
    if (read.empty() || !std::filesystem::is_directory(read, error)) continue;
    if (std::string problem = output_target_problem(to_stdout ? std::string() : arguments.output, read,
                                                    OutputKind::Report, arguments.force);
        !problem.empty()) {
      print_error(problem);
      return kUsageError;
    }
  }
  DiffReport report;
  std::string error;
  if (!run_diff(options, report, error)) {
    print_error(error);
    return kUsageError;
  }
  const std::string text = format_report(arguments.format, report);
  const StreamSyntax syntax = arguments.format == "json"                                 ? StreamSyntax::Json
                              : arguments.format == "md" || arguments.format == "markdown" ? StreamSyntax::Markdown
                                                                                           : StreamSyntax::Text;
  // A file gets what standard output would: a later step may print it into the same log.
  if (to_stdout) {
    write_stdout(text, syntax);
  } else if (std::string problem = write_file_atomically(arguments.output, log_safe(text, syntax)); !problem.empty()) {
    print_error(problem);
    return kUsageError;
  }
  return gate && count_new_findings(report, fail_on_new) > 0 ? 1 : 0;
}

}  // namespace isms
