// Fuzz target: spreadsheet import. The first byte picks what the rest is: an xlsx workbook
// (even) or a CSV file (odd), as `isms import` reads it from a pull request. The table is read
// with the default limits, so a hostile file must be refused or read within them, never crash;
// a table that reads is mapped to each register's columns and, when small, converted.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "import/csv_reader.h"
#include "import/xlsx_reader.h"
#include "import/import.h"

namespace {

/// What the readers promise: cells hold something, by strictly increasing column.
void check_rows(const isms::Table& table) {
  for (const isms::SheetRow& row : table.rows) {
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].text.empty()) std::abort();
      if (i > 0 && row.cells[i - 1].column >= row.cells[i].column) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  if (size < 1) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  Table table;
  const TableLimits limits;
  const Status read = data[0] % 2 == 0 ? read_xlsx(bytes, "", limits, table) : read_csv(bytes, limits, table);
  if (!read) return 0;
  check_rows(table);
  // A lettered --map reaches the columns the header leaves empty.
  // The header is looked for below titles, as `isms import` does before mapping.
  if (!select_header_row(ImportTarget::Soa, 0, {}, table).ok()) std::abort();  // only --header-row can fail
  check_rows(table);
  const std::string maps[] = {"B=-", "C=justification"};
  for (const ImportTargetInfo& info : import_targets()) {
    const ImportTarget target = info.target;
    ColumnMapping mapping;
    if (!map_columns(target, table, {}, mapping).ok()) {
      // Only that an explicit mapping of the same table does not crash matters here.
      if (target == ImportTarget::Soa) static_cast<void>(map_columns(target, table, maps, mapping));
      continue;
    }
    if (table.rows.size() <= 1000) import_table(target, table, mapping, ImportSettings{});
  }
  return 0;
}
