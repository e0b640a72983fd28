#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "baseline/baseline.h"
#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/limit_options.h"
#include "cli/rule_codes_argument.h"
#include "load/decode_fields.h"
#include "output/formats.h"
#include "util/escape.h"
#include "util/output_file.h"
#include "util/output_target.h"
#include "util/untrusted_json.h"

namespace isms {
namespace {

/// Options of `isms check` as typed on the command line.
struct CheckArguments final : CommandArguments {
  std::string repository = ".";
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string as_of;
  std::string select;  ///< repeated options joined with newlines, then split on commas too
  std::string ignore;
  std::string baseline;   ///< --baseline FILE
  std::string rules_url;  ///< --rules-url URL
  bool force = false;     ///< write -o over a file of the repository, or through a symlink in it
  bool quiet = false;
  Limits limits;
};

/// Reads a baseline file within the limits; the error is the message to print.
Result<Baseline> read_baseline_file(const std::string& path, const Limits& limits) {
  const Result<std::string> contents = read_bounded_file(path, "the baseline " + path, limits.max_file_bytes);
  if (!contents) return Error{contents.error()};
  Result<Baseline> baseline = parse_baseline(*contents, limits.max_depth);
  if (!baseline) return Error{fmt::format("{} is not a baseline: {}", path, baseline.error())};
  return baseline;
}

bool want_color(const CheckArguments& arguments) {
  if (arguments.color == "always") return true;
  if (arguments.color == "never" || !arguments.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

/// A rule link goes into SARIF and into Markdown links, so it is an absolute http(s) URL
/// without the characters that would end the link early.
bool rules_url_valid(const std::string& url) {
  if (url.empty() || is_rule_link_base(url)) return true;
  fail(fmt::format("--rules-url must be an http or https URL without spaces, quotes or brackets, not '{}'",
                   terminal_value(url)),
       "for example --rules-url 'https://forge.example/org/isms/blob/v1.0/docs/rules/{code}.md'");
  return false;
}

/// With --format github in a GitHub Actions job, the findings also go into the job's summary.
void append_step_summary(const CheckReport& report) { append_to_step_summary(format_github_step_summary(report)); }

}  // namespace

std::unique_ptr<CommandArguments> define_check_command(CLI::App& command) {
  auto arguments = std::make_unique<CheckArguments>();
  CheckArguments& check = *arguments;
  command.add_option("repository", check.repository, "Repository folder (default: current folder)");
  command.add_option("--format", check.format, "Output format")->check(CLI::IsMember(output_format_names()));
  command.add_option("-o,--output", check.output, "Write the report to FILE instead of standard output");
  command.add_flag("--force", check.force, "Let -o replace a file of the repository or lead through a symlink inside it");
  command.add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  command.add_option("--color", check.color, "Colour text output (honours NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command.add_flag("-q,--quiet", check.quiet, "Text: print only findings that fail the run, and the summary");
  command.add_option("--as-of", check.as_of, "Date used for freshness checks, YYYY-MM-DD (default: today)");
  // One value per occurrence, so a following REPO is not swallowed as a code; repeated
  // occurrences are joined and commas are split after parsing.
  command.add_option("--select", check.select, "Run only these rules: codes or prefixes, comma-separated")
      ->multi_option_policy(CLI::MultiOptionPolicy::Join);
  command.add_option("--ignore", check.ignore, "Skip these codes or prefixes, comma-separated")
      ->multi_option_policy(CLI::MultiOptionPolicy::Join);
  command.add_option("--baseline", check.baseline,
                     "Report only findings that are not in this baseline file (written by 'isms baseline')");
  command.add_option("--rules-url", check.rules_url,
                     "Link findings to rule pages at this URL ({code} is replaced by the code); default: no links");
  add_limit_options(command, check.limits);
  return arguments;
}

ExitCode run_check_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const CheckArguments&>(parsed);
  CheckOptions options;
  options.repository = arguments.repository;
  options.limits = arguments.limits;
  parse_severity(arguments.fail_on, options.fail_on);
  if (!as_of_argument_valid(arguments.as_of)) return ExitCode::UsageError;
  options.as_of = arguments.as_of;
  const std::vector<std::string> select = split_codes(arguments.select);
  const std::vector<std::string> ignore = split_codes(arguments.ignore);
  if (!code_patterns_valid(select) || !code_patterns_valid(ignore)) return ExitCode::UsageError;
  options.selection = RuleSelection{select, ignore};
  if (!rules_url_valid(arguments.rules_url)) return ExitCode::UsageError;
  if (const Status target = check_output_target(arguments.output, arguments.repository, OutputKind::Report,
                                                 arguments.force);
      !target) {
    return fail(target.error());
  }
  Baseline baseline;
  if (!arguments.baseline.empty()) {
    Result<Baseline> read = read_baseline_file(arguments.baseline, arguments.limits);
    if (!read) return fail(read.error(), fmt::format("write one with 'isms baseline -o {}'", arguments.baseline));
    baseline = std::move(*read);
  }
  CheckRun run;
  run_check(options, run);
  if (!arguments.baseline.empty() && run.status == LoadStatus::Loaded) apply_baseline(baseline, arguments.baseline, run.report);
  run.report.rules_url = arguments.rules_url;
  // rules.url in the manifest: a value that is not a clean link is a schema finding, never a link.
  if (const Text& configured = run.repository.manifest.rules.url;
      run.report.rules_url.empty() && run.status == LoadStatus::Loaded && is_rule_link_base(configured.value)) {
    run.report.rules_url = configured.value;
  }
  const OutputFormat format = parse_output_format(arguments.format).value_or(OutputFormat::Text);
  const FormatOptions format_options{want_color(arguments), arguments.quiet};
  if (ExitCode code = emit(arguments.output, format_report(format, run.report, format_options),
                           report_stream_syntax(format, format_options.color));
      code != ExitCode::Success) {
    return code;
  }
  if (format == OutputFormat::Github) append_step_summary(run.report);
  if (run.status == LoadStatus::NotARepository) return ExitCode::UsageError;
  return has_failing_findings(run) ? ExitCode::Findings : ExitCode::Success;
}

}  // namespace isms
