#include "cli/cli.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <filesystem>
#include <optional>
#include <span>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <algorithm>
#include <map>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "model/dates.h"
#include "cli/approve_command.h"
#include "cli/export_command.h"
#include "cli/as_of_argument.h"
#include "load/decode_fields.h"
#include "cli/diff_command.h"
#include "baseline/baseline.h"
#include "run/check_run.h"
#include "rules/codes.h"
#include "cli/completion.h"
#include "output/explain.h"
#include "init/init.h"
#include "util/output_file.h"
#include "render/render.h"
#include "output/formats.h"
#include "util/suggest.h"
#include "cli/limit_options.h"
#include "util/output_target.h"
#include "util/untrusted_json.h"
#include "cli/cli_suggestions.h"
#include "cli/schemas_command.h"
#include "util/std_streams.h"
#include "util/escape.h"
#include "import/import_command.h"

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
  // The error is raised by the top-level parser; the help worth reading is the command's.
  if (const std::vector<CLI::App*> parsed = app->get_subcommands(); command == "isms" && !parsed.empty()) {
    command = parsed.front()->get_name();
  }
  return fmt::format("isms: error: {}\nRun '{} --help' for usage.\n", with_value_suggestion(error.what()),
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
  std::string baseline;  ///< --baseline FILE
  std::string rules_url;  ///< --rules-url URL
  bool force = false;    ///< write -o over a file of the repository, or through a symlink in it
  bool quiet = false;
  Limits limits;
};

/// Reads a baseline file within the limits; an empty string on success, else the message to print.
std::string read_baseline_file(const std::string& path, const Limits& limits, Baseline& baseline) {
  std::string contents;
  if (std::string problem = read_bounded_file(path, "the baseline " + path, limits.max_file_bytes, contents);
      !problem.empty()) {
    return problem;
  }
  std::string problem = parse_baseline(contents, limits.max_depth, baseline);
  if (!problem.empty()) return fmt::format("{} is not a baseline: {}", path, problem);
  return {};
}

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
    case OutputFormat::Codequality: return format_codequality(report);
  }
  return {};
}

/// How the text of a check report is neutralised on standard output.
StreamSyntax stream_syntax(OutputFormat format, bool color) {
  switch (format) {
    case OutputFormat::Text: return color ? StreamSyntax::ColouredText : StreamSyntax::Text;
    case OutputFormat::Junit: return StreamSyntax::Markup;
    case OutputFormat::Github: return StreamSyntax::WorkflowCommands;
    case OutputFormat::Json:
    case OutputFormat::Sarif:
    case OutputFormat::Codequality: return StreamSyntax::Json;
  }
  return StreamSyntax::Text;
}

/// Writes `bytes` to the file `output` as they are: for data whose every byte matters.
int write_exactly(const std::string& output, const std::string& bytes) {
  if (std::string problem = write_file_atomically(output, bytes); !problem.empty()) {
    print_error(problem);
    return kUsageError;
  }
  return 0;
}

/// Writes `text` to the file `output`, or to standard output when it is empty or "-". A file
/// gets the same neutralised text as standard output would: a report or document is often
/// printed into the same CI log by a later step.
int emit(const std::string& output, const std::string& text, StreamSyntax syntax) {
  if (output.empty() || output == "-") {
    write_stdout(text, syntax);
    return 0;
  }
  return write_exactly(output, log_safe(text, syntax));
}

/// A rule link goes into SARIF and into Markdown links, so it is an absolute http(s) URL
/// without the characters that would end the link early.
bool rules_url_valid(const std::string& url) {
  if (url.empty() || is_rule_link_base(url)) return true;
  print_error(fmt::format("--rules-url must be an http or https URL without spaces, quotes or brackets, not '{}'",
                          terminal_value(url)));
  print_hint("for example --rules-url 'https://forge.example/org/isms/blob/v1.0/docs/rules/{code}.md'");
  return false;
}

int run_check_command(const CheckArguments& arguments) {
  static const std::map<std::string, OutputFormat> kFormats = {{"text", OutputFormat::Text},
                                                               {"json", OutputFormat::Json},
                                                               {"sarif", OutputFormat::Sarif},
                                                               {"junit", OutputFormat::Junit},
                                                               {"github", OutputFormat::Github},
                                                               {"codequality", OutputFormat::Codequality}};
  CheckOptions options;
  options.repository = arguments.repository;
  options.limits = arguments.limits;
  parse_severity(arguments.fail_on, options.fail_on);
  if (!as_of_argument_valid(arguments.as_of)) return kUsageError;
  options.as_of = arguments.as_of;
  const std::vector<std::string> select = split_codes(arguments.select);
  const std::vector<std::string> ignore = split_codes(arguments.ignore);
  for (const std::vector<std::string>* patterns : {&select, &ignore}) {
    for (const std::string& pattern : *patterns) {
      if (!is_known_code_pattern(pattern)) {
        print_error(fmt::format("'{}' is not a rule code or prefix; 'isms rules' lists them", pattern));
        return kUsageError;
      }
      if (const std::string note = retired_code_note(pattern); !note.empty()) print_warning(note);
    }
  }
  options.selection = RuleSelection{select, ignore};
  if (!rules_url_valid(arguments.rules_url)) return kUsageError;
  if (std::string problem = output_target_problem(arguments.output, arguments.repository, OutputKind::Report,
                                                  arguments.force);
      !problem.empty()) {
    print_error(problem);
    return kUsageError;
  }
  Baseline baseline;
  if (!arguments.baseline.empty()) {
    if (std::string problem = read_baseline_file(arguments.baseline, arguments.limits, baseline); !problem.empty()) {
      print_error(problem);
      print_hint(fmt::format("write one with 'isms baseline -o {}'", arguments.baseline));
      return kUsageError;
    }
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
  const OutputFormat format = kFormats.at(arguments.format);
  FormatOptions format_options{want_color(arguments), arguments.quiet};
  if (int status = emit(arguments.output, render(format, run.report, format_options),
                        stream_syntax(format, format_options.color));
      status != 0) {
    return status;
  }
  if (format == OutputFormat::Github) {
    const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY");
    if (summary_path != nullptr && summary_path[0] != '\0') {
      std::string problem =
          append_to_file(summary_path, log_safe(format_github_step_summary(run.report), StreamSyntax::Markdown));
      if (!problem.empty()) print_warning(problem);
    }
  }
  return check_exit_code(run);
}

/// Options of `isms baseline`.
struct BaselineArguments {
  std::string repository = ".";
  std::string output;
  std::string as_of;
  bool force = false;
  Limits limits;
};

int run_baseline_command(const BaselineArguments& arguments) {
  CheckOptions options;
  options.repository = arguments.repository;
  options.limits = arguments.limits;
  if (!as_of_argument_valid(arguments.as_of)) return kUsageError;
  options.as_of = arguments.as_of;
  CheckRun run;
  run_check(options, run);
  if (run.status != LoadStatus::Loaded) {
    write_stderr(format_text(run.report, FormatOptions{}));
    print_error(fmt::format("{} cannot be loaded, so it has no baseline", arguments.repository));
    return kUsageError;
  }
  const std::string contents = format_baseline(run.report);
  const bool to_stdout = arguments.output == "-";
  std::error_code error;
  if (!to_stdout && std::filesystem::exists(arguments.output, error) && !arguments.force) {
    print_error(fmt::format("{} exists; use --force to replace it with the current findings", arguments.output));
    return kUsageError;
  }
  if (std::string problem = output_target_problem(to_stdout ? std::string() : arguments.output, arguments.repository,
                                                  OutputKind::Report, arguments.force);
      !problem.empty()) {
    print_error(problem);
    return kUsageError;
  }
  if (int status = emit(to_stdout ? std::string() : arguments.output, contents, StreamSyntax::Json); status != 0) {
    return status;
  }
  if (!to_stdout) {
    write_stderr(fmt::format("isms: wrote {} finding{} to {}\n", run.report.diagnostics.size(),
                             run.report.diagnostics.size() == 1 ? "" : "s", terminal_value(arguments.output)));
  }
  return 0;
}

int run_init_command(InitOptions options) {
  if (options.organisation.find_first_not_of(" \t") == std::string::npos) {
    print_error("--organisation must not be empty");
    return kUsageError;
  }
  options.today = today_iso_date();
  InitResult result = run_init(options);
  if (!result.ok) {
    for (const std::string& path : result.conflicts) print_message("exists", path);
    print_error(result.error);
    if (!result.conflicts.empty()) print_hint("choose an empty folder; init never overwrites files");
    return kUsageError;
  }
  std::string text;
  for (const std::string& path : result.created) text += fmt::format("created {}\n", terminal_value(path));
  if (!result.schemas_created.empty()) {
    const std::string folder = (std::filesystem::path(options.directory) / kSchemasFolder).generic_string();
    text += fmt::format("created {}/ with the {} JSON Schemas, for editors\n", terminal_value(folder), result.schemas_created.size());
  }
  text += fmt::format("\nNext: edit the files, then run 'isms check {}'\n", terminal_value(options.directory));
  write_stdout(text, StreamSyntax::Text);
  return 0;
}

/// Options of `isms render` as typed on the command line.
struct RenderArguments {
  std::string document;
  std::string repository = ".";
  std::string format = "md";
  std::string output;
  std::string templates;
  std::string as_of;
  bool force = false;
  Limits limits;
};

/// How a document is neutralised on standard output.
StreamSyntax document_stream_syntax(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::Html: return StreamSyntax::Markup;
    case DocumentFormat::Markdown: return StreamSyntax::Markdown;
    case DocumentFormat::Json: return StreamSyntax::Json;
    default: return StreamSyntax::Text;
  }
}

/// Standard output redirected to a file (`> soa.xlsx`), where bytes are not read as a log.
bool stdout_is_regular_file() {
  struct stat status {};
  return ::fstat(STDOUT_FILENO, &status) == 0 && S_ISREG(status.st_mode);
}

/// Prints findings in the compiler style of `isms check`, on standard error.
void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings) {
  CheckReport shown = run.report;
  shown.diagnostics = findings;
  // Without colour: standard error is neutralised as plain text, which shows every ESC.
  write_stderr(format_text(shown, FormatOptions{false, false}));
}

int run_render_command(const RenderArguments& arguments) {
  RenderOptions options;
  const std::optional<DocumentKind> document = parse_document_kind(arguments.document);
  if (!document) {
    const std::vector<std::string> documents = {"scope", "soa", "report"};
    print_error(fmt::format("unknown document '{}'{}", arguments.document, did_you_mean(arguments.document, documents)));
    print_hint("the documents are scope, soa and report");
    return kUsageError;
  }
  options.document = *document;
  const std::optional<DocumentFormat> format = parse_document_format(arguments.format);
  const std::span<const DocumentFormat> allowed = formats_of(*document);
  if (!format || std::find(allowed.begin(), allowed.end(), *format) == allowed.end()) {
    std::string names;
    for (DocumentFormat candidate : allowed) names += (names.empty() ? "" : ", ") + std::string(format_name(candidate));
    print_error(fmt::format("{} cannot be rendered as '{}'; its formats are {}", arguments.document, arguments.format, names));
    return kUsageError;
  }
  options.format = *format;
  if (!as_of_argument_valid(arguments.as_of)) return kUsageError;
  const bool to_stdout = arguments.output.empty() || arguments.output == "-";
  if (*format == DocumentFormat::Xlsx && to_stdout && !stdout_is_regular_file()) {
    print_error("xlsx is a binary format; write it to a file with --output FILE");
    return kUsageError;
  }
  if (std::string problem = output_target_problem(to_stdout ? std::string() : arguments.output, arguments.repository,
                                                  OutputKind::Report, arguments.force);
      !problem.empty()) {
    print_error(problem);
    return kUsageError;
  }
  options.check.repository = arguments.repository;
  options.check.as_of = arguments.as_of;
  options.check.limits = arguments.limits;
  options.templates_dir = arguments.templates;
  options.force = arguments.force;

  RenderResult result;
  run_render(options, result);
  switch (result.status) {
    case RenderStatus::NotARepository:
      print_findings(result.run, result.run.report.diagnostics);
      print_error(fmt::format("{} is not a compliance repository that can be loaded", arguments.repository));
      return kUsageError;
    case RenderStatus::Refused:
      print_findings(result.run, result.blocking);
      print_error(fmt::format("the {} cannot be issued: {} finding{} above make{} it wrong", arguments.document,
                              result.blocking.size(), result.blocking.size() == 1 ? "" : "s",
                              result.blocking.size() == 1 ? "s" : ""));
      print_hint("fix them, or use --force to render a draft marked \"DRAFT \u2013 NOT FOR ISSUE\"");
      return kUsageError;
    case RenderStatus::Failed:
      print_error(result.error);
      return kUsageError;
    case RenderStatus::Rendered: break;
  }
  if (!result.blocking.empty()) {
    print_warning(fmt::format("rendered as a draft because of {} blocking finding{}; run 'isms check' for them",
                              result.blocking.size(), result.blocking.size() == 1 ? "" : "s"));
  }
  if (*format == DocumentFormat::Xlsx) {
    // A binary workbook: written as it is, and only to a file (see above), never to a terminal or a log.
    if (!to_stdout) return write_exactly(arguments.output, result.bytes);
    std::fwrite(result.bytes.data(), 1, result.bytes.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : kUsageError;
  }
  // CSV is a spreadsheet's data: a file keeps every cell exactly, a CR inside a quoted cell
  // included. Only standard output, which is a log, neutralises it.
  if (*format == DocumentFormat::Csv && !to_stdout) return write_exactly(arguments.output, result.bytes);
  return emit(arguments.output, result.bytes, document_stream_syntax(*format));
}

/// "TEXT:{text,json}" -> {"text", "json"}: CLI11 shows an option's fixed set of values in its
/// type name, which is also what --help prints.
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> choices;
  const std::size_t open = type_name.find('{');
  const std::size_t close = type_name.find('}', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::size_t start = open + 1;
  while (start < close) {
    std::size_t end = type_name.find(',', start);
    if (end == std::string::npos || end > close) end = close;
    choices.push_back(type_name.substr(start, end - start));
    start = end + 1;
  }
  return choices;
}

/// The commands and options as defined for the parser, for the completion scripts.
std::vector<CommandSpec> command_specs(const CLI::App& app) {
  std::vector<CommandSpec> commands;
  for (const CLI::App* command : app.get_subcommands({})) {
    CommandSpec spec{command->get_name(), command->get_description(), {}};
    for (const CLI::Option* option : command->get_options()) {
      if (!option->nonpositional() || option->get_name() == "--help" || option->get_name() == "-h,--help") continue;
      OptionSpec entry;
      if (!option->get_lnames().empty()) entry.long_name = option->get_lnames().front();
      if (!option->get_snames().empty()) entry.short_name = option->get_snames().front();
      if (entry.long_name == "help") continue;
      entry.description = option->get_description();
      entry.takes_value = !option->get_type_name().empty();  // flags have no type
      if (entry.takes_value) entry.choices = choices_of(option->get_type_name());
      spec.options.push_back(std::move(entry));
    }
    commands.push_back(std::move(spec));
  }
  return commands;
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
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github", "codequality"}));
  check_command->add_option("-o,--output", check.output, "Write the report to FILE instead of standard output");
  check_command->add_flag("--force", check.force,
                          "Let -o replace a file of the repository or lead through a symlink inside it");
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

  check_command->add_option("--baseline", check.baseline,
                            "Report only findings that are not in this baseline file (written by 'isms baseline')");
  check_command->add_option("--rules-url", check.rules_url,
                            "Link findings to rule pages at this URL ({code} is replaced by the code); default: no links");
  add_limit_options(*check_command, check.limits);

  BaselineArguments baseline_arguments;
  CLI::App* baseline_command = app.add_subcommand("baseline", "Record the current findings, so that CI fails only on new ones");
  baseline_command->add_option("repository", baseline_arguments.repository, "Repository folder (default: current folder)");
  baseline_command->add_option("-o,--output", baseline_arguments.output, "Baseline file to write, or - for standard output")
      ->required();
  baseline_command->add_option("--as-of", baseline_arguments.as_of, "Date used for freshness checks, YYYY-MM-DD (default: today)");
  baseline_command->add_flag("--force", baseline_arguments.force, "Replace an existing baseline file");
  add_limit_options(*baseline_command, baseline_arguments.limits);

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

  RenderArguments render_arguments;
  CLI::App* render_command = app.add_subcommand("render", "Render the scope statement, the SoA or the audit-readiness report");
  render_command->add_option("document", render_arguments.document, "scope, soa or report")->required();
  render_command->add_option("repository", render_arguments.repository, "Repository folder (default: current folder)");
  render_command->add_option("--format", render_arguments.format,
                             "md, html or json; also txt for scope, csv and xlsx for soa (default: md)");
  render_command->add_option("-o,--output", render_arguments.output, "Write the document to FILE (replaced atomically)");
  render_command->add_option("--templates", render_arguments.templates, "Folder of templates that override the built-in ones");
  render_command->add_option("--as-of", render_arguments.as_of,
                             "Generation date and date for freshness checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  render_command->add_flag("--force", render_arguments.force,
                           "Render despite blocking findings, as a marked draft; let -o replace a file of the "
                           "repository or lead through a symlink inside it");
  add_limit_options(*render_command, render_arguments.limits);

  ImportArguments import_arguments;
  CLI::App* import_command = app.add_subcommand("import", "Import a spreadsheet (CSV or xlsx) into the SoA, assets or risks");
  import_command->add_option("register", import_arguments.target, "soa, assets or risks")
      ->required()->check(CLI::IsMember({"soa", "assets", "risks"}));
  import_command->add_option("file", import_arguments.file, "The spreadsheet: FILE.csv or FILE.xlsx")->required();
  import_command->add_option("--repo", import_arguments.repository, "Repository folder (default: current folder)");
  import_command->add_option("-o,--output", import_arguments.output,
                             "File to write, or - for standard output (default: the register's file in the repository)");
  import_command->add_option("--map", import_arguments.maps, "COLUMN=FIELD: which field a column fills (FIELD - ignores it); repeatable")
      ->allow_extra_args(false);
  import_command->add_option("--sheet", import_arguments.sheet, "xlsx: the sheet to read (default: the first)");
  import_command->add_flag("--merge", import_arguments.merge,
                           "Update the records of the existing file: only the fields the sheet carries, keeping the rest");
  import_command->add_option("--header-row", import_arguments.header_row,
                             "The row number of the header (default: found from the column names)")
      ->check(CLI::Range(1u, 1048576u));
  import_command->add_option("--owner", import_arguments.owner, "Owner written into the register: block (default: TBD)");
  import_command->add_flag("--partial", import_arguments.partial, "Write the rows that can be imported even if others cannot (exit 1)");
  import_command->add_flag("--force", import_arguments.force, "Replace the output file if it exists");
  add_table_limit_options(*import_command, import_arguments.limits);

  MigrateArguments migrate_arguments;
  CLI::App* migrate_command = app.add_subcommand("migrate", "Migrate an ISO/IEC 27001:2013 SoA to the 2022 controls");
  migrate_command->add_option("register", migrate_arguments.target, "soa")->required()->check(CLI::IsMember({"soa"}));
  migrate_command->add_option("--from", migrate_arguments.from, "Edition of the input: 2013")
      ->required()->check(CLI::IsMember({"2013"}));
  migrate_command->add_option("file", migrate_arguments.file, "The 2013 SoA: soa.yaml, FILE.csv or FILE.xlsx")->required();
  migrate_command->add_option("-o,--output", migrate_arguments.output, "File to write, or - for standard output (default: -)");
  migrate_command->add_option("--map", migrate_arguments.maps, "COLUMN=FIELD for a spreadsheet input; repeatable")
      ->allow_extra_args(false);
  migrate_command->add_option("--sheet", migrate_arguments.sheet, "xlsx: the sheet to read (default: the first)");
  migrate_command->add_option("--header-row", migrate_arguments.header_row,
                              "The row number of the header (default: found from the column names)")
      ->check(CLI::Range(1u, 1048576u));
  migrate_command->add_option("--owner", migrate_arguments.owner, "Owner written into the register: block");
  migrate_command->add_flag("--force", migrate_arguments.force, "Replace the output file if it exists");
  add_table_limit_options(*migrate_command, migrate_arguments.limits);

  DiffArguments diff_arguments;
  CLI::App* diff_command = app.add_subcommand("diff", "Compare the ISMS at two git revisions, or in two folders");
  diff_command->add_option("base", diff_arguments.base, "Git revision (or folder) to compare from")->required();
  diff_command->add_option("head", diff_arguments.head, "Git revision (or folder) to compare to (default: the working tree of --repo)");
  diff_command->add_option("--repo", diff_arguments.repository, "Repository folder, in a git work tree (default: current folder)");
  diff_command->add_option("--format", diff_arguments.format, "Output format")->check(CLI::IsMember({"text", "md", "json"}));
  diff_command->add_option("-o,--output", diff_arguments.output, "Write the comparison to FILE instead of standard output");
  diff_command->add_flag("--force", diff_arguments.force,
                         "Let -o replace a file of the repository or lead through a symlink inside it");
  diff_command->add_option("--as-of", diff_arguments.as_of, "Date used for the checks of both sides, YYYY-MM-DD (default: today)");
  diff_command->add_option("--fail-on-new", diff_arguments.fail_on_new, "Exit 1 when HEAD has new findings at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "note"}));

  ExportArguments export_arguments;
  CLI::App* export_command = add_export_command(app, export_arguments);

  ApproveArguments approve_arguments;
  CLI::App* approve_command =
      app.add_subcommand("approve", "Record the approval of the scope, the SoA or another register, with a digest of its content");
  approve_command->add_option("what", approve_arguments.words,
                              "scope [REPOSITORY], soa [REPOSITORY] or register NAME [REPOSITORY]")
      ->required();
  approve_command->add_option("--by", approve_arguments.options.by, "Who approved it")->required();
  approve_command->add_option("--role", approve_arguments.options.role, "The role in which they approved it")->required();
  approve_command->add_option("--date", approve_arguments.options.date,
                              "Date of the approval, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  approve_command->add_flag("--force", approve_arguments.options.force, "Replace an existing approval");

  SchemasArguments schemas_arguments;
  CLI::App* schemas_command =
      app.add_subcommand("schemas", "Write the JSON Schemas of the registers into a folder, for editors");
  schemas_command->add_option("folder", schemas_arguments.directory, "Where to write them (default: schemas)");
  schemas_command->add_flag("--force", schemas_arguments.force, "Replace files that differ from this version's schemas");

  std::string completion_shell;
  CLI::App* version_command = app.add_subcommand("version", "Print the version of isms, as --version does");

  CLI::App* completion_command = app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  completion_command->add_option("shell", completion_shell, "bash, zsh or fish")
      ->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));

  if (argc > 1 && argv[1][0] != '-') {
    const std::string command = argv[1];
    std::vector<std::string> known;
    for (const CLI::App* sub : app.get_subcommands({})) known.push_back(sub->get_name());
    if (std::find(known.begin(), known.end(), command) == known.end()) {
      print_error(fmt::format("unknown command '{}'{}", command, did_you_mean(command, known)));
      write_stderr("Run 'isms --help' for the commands.\n");
      return kUsageError;
    }
  }
  if (std::string problem = unknown_option_problem(app, argc, argv); !problem.empty()) {
    print_error(problem);
    write_stderr(fmt::format("Run '{} --help' for the options.\n", argc > 1 && argv[1][0] != '-' ? "isms " + std::string(argv[1]) : "isms"));
    return kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : kUsageError;
  }
  if (check_command->parsed()) return run_check_command(check);
  if (init_command->parsed()) return run_init_command(init);
  if (render_command->parsed()) return run_render_command(render_arguments);
  if (completion_command->parsed()) {
    write_stdout(completion_script(completion_shell, command_specs(app)), StreamSyntax::Text);
    return 0;
  }
  if (diff_command->parsed()) return run_diff_command(diff_arguments);
  if (baseline_command->parsed()) return run_baseline_command(baseline_arguments);
  if (approve_command->parsed()) return run_approve_command(std::move(approve_arguments));
  if (export_command->parsed()) return run_export_command(export_arguments);
  if (import_command->parsed()) return run_import_command(import_arguments);
  if (migrate_command->parsed()) return run_migrate_command(migrate_arguments);
  if (schemas_command->parsed()) return run_schemas_command(schemas_arguments);
  if (rules_command->parsed()) {
    if (rules_format == "json") {
      write_stdout(format_rules_json(), StreamSyntax::Json);
    } else {
      write_stdout(format_rules_text(), StreamSyntax::Text);
    }
    return 0;
  }
  if (version_command->parsed()) {
    std::fputs(fmt::format("isms {}\n", ISMS_VERSION).c_str(), stdout);
    return std::fflush(stdout) == 0 ? 0 : kUsageError;
  }
  if (explain_command->parsed()) {
    Explanation explanation = explain_code(explain_target);
    if (!explanation.found) {
      print_error(explanation.text);
      return kUsageError;
    }
    write_stdout(explanation.text, StreamSyntax::Text);
    return 0;
  }
  return kUsageError;
}

}  // namespace isms
