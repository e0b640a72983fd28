#include "cli/register_import.h"

#include <filesystem>

#include <fmt/format.h>

#include "cli/console.h"
#include "util/output_file.h"
#include "util/output_target.h"

namespace isms {
namespace {

namespace fs = std::filesystem;

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

}  // namespace

bool read_and_map(const std::string& file, const std::string& sheet, std::uint32_t header_row, const TableLimits& limits,
                  ImportTarget target, const std::vector<std::string>& maps, Table& table, ColumnMapping& mapping) {
  if (Status read = read_table_file(file, sheet, limits, table); !read) {
    print_error(read.error());
    return false;
  }
  if (Status selected = select_header_row(target, header_row, maps, table); !selected) {
    print_error(fmt::format("{}: {}", file, selected.error()));
    return false;
  }
  const Status mapped = map_columns(target, table, maps, mapping);
  // A bad --map stops before detection, so the mapping would only mislead then.
  const bool bad_map = !mapped && mapped.error().starts_with("--map");
  if (!table.rows.empty() && !bad_map) print_mapping(file, mapping, target);
  if (!mapped) {
    print_error(fmt::format("{}: {}", file, mapped.error()));
    return false;
  }
  return true;
}

void print_problems(const std::vector<RowProblem>& problems, const char* severity, const char* unit) {
  for (const RowProblem& problem : problems) {
    if (problem.row == 0) {
      print_message(severity, problem.message);
    } else {
      print_message(severity, fmt::format("{} {}: {}", unit, problem.row, problem.message));
    }
  }
}

bool output_allowed(const std::string& output, const std::string& input, const std::string& repository, bool force,
                    bool merge) {
  if (output.empty() || output == "-") return true;
  if (!repository.empty()) {
    if (const Status target = check_output_target(output, repository, OutputKind::Register, force); !target) {
      print_error(target.error());
      return false;
    }
  }
  std::error_code error;
  if (fs::exists(output, error) && fs::equivalent(output, input, error)) {
    print_error(fmt::format("{} is the input file; write to another path", output));
    return false;
  }
  if (fs::exists(output, error) && !force && !merge) {
    print_error(fmt::format("{} exists; use --force to replace it, or --merge to update its records", output));
    return false;
  }
  return true;
}

bool write_register(const std::string& output, const std::string& yaml, bool force) {
  if (output == "-") {
    write_stdout(yaml, StreamSyntax::Text);
    return true;
  }
  const Status written = force ? write_file_atomically(output, yaml) : create_new_file(output, yaml);
  if (!written) print_error(written.error());
  return written.ok();
}

std::string plural(std::size_t count, const char* word) { return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s"); }

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

}  // namespace isms
