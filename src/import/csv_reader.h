#pragma once
/// A small RFC 4180 CSV reader for spreadsheet exports.
///
/// Written here rather than taken from libcsv, Debian's CSV parser, because the import needs
/// what libcsv does not give: the row number a spreadsheet shows for every cell (a quoted
/// field may span lines), the ',' or ';' delimiter guessed from the header, and the import's
/// memory budget charged cell by cell, so a hostile file fails with a message instead of
/// exhausting memory. The reader is one state machine of about 150 lines, fuzzed by fuzz_import.

#include <string>
#include <string_view>

#include "import/import.h"
#include "util/result.h"

namespace isms {

/// The field delimiter of a CSV file: ',' or ';', whichever occurs more often outside quotes in
/// the first record (the header); ',' when neither does.
char detect_csv_delimiter(std::string_view text);

/// Parses CSV text (UTF-8, with or without a byte-order mark; quoted fields may hold
/// delimiters, newlines and doubled quotes; CRLF or LF line ends) into rows numbered from 1 as a
/// spreadsheet numbers them. Blank records are left out. An error names the problem and its row.
Status read_csv(std::string_view text, const TableLimits& limits, Table& out);

}  // namespace isms
