// The xlsx reader on workbooks written by another tool (libxlsxwriter, which stores text as
// shared strings, or inline in constant-memory mode) and on hand-made hostile archives.
#include <catch2/catch.hpp>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "import/xlsx_reader.h"
#include "import/import.h"

using namespace isms;

namespace {

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("isms-xlsx-test-" + std::to_string(::getpid()) + "-" + name);
}

/// A small SoA workbook: a header, text, booleans, numbers, a date, a rich string, a formula,
/// a gap column, a blank row, and a second sheet.
std::string soa_workbook(bool constant_memory) {
  const std::filesystem::path path = temp_path(constant_memory ? "inline.xlsx" : "shared.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* cover = workbook_add_worksheet(book, "Cover");
  lxw_worksheet* soa = workbook_add_worksheet(book, "SoA");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  worksheet_write_string(cover, 0, 0, "Statement of Applicability", nullptr);

  const char* header[] = {"Control", "Applicable", "Justification", "Score", "Reviewed"};
  for (lxw_col_t column = 0; column < 5; ++column) worksheet_write_string(soa, 0, column, header[column], nullptr);
  worksheet_write_string(soa, 1, 0, "A.5.1", nullptr);
  worksheet_write_boolean(soa, 1, 1, 1, nullptr);
  lxw_rich_string_tuple first{bold, const_cast<char*>("Multi-factor")};
  lxw_rich_string_tuple second{nullptr, const_cast<char*>(" authentication, \"always\" & <everywhere>")};
  lxw_rich_string_tuple* fragments[] = {&first, &second, nullptr};
  worksheet_write_rich_string(soa, 1, 2, fragments, nullptr);
  worksheet_write_number(soa, 1, 3, 3, nullptr);
  lxw_datetime reviewed{2026, 12, 31, 0, 0, 0};
  worksheet_write_datetime(soa, 1, 4, &reviewed, date);
  // Row 3 is left blank. Row 4 has a gap in column B and a formula.
  worksheet_write_number(soa, 3, 0, 8.2, nullptr);
  worksheet_write_string(soa, 3, 2, "Caf\xC3\xA9\nsecond line", nullptr);
  worksheet_write_formula_num(soa, 3, 3, "=1+1", nullptr, 2);
  worksheet_write_boolean(soa, 3, 4, 0, nullptr);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  std::string bytes = read_bytes(path);
  std::filesystem::remove(path);
  return bytes;
}

/// A zip archive with the given parts, written by libzip.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  const std::filesystem::path path = temp_path("parts.zip");
  std::filesystem::remove(path);
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
  std::string bytes = read_bytes(path);
  std::filesystem::remove(path);
  return bytes;
}

const char* kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/></Relationships>)";

std::string sheet_with(const std::string& sheet_data) {
  return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheet_data +
         "</sheetData></worksheet>";
}

}  // namespace

TEST_CASE("xlsx: shared strings, rich text, booleans, numbers, dates and formulas", "[xlsx]") {
  for (bool constant_memory : {false, true}) {
    INFO("constant memory (inline strings): " << constant_memory);
    const std::string bytes = soa_workbook(constant_memory);
    Table table;
    REQUIRE(read_xlsx(bytes, "SoA", TableLimits{}, table).ok());
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].number == 1);
    CHECK(table.rows[0].at(2).text == "Justification");
    const SheetRow& first = table.rows[1];
    CHECK(first.number == 2);
    CHECK(first.at(0).text == "A.5.1");
    CHECK(first.at(1).type == CellType::Boolean);
    CHECK(first.at(1).text == "true");
    CHECK(first.at(2).text == "Multi-factor authentication, \"always\" & <everywhere>");
    CHECK(first.at(3).type == CellType::Number);
    CHECK(first.at(3).text == "3");
    CHECK(first.at(4).type == CellType::Number);
    CHECK(first.at(4).text == "46387");  // 2026-12-31 as an Excel serial day
    const SheetRow& second = table.rows[2];
    CHECK(second.number == 4);  // the blank row 3 is left out, the numbering kept
    CHECK(second.at(0).text == "8.2");
    CHECK(second.at(1).type == CellType::Empty);
    CHECK(second.at(2).text == "Caf\xC3\xA9\nsecond line");
    CHECK(second.at(3).text == "2");  // a formula's cached result
    CHECK(second.at(4).text == "false");
  }
}

TEST_CASE("xlsx: the first sheet by default, a sheet by name, and the names of the sheets when it is missing", "[xlsx]") {
  const std::string bytes = soa_workbook(false);
  Table table;
  REQUIRE(read_xlsx(bytes, "", TableLimits{}, table).ok());
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0].at(0).text == "Statement of Applicability");
  CHECK(read_xlsx(bytes, "soa", TableLimits{}, table).ok());  // Excel compares names ignoring case
  CHECK(table.rows.size() == 3);
  CHECK(read_xlsx(bytes, "Risks", TableLimits{}, table).error() == "the workbook has no sheet 'Risks'; its sheets are 'Cover', 'SoA'");
}

TEST_CASE("xlsx: cell references", "[xlsx]") {
  std::size_t column = 0;
  std::uint32_t row = 0;
  CHECK(parse_cell_reference("A1", column, row));
  CHECK((column == 0 && row == 1));
  CHECK(parse_cell_reference("AB12", column, row));
  CHECK((column == 27 && row == 12));
  CHECK(parse_cell_reference("XFD1048576", column, row));
  CHECK((column == 16383 && row == 1048576));
  CHECK_FALSE(parse_cell_reference("12", column, row));
  CHECK_FALSE(parse_cell_reference("A0", column, row));
  CHECK_FALSE(parse_cell_reference("a1", column, row));
  CHECK_FALSE(parse_cell_reference("ABCD1", column, row));
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(16383) == "XFD");
}

TEST_CASE("xlsx: hand-made parts: inline strings, missing refs, errors and prefixes", "[xlsx]") {
  const std::string sheet = sheet_with(
      R"(<row><c t="inlineStr"><is><r><t>Con</t></r><r><t>trol</t></r></is></c><c t="str"><v>x</v></c></row>)"
      R"(<row r="3"><c r="C3" t="e"><v>#N/A</v></c><c t="b"><v>1</v></c></row>)");
  const std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/sheet1.xml", sheet}});
  Table table;
  REQUIRE(read_xlsx(bytes, "", TableLimits{}, table).ok());
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].number == 1);
  CHECK(table.rows[0].at(0).text == "Control");
  CHECK(table.rows[0].at(1).text == "x");
  CHECK(table.rows[1].number == 3);
  CHECK(table.rows[1].at(2).type == CellType::Error);
  CHECK(table.rows[1].at(2).text == "#N/A");
  CHECK(table.rows[1].at(3).text == "true");  // D3: the cell after C3
}

TEST_CASE("xlsx: broken and hostile workbooks are refused with a reason", "[xlsx]") {
  Table table;
  CHECK(read_xlsx("not a zip at all", "", TableLimits{}, table).error().starts_with("not an xlsx workbook"));
  CHECK(read_xlsx(make_zip({{"hello.txt", "hi"}}), "", TableLimits{}, table).error() ==
        "not an xlsx workbook: it has no workbook part (xl/workbook.xml)");

  // An XML bomb: entity expansion needs a DTD, and no workbook part has one.
  const std::string bomb = R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>)"
                           "<workbook><sheets><sheet name=\"&b;\"/></sheets></workbook>";
  CHECK(read_xlsx(make_zip({{"xl/workbook.xml", bomb}}), "", TableLimits{}, table).error().find("DOCTYPE") != std::string::npos);

  const std::string bad_xml = make_zip({{"xl/workbook.xml", kWorkbook},
                                        {"xl/_rels/workbook.xml.rels", kRels},
                                        {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"}});
  CHECK(read_xlsx(bad_xml, "", TableLimits{}, table).error().find("is not well-formed XML") != std::string::npos);

  const std::string dangling = make_zip({{"xl/workbook.xml", kWorkbook},
                                         {"xl/_rels/workbook.xml.rels", kRels},
                                         {"xl/worksheets/sheet1.xml", sheet_with(R"(<row><c t="s"><v>7</v></c></row>)")}});
  CHECK(read_xlsx(dangling, "", TableLimits{}, table).error().find("shared string '7', which does not exist") != std::string::npos);

  const std::string far = make_zip({{"xl/workbook.xml", kWorkbook},
                                    {"xl/_rels/workbook.xml.rels", kRels},
                                    {"xl/worksheets/sheet1.xml", sheet_with(R"(<row r="2000000"><c><v>1</v></c></row>)")}});
  CHECK(read_xlsx(far, "", TableLimits{}, table).error().find("beyond the last row") != std::string::npos);
}

TEST_CASE("xlsx: limits on uncompressed size, entries and cells (zip bombs)", "[xlsx]") {
  // 1 MB of zeros compresses to about 1 kB: the limit applies to what is uncompressed.
  std::string rows;
  for (int row = 1; row <= 2000; ++row) rows += "<row r=\"" + std::to_string(row) + "\"><c><v>0</v></c></row>";
  const std::string sheet = sheet_with(rows + "<!--" + std::string(1000000, '0') + "-->");
  const std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/sheet1.xml", sheet}});
  CHECK(bytes.size() < 50000);
  Table table;
  TableLimits limits;
  limits.max_entry_bytes = 100000;
  CHECK(read_xlsx(bytes, "", limits, table).error().find("uncompresses to") != std::string::npos);
  CHECK(table.rows.empty());
  limits = TableLimits{};
  limits.max_total_bytes = 100000;
  CHECK(read_xlsx(bytes, "", limits, table).error().find("uncompresses to more than") != std::string::npos);
  limits = TableLimits{};
  limits.max_cells = 1000;
  CHECK(read_xlsx(bytes, "", limits, table).error().find("more than 1000 cells") != std::string::npos);
  limits = TableLimits{};
  limits.max_zip_entries = 2;
  CHECK(read_xlsx(bytes, "", limits, table).error().find("the limit is 2") != std::string::npos);
  limits = TableLimits{};
  REQUIRE(read_xlsx(bytes, "", limits, table).ok());
  CHECK(table.rows.size() == 2000);
}

TEST_CASE("xlsx: a cell far to the right is one cell, not a row padded to it", "[xlsx]") {
  std::string rows;
  for (int row = 1; row <= 2000; ++row) {
    rows += "<row r=\"" + std::to_string(row) + "\"><c r=\"XFD" + std::to_string(row) + "\"><v>7</v></c></row>";
  }
  const std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/sheet1.xml", sheet_with(rows)}});
  Table table;
  TableLimits limits;
  limits.max_memory_bytes = 4u * 1024u * 1024u;  // 2,000 padded rows would need 650 MB
  REQUIRE(read_xlsx(bytes, "", limits, table).ok());
  REQUIRE(table.rows.size() == 2000);
  for (const SheetRow& row : table.rows) {
    REQUIRE(row.cells.size() == 1);
    CHECK(row.cells[0].column == 16383);
    CHECK(row.width() == 16384);
  }
  CHECK(table.rows[0].at(16383).text == "7");
  CHECK(table.rows[0].at(0).type == CellType::Empty);

  limits.max_columns = 16383;
  CHECK(read_xlsx(bytes, "", limits, table).error() ==
        "sheet 'S': xl/worksheets/sheet1.xml: row 1 has a cell beyond column XFC, the limit for an import (raise it with --max-columns)");
}

TEST_CASE("xlsx: a shared string is stored once, and counted per cell against the text limit", "[xlsx]") {
  const std::string text(100000, 'a');
  std::string rows;
  for (int row = 1; row <= 1000; ++row) rows += "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>";
  const std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/sharedStrings.xml", "<sst><si><t>" + text + "</t></si><si><t>b</t></si></sst>"},
                                      {"xl/worksheets/sheet1.xml", sheet_with(rows)}});
  Table table;
  TableLimits limits;
  limits.max_text_bytes = 1000u * 100001u;
  limits.max_memory_bytes = 8u * 1024u * 1024u;  // a copy per cell would be 100 MB
  REQUIRE(read_xlsx(bytes, "", limits, table).ok());
  REQUIRE(table.rows.size() == 1000);
  for (const SheetRow& row : table.rows) {
    REQUIRE(row.cells.size() == 2);
    CHECK(row.cells[0].text.data() == table.rows[0].cells[0].text.data());  // one copy, many views
    CHECK(row.cells[1].text == "b");
  }
  CHECK(table.rows[999].cells[0].text == text);
  CHECK(table.text.allocated_bytes() < 1024u * 1024u);

  limits.max_text_bytes = 1000u * 100001u - 1;
  CHECK(read_xlsx(bytes, "", limits, table).error() ==
        "sheet 'S': xl/worksheets/sheet1.xml: the cells hold more than 100000999 bytes of text once shared strings are expanded, the limit for an "
        "import (raise it with --max-text-size)");
  CHECK(table.rows.empty());
}

TEST_CASE("xlsx: the memory budget covers the parts, the shared strings and the cells", "[xlsx]") {
  std::string rows;
  for (int row = 1; row <= 5000; ++row) rows += "<row><c t=\"inlineStr\"><is><t>cell text</t></is></c></row>";
  const std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                      {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/sharedStrings.xml", "<sst><si><t>" + std::string(300000, 's') + "</t></si></sst>"},
                                      {"xl/worksheets/sheet1.xml", sheet_with(rows)}});
  Table table;
  TableLimits limits;
  REQUIRE(read_xlsx(bytes, "", limits, table).ok());
  for (const std::size_t budget : {std::size_t{10000}, std::size_t{400000}, std::size_t{700000}}) {
    INFO(budget);
    limits.max_memory_bytes = budget;
    CHECK(read_xlsx(bytes, "", limits, table).error().ends_with(
        "reading the table needs more than " + std::to_string(budget) +
        " bytes of memory, the limit for an import (raise it with --max-memory)"));
    CHECK(table.rows.empty());
  }
}

TEST_CASE("xlsx: cells out of column order are sorted, and a repeated cell replaces the earlier one", "[xlsx]") {
  const std::string bytes = make_zip(
      {{"xl/workbook.xml", kWorkbook},
       {"xl/_rels/workbook.xml.rels", kRels},
       {"xl/worksheets/sheet1.xml",
        sheet_with(R"(<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>4</v></c></row>)"
                   R"(<row r="2"><c r="B2" t="inlineStr"><is><t> </t></is></c><c r="B2"><v></v></c></row>)")}});
  Table table;
  REQUIRE(read_xlsx(bytes, "", TableLimits{}, table).ok());
  REQUIRE(table.rows.size() == 1);  // row 2 holds only a blank
  REQUIRE(table.rows[0].cells.size() == 2);
  CHECK(table.rows[0].cells[0].column == 0);
  CHECK(table.rows[0].cells[0].text == "1");
  CHECK(table.rows[0].cells[1].column == 2);
  CHECK(table.rows[0].cells[1].text == "4");
}
