#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/console.h"
#include "cli/import_destination.h"
#include "cli/limit_options.h"
#include "cli/register_import.h"
#include "import/nested_merge.h"
#include "import/register_merge.h"
#include "import/yaml_writer.h"
#include "util/output_file.h"

namespace isms {
namespace {

namespace fs = std::filesystem;

/// Options of `isms import` as typed on the command line.
struct ImportArguments final : CommandArguments {
  std::string target;             ///< a name of import_targets(): soa, assets, people, ...
  std::string file;               ///< the spreadsheet
  std::string repository = ".";
  std::string output;             ///< empty: the register's file in the repository; "-": stdout
  std::vector<std::string> maps;  ///< COLUMN=FIELD
  std::string sheet;
  std::uint32_t header_row = 0;   ///< --header-row N; 0: found from the header's names
  std::string owner;              ///< register owner
  bool partial = false;
  bool merge = false;             ///< update the existing file's records instead of replacing it
  bool force = false;
  TableLimits limits;             ///< --max-cells, --max-columns, --max-text-size, --max-memory
};

/// --merge: folds the imported records into the existing file, prints each change, and writes
/// the file atomically, only when something changed. Records of the file that the sheet lacks
/// are removed only with --force.
ExitCode merge_into(const std::string& output, const ImportResult& result, const ColumnMapping& mapping,
                    ImportTarget target, bool force, const ImportTargetInfo& records) {
  std::ifstream stream(output, std::ios::binary);
  if (!stream) return fail(fmt::format("cannot read {}: {}", output, std::strerror(errno)));
  const std::string existing((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  std::vector<std::string> carried;
  for (const ColumnChoice& choice : mapping.columns) {
    if (!choice.field.empty()) carried.push_back(choice.field);
  }
  const Result<MergeOutcome> merged = merge_register(existing, result.yaml, target, carried, force, Limits{});
  if (!merged) return fail(fmt::format("{}: {}", output, merged.error()));
  const MergeOutcome& outcome = *merged;
  if (!outcome.missing.empty() && !force) {
    std::string keys;
    for (std::size_t index = 0; index < outcome.missing.size() && index < 10; ++index) keys += (index ? ", " : "") + outcome.missing[index];
    if (outcome.missing.size() > 10) keys += ", ...";
    return fail(fmt::format("{} of {} {} not in the sheet ({}); nothing was written", plural(outcome.missing.size(), records.unit, records.units),
                            output, outcome.missing.size() == 1 ? "is" : "are", keys),
                "--force removes them from the file; or add them to the sheet");
  }
  for (const std::string& change : outcome.changes) say("isms: " + change);
  if (outcome.text == existing) {
    say(fmt::format("isms: {} already holds what the sheet says; nothing was written", output));
    return ExitCode::Success;
  }
  if (const Status written = write_file_atomically(output, outcome.text); !written) return fail(written.error());
  say(fmt::format("isms: merged into {}: {} changed, {} added, {} removed; run 'isms check' on the repository next",
                  output, plural(outcome.changed_fields, "field"), outcome.added, outcome.removed));
  return ExitCode::Success;
}

/// A nested target: adds the sheet's records to their parents in the existing file, says each
/// record added and each the file holds otherwise, and writes the file atomically when it
/// changed. Exit 1 when rows were left out or differ from the file.
ExitCode add_nested_into(const std::string& output, const ImportResult& result, ImportTarget target, bool rows_left_out) {
  const ImportTargetInfo& records = import_target_info(target);
  std::ifstream stream(output, std::ios::binary);
  if (!stream) return fail(fmt::format("cannot read {}: {}", output, std::strerror(errno)));
  const std::string existing((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  const Result<NestedMergeOutcome> merged = merge_nested(existing, result.yaml, target, Limits{});
  if (!merged) return fail(fmt::format("{}: {}", output, merged.error()));
  const NestedMergeOutcome& outcome = *merged;
  for (const std::string& differing : outcome.differing) print_message("warning", differing);
  for (const std::string& change : outcome.changes) say("isms: " + change);
  const bool incomplete = rows_left_out || !outcome.differing.empty();
  const std::string already =
      outcome.already == 0 ? std::string() : fmt::format(" ({} already recorded)", plural(outcome.already, records.unit, records.units));
  if (outcome.text == existing) {
    say(fmt::format("isms: {} already holds the {} of the sheet{}; nothing was written", output, records.units, already));
    return incomplete ? ExitCode::Findings : ExitCode::Success;
  }
  if (const Status written = write_file_atomically(output, outcome.text); !written) return fail(written.error());
  say(fmt::format("isms: added {} to {}{}; run 'isms check' on the repository next",
                  plural(outcome.added, records.unit, records.units), output, already));
  return incomplete ? ExitCode::Findings : ExitCode::Success;
}

}  // namespace

std::unique_ptr<CommandArguments> define_import_command(CLI::App& command) {
  auto arguments = std::make_unique<ImportArguments>();
  ImportArguments& import = *arguments;
  std::vector<std::string> names;
  std::string described;
  for (const ImportTargetInfo& info : import_targets()) {
    names.emplace_back(info.name);
    described += fmt::format("\n  {:<21}{}", info.name, info.described);
  }
  command.add_option("register", import.target, "The register to write:" + described)->required()->check(CLI::IsMember(names));
  command.add_option("file", import.file, "The spreadsheet: FILE.csv or FILE.xlsx")->required();
  command.add_option("--repo", import.repository, "Repository folder (default: current folder)");
  command.add_option("-o,--output", import.output,
                     "File to write, or - for standard output (default: the register's file in the repository)");
  command.add_option("--map", import.maps, "COLUMN=FIELD: which field a column fills (FIELD - ignores it); repeatable")
      ->allow_extra_args(false);
  command.add_option("--sheet", import.sheet, "xlsx: the sheet to read (default: the first)");
  command.add_flag("--merge", import.merge,
                   "Update the records of the existing file: only the fields the sheet carries, keeping the rest");
  command.add_option("--header-row", import.header_row, "The row number of the header (default: found from the column names)")
      ->check(CLI::Range(1u, 1048576u));
  command.add_option("--owner", import.owner, "Owner written into the register: block (default: TBD)");
  command.add_flag("--partial", import.partial, "Write the rows that can be imported even if others cannot (exit 1)");
  command.add_flag("--force", import.force, "Replace the output file if it exists");
  add_table_limit_options(command, import.limits);
  return arguments;
}

/// 0 imported, 1 rows could not be imported, 2 usage or input error.
ExitCode run_import_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const ImportArguments&>(parsed);
  const ImportTarget target = parse_import_target(arguments.target).value_or(ImportTarget::Soa);
  ImportSettings settings;
  settings.owner = arguments.owner;
  settings.source = fs::path(arguments.file).filename().string();
  const Result<RepositoryFacts> facts = read_manifest(arguments.repository, target, settings);
  if (!facts) return fail(facts.error());
  std::string output = arguments.output;
  if (output.empty()) {
    Result<std::string> destination = default_output(arguments.repository, target, *facts);
    if (!destination) return fail(destination.error());
    output = std::move(*destination);
  }
  // The input is read before the output is judged: a missing spreadsheet is the first thing to say.
  Table table;
  ColumnMapping mapping;
  if (!read_and_map(arguments.file, arguments.sheet, arguments.header_row, arguments.limits, target, arguments.maps, table,
                    mapping)) {
    return ExitCode::UsageError;
  }
  const ImportTargetInfo& records = import_target_info(target);
  const bool nested = !records.nested.empty();
  if (arguments.merge && arguments.partial && !nested) {
    return fail("--merge and --partial cannot be combined: a row left out would read as a record to remove");
  }
  if (arguments.merge && output == "-") {
    return fail("--merge updates a register file; name it with -o FILE, or leave -o out for the repository's own");
  }
  std::error_code error;
  if (nested && output == "-") {
    return fail(fmt::format("{} are added to the {} of an existing register file; name it with -o FILE, or leave -o out "
                            "for the repository's own",
                            records.units, records.nested.parent_list));
  }
  if (nested && !fs::exists(output, error)) {
    return fail(fmt::format("{} does not exist: {} are added to the {} it holds", output, records.units,
                            records.nested.parent_list),
                records.nested.adds_parent ? "create the register first (isms init writes it)"
                                           : fmt::format("import or write the {} first", records.nested.parent_list));
  }
  const bool merging = nested || (arguments.merge && fs::exists(output, error));
  if (!output_allowed(output, arguments.file, arguments.repository, arguments.force, merging)) return ExitCode::UsageError;
  // A file that holds another list of its register is never replaced, even with --force: the
  // other list would be lost. --merge adds the records to it, and updates them.
  if (!records.also_holds.empty() && !merging && output != "-" && fs::exists(output, error)) {
    return fail(fmt::format("{} also holds {}, which replacing it would lose; nothing was written", output, records.also_holds),
                fmt::format("--merge adds the {} to it and updates them (with --force, it also removes those the sheet lacks)",
                            records.units));
  }
  settings.schema_path = schema_path_for(import_register_name(target), output, arguments.repository);
  const ImportResult result = import_table(target, table, mapping, settings);
  print_problems(result.warnings, "warning", "row");
  print_problems(result.errors, "error", "row");

  std::size_t bad_rows = 0;
  std::uint32_t last_row = 0;
  for (const RowProblem& problem : result.errors) {
    if (problem.row != last_row) ++bad_rows;
    last_row = problem.row;
  }
  if (result.yaml.empty()) {
    print_error("no row could be imported; nothing was written");
    return ExitCode::Findings;
  }
  if (!result.errors.empty() && !arguments.partial) {
    print_error(fmt::format("{} of {} cannot be imported; nothing was written (--partial writes the other {})", bad_rows,
                            plural(result.data_rows, "row"), result.data_rows - bad_rows));
    return ExitCode::Findings;
  }
  if (nested) return add_nested_into(output, result, target, !result.errors.empty());
  if (merging) {
    for (const std::string& note : result.notes) print_message("note", note);
    return merge_into(output, result, mapping, target, arguments.force, records);
  }
  if (!write_register(output, result.yaml, arguments.force)) return ExitCode::UsageError;
  for (const std::string& note : result.notes) print_message("note", note);
  const std::string where = output == "-" ? std::string("standard output") : output;
  if (!result.errors.empty()) {
    say(fmt::format("isms: wrote {} to {}; {} of {} left out (see above)", plural(result.records, records.unit, records.units), where, bad_rows,
                    plural(result.data_rows, "row")));
    return ExitCode::Findings;
  }
  say(fmt::format("isms: wrote {} to {}; run 'isms check' on the repository next", plural(result.records, records.unit, records.units), where));
  return ExitCode::Success;
}

}  // namespace isms
