#pragma once
/// What `isms import` and `isms migrate` share: reading a spreadsheet with its column mapping,
/// reporting the rows, and writing the register they produce.

#include <cstdint>
#include <string>
#include <vector>

#include "import/import.h"

namespace isms {

/// Reads the spreadsheet and maps its columns, printing the mapping on standard error; prints
/// what went wrong and returns false.
bool read_and_map(const std::string& file, const std::string& sheet, std::uint32_t header_row, const TableLimits& limits,
                  ImportTarget target, const std::vector<std::string>& maps, Table& table, ColumnMapping& mapping);

/// "isms: SEVERITY: UNIT ROW: MESSAGE" for each problem; a problem of no row has no "UNIT ROW: ".
void print_problems(const std::vector<RowProblem>& problems, const char* severity, const char* unit);

/// Refuses, saying why, an output that exists (without --force, unless it is to be merged into),
/// that is the input itself, or that leads through a symlink inside `repository` (without
/// --force; no repository: not looked at).
bool output_allowed(const std::string& output, const std::string& input, const std::string& repository, bool force,
                    bool merge = false);

/// Writes the register: standard output for "-", else a new file (or a replaced one with
/// --force); says what went wrong and returns false.
bool write_register(const std::string& output, const std::string& yaml, bool force);

/// "1 row", "2 rows".
std::string plural(std::size_t count, const char* word);
/// "1 person", "2 people": a count and the word for one or for many.
std::string plural(std::size_t count, std::string_view one, std::string_view many);

}  // namespace isms
