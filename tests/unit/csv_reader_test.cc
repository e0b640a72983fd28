#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "import/csv_reader.h"

using namespace isms;

namespace {

/// The cell texts of every row up to its last cell, empty ones included, for compact comparisons.
std::vector<std::vector<std::string>> texts(const Table& table) {
  std::vector<std::vector<std::string>> rows;
  for (const SheetRow& row : table.rows) {
    std::vector<std::string> cells;
    for (std::size_t column = 0; column < row.width(); ++column) cells.emplace_back(row.at(column).text);
    rows.push_back(cells);
  }
  return rows;
}

Table parse(std::string_view text) {
  Table table;
  const Status read = read_csv(text, TableLimits{}, table);
  INFO((read ? std::string() : read.error()));
  REQUIRE(read.ok());
  return table;
}

}  // namespace

TEST_CASE("csv: plain fields, CRLF and LF line ends, a missing final line end", "[csv]") {
  const Table table = parse("a,b,c\r\n1,2,3\n4,5,6");
  CHECK(texts(table) == std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}});
  CHECK(table.rows[2].number == 3);
  CHECK(table.rows[0].at(0).type == CellType::Text);
}

TEST_CASE("csv: RFC 4180 quoting: delimiters, line breaks and doubled quotes inside quotes", "[csv]") {
  const Table table = parse("id,text\r\n1,\"a, b\"\r\n2,\"line one\r\nline two\"\r\n3,\"say \"\"hi\"\"\"\r\n4,\"\"\r\n");
  REQUIRE(table.rows.size() == 5);
  CHECK(table.rows[1].at(1).text == "a, b");
  CHECK(table.rows[2].at(1).text == "line one\nline two");
  CHECK(table.rows[3].at(1).text == "say \"hi\"");
  CHECK(table.rows[4].at(1).type == CellType::Empty);
  // A record that spans two lines is one row, as a spreadsheet shows it.
  CHECK(table.rows[3].number == 4);
  CHECK(table.rows[4].number == 5);
}

TEST_CASE("csv: the delimiter is detected from the header line", "[csv]") {
  CHECK(detect_csv_delimiter("a;b;c\n1,5;2;3") == ';');
  CHECK(detect_csv_delimiter("a,b,c\n1;2;3;4;5") == ',');
  CHECK(detect_csv_delimiter("\"x;y;z\",b\n") == ',');  // quoted semicolons do not count
  CHECK(detect_csv_delimiter("single") == ',');
  const Table table = parse("Control;Justification\nA.5.1;\"one, two; three\"\n");
  CHECK(texts(table) == std::vector<std::vector<std::string>>{{"Control", "Justification"}, {"A.5.1", "one, two; three"}});
}

TEST_CASE("csv: a UTF-8 byte-order mark is dropped and UTF-8 text is kept", "[csv]") {
  const Table table = parse("\xEF\xBB\xBF" "Name\nCaf\xC3\xA9 \xE2\x9C\x93\n");
  CHECK(table.rows[0].at(0).text == "Name");
  CHECK(table.rows[1].at(0).text == "Caf\xC3\xA9 \xE2\x9C\x93");
}

TEST_CASE("csv: blank records are skipped but counted", "[csv]") {
  const Table table = parse("h\n\n,,\nx\n");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[1].number == 4);
}

TEST_CASE("csv: lenient where spreadsheet programs are", "[csv]") {
  const Table table = parse("a,b\n5\" disk,\"x\"y\n  \"quoted, after blanks\",z\n");
  CHECK(table.rows[1].at(0).text == "5\" disk");  // a quote inside an unquoted field is literal
  CHECK(table.rows[1].at(1).text == "xy");        // text after a closing quote is kept
  CHECK(table.rows[2].at(0).text == "quoted, after blanks");
}

TEST_CASE("csv: errors name the row", "[csv]") {
  Table table;
  CHECK(read_csv("a,b\n1,\"never closed\n2,3\n", TableLimits{}, table).error() ==
        "row 2: a quoted field is never closed (a '\"' is missing)");
  CHECK(read_csv("a\nok\nbad \xFF byte\n", TableLimits{}, table).error() ==
        "row 3: the text is not valid UTF-8; save the file as CSV UTF-8");
  CHECK(read_csv("a\n\xC0\xAF\n", TableLimits{}, table).error().starts_with("row 2:"));       // overlong
  CHECK(read_csv("a\n\xED\xA0\x80\n", TableLimits{}, table).error().starts_with("row 2:"));   // surrogate
}

TEST_CASE("csv: limits on size, rows and cells", "[csv]") {
  Table table;
  TableLimits limits;
  limits.max_file_bytes = 10;
  CHECK(read_csv("0123456789ABC", limits, table).error().find("limit is 10") != std::string::npos);
  limits = TableLimits{};
  limits.max_cells = 3;
  CHECK(read_csv("a,b\nc,d\n", limits, table).error() == "more than 3 cells, the limit for an import (raise it with --max-cells)");
  limits = TableLimits{};
  limits.max_columns = 2;
  CHECK(read_csv("a,b,c\n", limits, table).error() ==
        "row 1: more than 2 columns, the limit for an import (raise it with --max-columns)");
  CHECK(read_csv(",,\n", limits, table).error() == "row 1: more than 2 columns, the limit for an import (raise it with --max-columns)");
  limits = TableLimits{};
  limits.max_text_bytes = 5;
  CHECK(read_csv("abc,de\n", limits, table).ok());
  CHECK(read_csv("abc,def\n", limits, table).error().find("more than 5 bytes of text") != std::string::npos);
  limits = TableLimits{};
  limits.max_memory_bytes = 100000;
  std::string commas;
  for (int row = 0; row < 9900; ++row) commas += ",,,,,,,,,\n";
  CHECK(read_csv(commas, limits, table).ok());  // 99,000 bytes: the file itself, and no cells
  for (int row = 0; row < 101; ++row) commas += ",,,,,,,,,\n";  // 100,010 bytes
  CHECK(read_csv(commas, limits, table).error().ends_with("(raise it with --max-memory)"));
  // 60,001 bytes of file, then 30,000 of text in each of two rows.
  CHECK(read_csv(std::string(30000, 'x') + "\n" + std::string(30000, 'y'), limits, table).error() ==
        "reading the table needs more than 100000 bytes of memory, the limit for an import (raise it with --max-memory)");
}

TEST_CASE("csv: an empty field costs no cell, and rows keep only the cells that hold text", "[csv]") {
  std::string commas = "h\n";
  for (int row = 0; row < 1000; ++row) commas += std::string(10000, ',') + "x\n";
  const Table table = parse(commas);
  REQUIRE(table.rows.size() == 1001);
  for (const SheetRow& row : table.rows) CHECK(row.cells.size() == 1);
  CHECK(table.rows[1].cells[0].column == 10000);
  CHECK(table.rows[1].cells[0].text == "x");
  CHECK(table.rows[1].at(0).type == CellType::Empty);
  CHECK(table.rows[1].find(5) == nullptr);
  CHECK(table.text.allocated_bytes() < 100000);

  // Cells are counted against the limit, empty fields are not: the header's cell and one per
  // row make 1001.
  TableLimits limits;
  limits.max_cells = 1000;
  Table counted;
  CHECK(read_csv(commas, limits, counted).error() == "more than 1000 cells, the limit for an import (raise it with --max-cells)");
  limits.max_cells = 1001;
  CHECK(read_csv(commas, limits, counted).ok());
}
