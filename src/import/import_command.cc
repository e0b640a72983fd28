#include "import/import_command.h"
#include "util/std_streams.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "load/decode_fields.h"
#include "load/decode_registers.h"
#include "util/escape.h"
#include "load/file_reader.h"
#include "util/output_target.h"
#include "model/catalogue.h"
#include "import/import.h"
#include "util/output_file.h"
#include "load/yaml_tree.h"
#include "import/register_merge.h"
#include "import/yaml_writer.h"

namespace isms {
namespace {

namespace fs = std::filesystem;

constexpr int kRowErrors = 1;
constexpr int kUsageError = 2;

void say(const std::string& text) {
  write_stderr(terminal_value(text) + "\n");
}

/// What the repository's manifest says that matters to an import.
struct RepositoryFacts {
  bool has_manifest = false;
  std::string manifest_problem;  ///< why isms.yaml could not be read, when it exists
  std::string register_path;  ///< paths.<register> when the manifest moves it
};

/// Reads classification levels, risk scales and the register's location from REPO/isms.yaml.
RepositoryFacts read_manifest(const std::string& repository, ImportTarget target, ImportSettings& settings) {
  RepositoryFacts facts;
  std::error_code missing;
  if (!fs::exists(fs::symlink_status(fs::path(repository) / "isms.yaml", missing))) return facts;
  facts.has_manifest = true;
  // Read as `check` reads it: within the limits, and never through a symlink leading outside.
  std::string text;
  DiagnosticSink sink;
  if (!read_text_file(repository, "isms.yaml", Limits{}, {}, "isms.yaml", text, sink)) {
    facts.manifest_problem = sink.all().empty() ? "cannot read isms.yaml" : sink.all().front().message;
    return facts;
  }
  YamlDocument document;
  if (!parse_yaml(text, 1, Limits{}, document, sink) || document.root == nullptr) return facts;
  const FieldReader read(sink);
  Manifest manifest;
  decode_manifest(*document.root, read, manifest);
  settings.classification_levels = manifest.classification_levels;
  settings.likelihood_min = manifest.risk.likelihood.min;
  settings.likelihood_labels = manifest.risk.likelihood.labels;
  settings.impact_min = manifest.risk.impact.min;
  settings.impact_labels = manifest.risk.impact.labels;
  const Text moved = read.text(read.mapping(document.root, "paths"), import_target_name(target));
  if (moved.present) facts.register_path = moved.value;
  return facts;
}

/// The default output: the register's single file in the repository. Empty (and `problem` set)
/// when the register is a folder or the repository has no manifest.
std::string default_output(const std::string& repository, ImportTarget target, const RepositoryFacts& facts,
                           std::string& problem) {
  if (!facts.has_manifest) {
    problem = fmt::format("'{}' is not a compliance repository (it has no isms.yaml); pass --repo REPO, or -o FILE", repository);
    return {};
  }
  std::string base = facts.register_path.empty() ? std::string(import_target_name(target)) : facts.register_path;
  while (!base.empty() && base.back() == '/') base.pop_back();
  for (const char* extension : {".yaml", ".yml"}) {
    if (base.ends_with(extension)) base.resize(base.size() - std::strlen(extension));
  }
  const fs::path root(repository);
  std::error_code error;
  if (fs::is_directory(root / base, error)) {
    problem = fmt::format("the {} register is the folder {}; write the import into it with -o {}/imported.yaml, "
                          "keeping one register: block among its files",
                          import_target_name(target), (root / base).string(), (root / base).string());
    return {};
  }
  if (fs::exists(root / (base + ".yml"), error)) return (root / (base + ".yml")).string();
  return (root / (base + ".yaml")).string();
}

/// Refuses an output that exists (without --force, unless it is to be merged into), that is the
/// input itself, or that leads through a symlink inside the repository (without --force).
bool output_allowed(const std::string& output, const std::string& input, const std::string& repository, bool force,
                    bool merge = false) {
  if (output.empty() || output == "-") return true;
  if (std::string problem = repository.empty() ? std::string() : output_target_problem(output, repository, OutputKind::Register, force);
      !problem.empty()) {
    say("isms: error: " + problem);
    return false;
  }
  std::error_code error;
  if (fs::exists(output, error) && fs::equivalent(output, input, error)) {
    say(fmt::format("isms: error: {} is the input file; write to another path", output));
    return false;
  }
  if (fs::exists(output, error) && !force && !merge) {
    say(fmt::format("isms: error: {} exists; use --force to replace it, or --merge to update its records", output));
    return false;
  }
  return true;
}

/// Writes the result: stdout for "-", else a new file (or a replaced one with --force).
bool write_output(const std::string& output, const std::string& yaml, bool force) {
  if (output == "-") {
    write_stdout(yaml, StreamSyntax::Text);
    return true;
  }
  const std::string problem = force ? write_file_atomically(output, yaml) : create_new_file(output, yaml);
  if (!problem.empty()) say("isms: error: " + problem);
  return problem.empty();
}

void print_mapping(const std::string& file, const ColumnMapping& mapping, ImportTarget target) {
  say(fmt::format("isms: {}: header row {}; columns:", file, mapping.header_row));
  for (const ColumnChoice& choice : mapping.columns) {
    if (choice.header.empty()) continue;
    const std::string letter = column_letters(choice.column);
    if (choice.field.empty()) {
      say(fmt::format("  {:<3} \"{}\" -> ignored{}", letter, choice.header,
                      choice.explicit_map ? " (--map)" : fmt::format(" (not a field of {})", import_target_name(target))));
    } else {
      say(fmt::format("  {:<3} \"{}\" -> {}{}", letter, choice.header, choice.field, choice.explicit_map ? " (--map)" : ""));
    }
  }
}

void print_problems(const std::vector<RowProblem>& problems, const char* severity, const char* unit) {
  for (const RowProblem& problem : problems) {
    if (problem.row == 0) {
      say(fmt::format("isms: {}: {}", severity, problem.message));
    } else {
      say(fmt::format("isms: {}: {} {}: {}", severity, unit, problem.row, problem.message));
    }
  }
}

/// Reads the spreadsheet and maps its columns; prints what went wrong and returns false.
bool read_and_map(const std::string& file, const std::string& sheet, std::uint32_t header_row, const TableLimits& limits,
                  ImportTarget target, const std::vector<std::string>& maps, Table& table, ColumnMapping& mapping) {
  if (std::string problem = read_table_file(file, sheet, limits, table); !problem.empty()) {
    say("isms: error: " + problem);
    return false;
  }
  if (std::string problem = select_header_row(target, header_row, maps, table); !problem.empty()) {
    say(fmt::format("isms: error: {}: {}", file, problem));
    return false;
  }
  std::string problem = map_columns(target, table, maps, mapping);
  // A bad --map stops before detection, so the mapping would only mislead then.
  if (!table.rows.empty() && !problem.starts_with("--map")) print_mapping(file, mapping, target);
  if (!problem.empty()) {
    say(fmt::format("isms: error: {}: {}", file, problem));
    return false;
  }
  return true;
}

std::string plural(std::size_t count, const char* word) { return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s"); }

/// --merge: folds the imported records into the existing file, prints each change, and writes
/// the file atomically, only when something changed. Records of the file that the sheet lacks
/// are removed only with --force.
int merge_into(const std::string& output, const ImportResult& result, const ColumnMapping& mapping, ImportTarget target,
               bool force, const char* unit) {
  std::ifstream stream(output, std::ios::binary);
  if (!stream) {
    say(fmt::format("isms: error: cannot read {}: {}", output, std::strerror(errno)));
    return kUsageError;
  }
  const std::string existing((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  std::vector<std::string> carried;
  for (const ColumnChoice& choice : mapping.columns) {
    if (!choice.field.empty()) carried.push_back(choice.field);
  }
  const MergeOutcome outcome = merge_register(existing, result.yaml, target, carried, force, Limits{});
  if (!outcome.problem.empty()) {
    say(fmt::format("isms: error: {}: {}", output, outcome.problem));
    return kUsageError;
  }
  if (!outcome.missing.empty() && !force) {
    std::string keys;
    for (std::size_t index = 0; index < outcome.missing.size() && index < 10; ++index) keys += (index ? ", " : "") + outcome.missing[index];
    if (outcome.missing.size() > 10) keys += ", ...";
    say(fmt::format("isms: error: {} of {} {} not in the sheet ({}); nothing was written", plural(outcome.missing.size(), unit),
                    output, outcome.missing.size() == 1 ? "is" : "are", keys));
    say("isms: hint: --force removes them from the file; or add them to the sheet");
    return kUsageError;
  }
  for (const std::string& change : outcome.changes) say("isms: " + change);
  if (outcome.text == existing) {
    say(fmt::format("isms: {} already holds what the sheet says; nothing was written", output));
    return 0;
  }
  if (const std::string problem = write_file_atomically(output, outcome.text); !problem.empty()) {
    say("isms: error: " + problem);
    return kUsageError;
  }
  say(fmt::format("isms: merged into {}: {} changed, {} added, {} removed; run 'isms check' on the repository next",
                  output, plural(outcome.changed_fields, "field"), outcome.added, outcome.removed));
  return 0;
}

}  // namespace

int run_import_command(const ImportArguments& arguments) {
  const ImportTarget target = parse_import_target(arguments.target).value_or(ImportTarget::Soa);
  ImportSettings settings;
  settings.owner = arguments.owner;
  settings.source = fs::path(arguments.file).filename().string();
  const RepositoryFacts facts = read_manifest(arguments.repository, target, settings);
  if (!facts.manifest_problem.empty()) {
    say(fmt::format("isms: error: {}", facts.manifest_problem));
    return kUsageError;
  }
  std::string output = arguments.output;
  if (output.empty()) {
    std::string problem;
    output = default_output(arguments.repository, target, facts, problem);
    if (output.empty()) {
      say("isms: error: " + problem);
      return kUsageError;
    }
  }
  // The input is read before the output is judged: a missing spreadsheet is the first thing to say.
  Table table;
  ColumnMapping mapping;
  if (!read_and_map(arguments.file, arguments.sheet, arguments.header_row, arguments.limits, target, arguments.maps, table, mapping)) return kUsageError;
  if (arguments.merge && arguments.partial) {
    say("isms: error: --merge and --partial cannot be combined: a row left out would read as a record to remove");
    return kUsageError;
  }
  if (arguments.merge && output == "-") {
    say("isms: error: --merge updates a register file; name it with -o FILE, or leave -o out for the repository's own");
    return kUsageError;
  }
  std::error_code error;
  const bool merging = arguments.merge && fs::exists(output, error);
  if (!output_allowed(output, arguments.file, arguments.repository, arguments.force, merging)) return kUsageError;
  settings.schema_path = schema_path_for(import_target_name(target), output, arguments.repository);
  const ImportResult result = import_table(target, table, mapping, settings);
  print_problems(result.warnings, "warning", "row");
  print_problems(result.errors, "error", "row");

  std::size_t bad_rows = 0;
  std::uint32_t last_row = 0;
  for (const RowProblem& problem : result.errors) {
    if (problem.row != last_row) ++bad_rows;
    last_row = problem.row;
  }
  const char* unit = target == ImportTarget::Soa ? "control" : target == ImportTarget::Assets ? "asset" : "risk";
  if (result.yaml.empty()) {
    say("isms: error: no row could be imported; nothing was written");
    return kRowErrors;
  }
  if (!result.errors.empty() && !arguments.partial) {
    say(fmt::format("isms: error: {} of {} cannot be imported; nothing was written (--partial writes the other {})",
                    bad_rows, plural(result.data_rows, "row"), result.data_rows - bad_rows));
    return kRowErrors;
  }
  if (merging) {
    for (const std::string& note : result.notes) say("isms: note: " + note);
    return merge_into(output, result, mapping, target, arguments.force, unit);
  }
  if (!write_output(output, result.yaml, arguments.force)) return kUsageError;
  for (const std::string& note : result.notes) say("isms: note: " + note);
  const std::string where = output == "-" ? std::string("standard output") : output;
  if (!result.errors.empty()) {
    say(fmt::format("isms: wrote {} to {}; {} of {} left out (see above)", plural(result.records, unit), where, bad_rows,
                    plural(result.data_rows, "row")));
    return kRowErrors;
  }
  say(fmt::format("isms: wrote {} to {}; run 'isms check' on the repository next", plural(result.records, unit), where));
  return 0;
}

int run_migrate_command(const MigrateArguments& arguments) {
  ImportSettings settings;
  settings.owner = arguments.owner;
  settings.source = fs::path(arguments.file).filename().string();
  const std::string output = arguments.output.empty() ? std::string("-") : arguments.output;
  // The input is judged before the output: a missing file is the first thing to say.
  std::error_code error;
  if (!fs::is_regular_file(arguments.file, error)) {
    say(fmt::format("isms: error: cannot read {}: {}", arguments.file,
                    fs::exists(arguments.file, error) ? "not a regular file" : "no such file"));
    return kUsageError;
  }
  // migrate reads no repository: its output is checked only as a file.
  if (!output_allowed(output, arguments.file, {}, arguments.force)) return kUsageError;

  const std::string extension = fs::path(arguments.file).extension().string();
  const bool yaml_input = extension == ".yaml" || extension == ".yml";
  MigrationResult result;
  if (yaml_input) {
    if (!arguments.maps.empty() || !arguments.sheet.empty()) {
      say("isms: error: --map and --sheet apply to spreadsheets; the input is YAML");
      return kUsageError;
    }
    std::ifstream stream(arguments.file, std::ios::binary);
    if (!stream) {
      say(fmt::format("isms: error: cannot read {}: {}", arguments.file, std::strerror(errno)));
      return kUsageError;
    }
    std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    result = migrate_soa_yaml(text, settings);
  } else {
    Table table;
    ColumnMapping mapping;
    if (!read_and_map(arguments.file, arguments.sheet, arguments.header_row, arguments.limits, ImportTarget::Soa, arguments.maps, table,
                      mapping)) {
      return kUsageError;
    }
    result = migrate_soa_table(table, mapping, settings);
  }
  print_problems(result.warnings, "warning", yaml_input ? "line" : "row");
  print_problems(result.errors, "error", yaml_input ? "line" : "row");
  if (!result.errors.empty()) {
    say("isms: error: the 2013 SoA has errors; nothing was written");
    return kRowErrors;
  }
  std::size_t migrated = 0;
  for (const MigratedControl& control : result.controls) migrated += control.from_2013.empty() ? 0 : 1;
  say(fmt::format("isms: migrated {} to {} of the {} ISO/IEC 27001:2022 controls (ISO/IEC 27002:2022 Annex B):",
                  plural(result.sources, "ISO/IEC 27001:2013 control"), migrated, result.controls.size()));
  for (const MigratedControl& control : result.controls) {
    if (control.from_2013.empty()) continue;
    std::string sources;
    for (const std::string& id : control.from_2013) sources += (sources.empty() ? "" : ", ") + id;
    say(fmt::format("  {:<7} <- {}", control.id_2022, sources));
  }
  const auto list_decisions = [](const std::vector<std::string>& ids, const char* why) {
    if (ids.empty()) return;
    say(fmt::format("isms: {} {}; decide whether each applies (until then 'isms check' reports it as SOA002):",
                    plural(ids.size(), "control"), why));
    for (const std::string& id : ids) {
      const AnnexAControl* control = find_control(id);
      say(fmt::format("  decision: {:<7} {}", id, control != nullptr ? control->title : std::string_view()));
    }
  };
  list_decisions(result.new_in_2022, "are new in ISO/IEC 27001:2022");
  list_decisions(result.not_in_input, "have no 2013 source in the input");
  if (!write_output(output, result.yaml, arguments.force)) return kUsageError;
  if (output != "-") say(fmt::format("isms: wrote {}", output));
  return 0;
}

}  // namespace isms
