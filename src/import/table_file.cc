// Reading a spreadsheet file from disk into a table, whatever its format.
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "import/csv_reader.h"
#include "import/xlsx_reader.h"
#include "import/import.h"

namespace isms {
namespace {

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[text.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t value = column + 1; value > 0; value = (value - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (value - 1) % 26));
  }
  return letters;
}

Status read_table_file(const std::string& path, const std::string& sheet, const TableLimits& limits, Table& out) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return Error{fmt::format("cannot read {}: {}", path, std::strerror(errno))};
  std::string bytes;
  char buffer[65536];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (bytes.size() > limits.max_file_bytes) {
      return Error{fmt::format("{} is larger than {} bytes, the limit for a spreadsheet", path, limits.max_file_bytes)};
    }
  }
  if (stream.bad()) return Error{fmt::format("cannot read {}: {}", path, std::strerror(errno))};
  // The extension decides; without a known one, a zip signature means xlsx.
  const bool xlsx = ends_with_ignoring_case(path, ".xlsx") || ends_with_ignoring_case(path, ".xlsm") ||
                    (!ends_with_ignoring_case(path, ".csv") && bytes.starts_with("PK\x03\x04"));
  const auto in_file = [&path](const Status& read) -> Status {
    if (!read) return Error{fmt::format("{}: {}", path, read.error())};
    return Done{};
  };
  if (xlsx) return in_file(read_xlsx(bytes, sheet, limits, out));
  if (ends_with_ignoring_case(path, ".xls") || bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return Error{fmt::format("{} is an old binary Excel file (.xls); save it as .xlsx or CSV UTF-8", path)};
  }
  if (!sheet.empty()) return Error{fmt::format("--sheet applies to xlsx workbooks; {} is read as CSV", path)};
  return in_file(read_csv(bytes, limits, out));
}

}  // namespace isms
