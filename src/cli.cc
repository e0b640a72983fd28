#include "isms/cli.h"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <algorithm>
#include <map>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "decode_fields.h"
#include "isms/check.h"
#include "isms/explain.h"
#include "isms/init.h"
#include "isms/output_file.h"
#include "isms/report.h"
#include "isms/suggest.h"

namespace isms {
namespace {

constexpr int kUsageError = 2;

std::string uppercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

/// "REF,ctx\nAI" -> {"REF", "CTX", "AI"}: codes are matched in upper case.
std::vector<std::string> split_codes(const std::string& value) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find_first_of(",\n", start);
    if (end == std::string::npos) end = value.size();
    std::string code = uppercase(value.substr(start, end - start));
    if (!code.empty()) codes.push_back(code);
    start = end + 1;
  }
  return codes;
}

/// CLI11's errors in the same style as ours, with a pointer to the help.
std::string failure_message(const CLI::App* app, const CLI::Error& error) {
  std::string command = app->get_name();
  return fmt::format("isms: error: {}\nRun '{} --help' for usage.\n", error.what(),
                     command == "isms" ? std::string("isms") : "isms " + command);
}

/// Options of `isms check` as typed on the command line.
struct CheckArguments {
  std::string repository = ".";
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string as_of;
  std::string select;  ///< repeated options joined with newlines, then split on commas too
  std::string ignore;
  bool quiet = false;
};

bool want_color(const CheckArguments& arguments) {
  if (arguments.color == "always") return true;
  if (arguments.color == "never" || !arguments.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

std::string render(OutputFormat format, const CheckReport& report, const FormatOptions& options) {
  switch (format) {
    case OutputFormat::Text: return format_text(report, options);
    case OutputFormat::Json: return format_json(report);
    case OutputFormat::Sarif: return format_sarif(report);
    case OutputFormat::Junit: return format_junit(report);
    case OutputFormat::Github: return format_github(report);
  }
  return {};
}

int emit(const std::string& output, const std::string& text) {
  if (output.empty() || output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return 0;
  }
  std::string problem = write_file_atomically(output, text);
  if (!problem.empty()) {
    std::fprintf(stderr, "isms: error: %s\n", problem.c_str());
    return kUsageError;
  }
  return 0;
}

int run_check_command(const CheckArguments& arguments) {
  static const std::map<std::string, OutputFormat> kFormats = {{"text", OutputFormat::Text},
                                                               {"json", OutputFormat::Json},
                                                               {"sarif", OutputFormat::Sarif},
                                                               {"junit", OutputFormat::Junit},
                                                               {"github", OutputFormat::Github}};
  CheckOptions options;
  options.repository = arguments.repository;
  parse_severity(arguments.fail_on, options.fail_on);
  if (!arguments.as_of.empty()) {
    Date date;
    if (!parse_date(arguments.as_of, date)) {
      std::fprintf(stderr, "isms: error: --as-of must be a real date written YYYY-MM-DD, not '%s'\n",
                   arguments.as_of.c_str());
      return kUsageError;
    }
    options.as_of = arguments.as_of;
  }
  const std::vector<std::string> select = split_codes(arguments.select);
  const std::vector<std::string> ignore = split_codes(arguments.ignore);
  for (const std::vector<std::string>* patterns : {&select, &ignore}) {
    for (const std::string& pattern : *patterns) {
      if (!is_known_code_pattern(pattern)) {
        std::fprintf(stderr, "isms: error: '%s' is not a rule code or prefix; 'isms rules' lists them\n", pattern.c_str());
        return kUsageError;
      }
    }
  }
  options.selection = RuleSelection{select, ignore};
  CheckRun run;
  run_check(options, run);
  const OutputFormat format = kFormats.at(arguments.format);
  FormatOptions format_options{want_color(arguments), arguments.quiet};
  if (int status = emit(arguments.output, render(format, run.report, format_options)); status != 0) return status;
  if (format == OutputFormat::Github) {
    const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY");
    if (summary_path != nullptr && summary_path[0] != '\0') {
      std::string problem = append_to_file(summary_path, format_github_step_summary(run.report));
      if (!problem.empty()) std::fprintf(stderr, "isms: warning: %s\n", problem.c_str());
    }
  }
  return check_exit_code(run);
}

int run_init_command(InitOptions options) {
  if (options.organisation.find_first_not_of(" \t") == std::string::npos) {
    std::fprintf(stderr, "isms: error: --organisation must not be empty\n");
    return kUsageError;
  }
  options.today = today_iso_date();
  InitResult result = run_init(options);
  if (!result.ok) {
    for (const std::string& path : result.conflicts) std::fprintf(stderr, "isms: exists: %s\n", path.c_str());
    std::fprintf(stderr, "isms: error: %s\n", result.error.c_str());
    if (!result.conflicts.empty()) std::fprintf(stderr, "isms: hint: choose an empty folder; init never overwrites files\n");
    return kUsageError;
  }
  for (const std::string& path : result.created) std::printf("created %s\n", path.c_str());
  std::printf("\nNext: edit the files, then run 'isms check %s'\n", options.directory.c_str());
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"isms: check an ISO/IEC 27001:2022 ISMS kept as YAML files", "isms"};
  app.failure_message(failure_message);
  app.set_version_flag("--version", std::string("isms ") + ISMS_VERSION);
  app.require_subcommand(1);

  CheckArguments check;
  CLI::App* check_command = app.add_subcommand("check", "Validate a compliance repository");
  check_command->add_option("repository", check.repository, "Repository folder (default: current folder)");
  check_command->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}));
  check_command->add_option("-o,--output", check.output, "Write the report to FILE instead of standard output");
  check_command->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  check_command->add_option("--color", check.color, "Colour text output (honours NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check_command->add_flag("-q,--quiet", check.quiet, "Text: print only findings that fail the run, and the summary");
  check_command->add_option("--as-of", check.as_of, "Date used for freshness checks, YYYY-MM-DD (default: today)");
  // One value per occurrence, so a following REPO is not swallowed as a code; repeated
  // occurrences are joined and commas are split after parsing.
  check_command->add_option("--select", check.select, "Run only these rules: codes or prefixes, comma-separated")
      ->multi_option_policy(CLI::MultiOptionPolicy::Join);
  check_command->add_option("--ignore", check.ignore, "Skip these codes or prefixes, comma-separated")
      ->multi_option_policy(CLI::MultiOptionPolicy::Join);

  std::string rules_format = "text";
  CLI::App* rules_command = app.add_subcommand("rules", "List every rule and diagnostic code");
  rules_command->add_option("--format", rules_format, "Output format")->check(CLI::IsMember({"text", "json"}));

  std::string explain_target;
  CLI::App* explain_command = app.add_subcommand("explain", "Show the documentation page of a rule");
  explain_command->add_option("code", explain_target, "Rule code, e.g. REF001")->required();

  InitOptions init;
  CLI::App* init_command = app.add_subcommand("init", "Create a new compliance repository from a template");
  init_command->add_option("directory", init.directory, "Folder to create it in (default: current folder)");
  init_command->add_option("--profile", init.profile, "Template: minimal or ai-company");
  init_command->add_option("--organisation", init.organisation, "Organisation name written into the files");

  if (argc > 1 && argv[1][0] != '-') {
    const std::string command = argv[1];
    std::vector<std::string> known;
    for (const CLI::App* sub : app.get_subcommands({})) known.push_back(sub->get_name());
    if (std::find(known.begin(), known.end(), command) == known.end()) {
      std::fprintf(stderr, "isms: error: unknown command '%s'%s\nRun 'isms --help' for the commands.\n", command.c_str(),
                   did_you_mean(command, known).c_str());
      return kUsageError;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : kUsageError;
  }
  if (check_command->parsed()) return run_check_command(check);
  if (init_command->parsed()) return run_init_command(init);
  if (rules_command->parsed()) {
    std::string text = rules_format == "json" ? format_rules_json() : format_rules_text();
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  if (explain_command->parsed()) {
    Explanation explanation = explain_code(explain_target);
    if (!explanation.found) {
      std::fprintf(stderr, "isms: error: %s\n", explanation.text.c_str());
      return kUsageError;
    }
    std::fwrite(explanation.text.data(), 1, explanation.text.size(), stdout);
    return 0;
  }
  return kUsageError;
}

}  // namespace isms
