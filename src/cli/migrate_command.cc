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
#include "cli/limit_options.h"
#include "cli/register_import.h"
#include "model/catalogue.h"

namespace isms {
namespace {

namespace fs = std::filesystem;

/// Options of `isms migrate` as typed on the command line.
struct MigrateArguments final : CommandArguments {
  std::string target;  ///< soa
  std::string from;    ///< 2013
  std::string file;
  std::string output;  ///< empty or "-": stdout
  std::vector<std::string> maps;
  std::string sheet;
  std::uint32_t header_row = 0;
  std::string owner;
  bool force = false;
  TableLimits limits;  ///< as for import
};

/// Reads the 2013 SoA, a YAML register or a spreadsheet, and migrates it; prints what went
/// wrong and returns false.
bool migrate_input(const MigrateArguments& arguments, bool yaml_input, const ImportSettings& settings,
                   MigrationResult& result) {
  if (yaml_input) {
    if (!arguments.maps.empty() || !arguments.sheet.empty()) {
      fail("--map and --sheet apply to spreadsheets; the input is YAML");
      return false;
    }
    std::ifstream stream(arguments.file, std::ios::binary);
    if (!stream) {
      fail(fmt::format("cannot read {}: {}", arguments.file, std::strerror(errno)));
      return false;
    }
    std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    result = migrate_soa_yaml(text, settings);
    return true;
  }
  Table table;
  ColumnMapping mapping;
  if (!read_and_map(arguments.file, arguments.sheet, arguments.header_row, arguments.limits, ImportTarget::Soa,
                    arguments.maps, table, mapping)) {
    return false;
  }
  result = migrate_soa_table(table, mapping, settings);
  return true;
}

/// The controls left for the user to decide, with why, on standard error.
void list_decisions(const std::vector<std::string>& ids, const char* why) {
  if (ids.empty()) return;
  say(fmt::format("isms: {} {}; decide whether each applies (until then 'isms check' reports it as SOA002):",
                  plural(ids.size(), "control"), why));
  for (const std::string& id : ids) {
    const AnnexAControl* control = find_control(id);
    say(fmt::format("  decision: {:<7} {}", id, control != nullptr ? control->title : std::string_view()));
  }
}

}  // namespace

std::unique_ptr<CommandArguments> define_migrate_command(CLI::App& command) {
  auto arguments = std::make_unique<MigrateArguments>();
  MigrateArguments& migrate = *arguments;
  command.add_option("register", migrate.target, "soa")->required()->check(CLI::IsMember({"soa"}));
  command.add_option("--from", migrate.from, "Edition of the input: 2013")->required()->check(CLI::IsMember({"2013"}));
  command.add_option("file", migrate.file, "The 2013 SoA: soa.yaml, FILE.csv or FILE.xlsx")->required();
  command.add_option("-o,--output", migrate.output, "File to write, or - for standard output (default: -)");
  command.add_option("--map", migrate.maps, "COLUMN=FIELD for a spreadsheet input; repeatable")->allow_extra_args(false);
  command.add_option("--sheet", migrate.sheet, "xlsx: the sheet to read (default: the first)");
  command.add_option("--header-row", migrate.header_row, "The row number of the header (default: found from the column names)")
      ->check(CLI::Range(1u, 1048576u));
  command.add_option("--owner", migrate.owner, "Owner written into the register: block");
  command.add_flag("--force", migrate.force, "Replace the output file if it exists");
  add_table_limit_options(command, migrate.limits);
  return arguments;
}

/// 0 migrated, 1 the input has errors (nothing written), 2 usage error.
ExitCode run_migrate_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const MigrateArguments&>(parsed);
  ImportSettings settings;
  settings.owner = arguments.owner;
  settings.source = fs::path(arguments.file).filename().string();
  const std::string output = arguments.output.empty() ? std::string("-") : arguments.output;
  // The input is judged before the output: a missing file is the first thing to say.
  std::error_code error;
  if (!fs::is_regular_file(arguments.file, error)) {
    return fail(fmt::format("cannot read {}: {}", arguments.file,
                            fs::exists(arguments.file, error) ? "not a regular file" : "no such file"));
  }
  // migrate reads no repository: its output is checked only as a file.
  if (!output_allowed(output, arguments.file, {}, arguments.force)) return ExitCode::UsageError;

  const std::string extension = fs::path(arguments.file).extension().string();
  const bool yaml_input = extension == ".yaml" || extension == ".yml";
  MigrationResult result;
  if (!migrate_input(arguments, yaml_input, settings, result)) return ExitCode::UsageError;
  print_problems(result.warnings, "warning", yaml_input ? "line" : "row");
  print_problems(result.errors, "error", yaml_input ? "line" : "row");
  if (!result.errors.empty()) {
    print_error("the 2013 SoA has errors; nothing was written");
    return ExitCode::Findings;
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
  list_decisions(result.new_in_2022, "are new in ISO/IEC 27001:2022");
  list_decisions(result.not_in_input, "have no 2013 source in the input");
  if (!write_register(output, result.yaml, arguments.force)) return ExitCode::UsageError;
  if (output != "-") say(fmt::format("isms: wrote {}", output));
  return ExitCode::Success;
}

}  // namespace isms
