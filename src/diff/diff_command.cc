#include "diff/diff_command.h"

#include <cstdio>

#include "as_of_argument.h"
#include "decode_fields.h"
#include "isms/diff.h"
#include "isms/output_file.h"

namespace isms {
namespace {

constexpr int kUsageError = 2;

std::string format_report(const std::string& format, const DiffReport& report) {
  if (format == "json") return format_diff_json(report);
  if (format == "md" || format == "markdown") return format_diff_markdown(report);
  return format_diff_text(report);
}

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

  DiffReport report;
  std::string error;
  if (!run_diff(options, report, error)) {
    std::fprintf(stderr, "isms: error: %s\n", error.c_str());
    return kUsageError;
  }
  const std::string text = format_report(arguments.format, report);
  if (arguments.output.empty() || arguments.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  } else if (std::string problem = write_file_atomically(arguments.output, text); !problem.empty()) {
    std::fprintf(stderr, "isms: error: %s\n", problem.c_str());
    return kUsageError;
  }
  return gate && count_new_findings(report, fail_on_new) > 0 ? 1 : 0;
}

}  // namespace isms
