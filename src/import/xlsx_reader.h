#pragma once
/// Reading one sheet of an Office Open XML workbook (.xlsx) into a table.

#include <string>
#include <string_view>
#include <vector>

#include "import/import.h"
#include "util/result.h"

namespace isms {

/// Reads the sheet named `sheet` (empty: the first sheet) of the xlsx file in `bytes`: shared
/// strings (rich text included), inline strings, numbers, booleans and formula results. Cell
/// values are not formatted: a date stays its serial number. An error names the problem (a
/// missing sheet names the sheets there are).
Status read_xlsx(std::string_view bytes, std::string_view sheet, const TableLimits& limits, Table& out);


/// Parses a cell reference ("B12") into a 0-based column and a 1-based row; false if malformed.
bool parse_cell_reference(std::string_view reference, std::size_t& column, std::uint32_t& row);

}  // namespace isms
