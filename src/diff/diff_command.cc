#include "diff/diff_command.h"

#include <cstdio>
#include <filesystem>

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

/// True when `output` is a YAML file inside the repository: the report must never replace a
/// register, and no report is YAML.
bool is_repository_yaml(const std::string& output, const std::string& repository) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path target = fs::weakly_canonical(output, error);
  if (error) return false;
  const fs::path root = fs::weakly_canonical(repository, error);
  if (error) return false;
  const std::string extension = target.extension().string();
  if (extension != ".yaml" && extension != ".yml") return false;
  const std::string relative = target.lexically_relative(root).generic_string();
  return !relative.empty() && relative != ".." && !relative.starts_with("../");
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

  const bool to_stdout = arguments.output.empty() || arguments.output == "-";
  if (!to_stdout && is_repository_yaml(arguments.output, arguments.repository)) {
    std::fprintf(stderr, "isms: error: %s is a YAML file of the repository; write the report to another path\n",
                 arguments.output.c_str());
    return kUsageError;
  }
  DiffReport report;
  std::string error;
  if (!run_diff(options, report, error)) {
    std::fprintf(stderr, "isms: error: %s\n", error.c_str());
    return kUsageError;
  }
  const std::string text = format_report(arguments.format, report);
  if (to_stdout) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  } else if (std::string problem = write_file_atomically(arguments.output, text); !problem.empty()) {
    std::fprintf(stderr, "isms: error: %s\n", problem.c_str());
    return kUsageError;
  }
  return gate && count_new_findings(report, fail_on_new) > 0 ? 1 : 0;
}

}  // namespace isms
