// isms import and migrate below the command line: header detection, value normalisation, row
// errors with their row numbers, YAML quoting, and the merging of 2013 controls.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/values.h"
#include "import/yaml_writer.h"
#include "model/catalogue.h"
#include "import/import.h"
#include "load/yaml_tree.h"

using namespace isms;

namespace {

Table csv(std::string_view text) {
  Table table;
  const Status read = read_csv(text, TableLimits{}, table);
  INFO((read ? std::string() : read.error()));
  REQUIRE(read.ok());
  return table;
}

std::string field_of(const ColumnMapping& mapping, std::string_view header) {
  for (const ColumnChoice& choice : mapping.columns) {
    if (choice.header == header) return choice.field;
  }
  return "<no such column>";
}

std::vector<std::string> messages(const std::vector<RowProblem>& problems) {
  std::vector<std::string> lines;
  for (const RowProblem& problem : problems) lines.push_back("row " + std::to_string(problem.row) + ": " + problem.message);
  return lines;
}

/// Parses YAML text back and returns the scalar at controls[index].key.
std::string scalar_at(const std::string& yaml, std::string_view list, std::size_t index, std::string_view key) {
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(yaml, 1, Limits{}, document, sink));
  const YamlNode* items = document.root->find(list);
  REQUIRE(items != nullptr);
  REQUIRE(index < items->items.size());
  const YamlNode* value = items->items[index]->find(key);
  return value == nullptr ? std::string("<absent>") : std::string(value->scalar);
}

}  // namespace

TEST_CASE("import: headers are matched ignoring case, blanks and punctuation", "[import]") {
  const Table table = csv("Control ID,Annex A title,APPLICABLE?,Rationale,Implementation Status,Control-Owner,Notes\n"
                          "A.5.1,x,yes,A justification long enough,done,CISO,n\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  CHECK(mapping.header_row == 1);
  CHECK(field_of(mapping, "Control ID") == "control");
  CHECK(field_of(mapping, "APPLICABLE?") == "applicable");
  CHECK(field_of(mapping, "Rationale") == "justification");
  CHECK(field_of(mapping, "Implementation Status") == "status");
  CHECK(field_of(mapping, "Control-Owner") == "owner");
  CHECK(field_of(mapping, "Annex A title").empty());  // reported as ignored
  CHECK(field_of(mapping, "Notes").empty());
}

TEST_CASE("import: --map overrides detection, ignores columns, and is checked", "[import]") {
  const Table table = csv("Ref,In scope,Why,State,Owner,Control owner\nA.5.1,y,A long enough reason here,done,CISO,CTO\n");
  ColumnMapping mapping;
  CHECK(map_columns(ImportTarget::Soa, table, {}, mapping).error() ==
        "column E \"Owner\" and column F \"Control owner\" both fill owner; keep one, for example with --map \"Control owner=-\"");
  const std::vector<std::string> maps = {"Control owner=-", "why=justification"};
  REQUIRE(map_columns(ImportTarget::Soa, table, maps, mapping).ok());
  CHECK(field_of(mapping, "Owner") == "owner");
  CHECK(field_of(mapping, "Control owner").empty());
  CHECK(field_of(mapping, "Why") == "justification");
  CHECK(map_columns(ImportTarget::Soa, table, std::vector<std::string>{"Nope=control"}, mapping).error().starts_with(
      "--map 'Nope=control': the header row (row 1) has no column \"Nope\""));
  CHECK(map_columns(ImportTarget::Soa, table, std::vector<std::string>{"Why=justificaton"}, mapping).error()
            .find("(did you mean 'justification'?)") != std::string::npos);
  CHECK(map_columns(ImportTarget::Soa, table, std::vector<std::string>{"Why"}, mapping).error().starts_with("--map 'Why' is not COLUMN=FIELD"));
}

TEST_CASE("import: --map names a column by letter, also one whose header cell is empty", "[import]") {
  const Table table = csv("Applicable,,Justification,Status,,Far\nyes,A.5.1,A long enough reason here,done\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, std::vector<std::string>{"B=control"}, mapping).ok());
  REQUIRE(mapping.columns.size() == 5);  // the four header cells, and B
  CHECK(mapping.columns[1].column == 1);
  CHECK(mapping.columns[1].field == "control");
  const ImportResult result = import_table(ImportTarget::Soa, table, mapping, ImportSettings{});
  CHECK(result.errors.empty());
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.1");
  // Past the header's last cell there is no column to map.
  CHECK(map_columns(ImportTarget::Soa, table, std::vector<std::string>{"G=control"}, mapping).error().starts_with(
      "--map 'G=control': the header row (row 1) has no column \"G\""));
}

TEST_CASE("import: a required field without a column is an error", "[import]") {
  const Table table = csv("Control,Applicable,Status\nA.5.1,yes,done\n");
  ColumnMapping mapping;
  CHECK(map_columns(ImportTarget::Soa, table, {}, mapping).error() ==
        "no column holds the required field justification; name it with --map \"COLUMN=justification\" "
        "(the header row, row 1, has \"Control\", \"Applicable\", \"Status\")");
  const Table assets = csv("Asset ID,Name,Type,Owner,Class,Where\nA-1,n,t,o,c,l\n");
  CHECK(map_columns(ImportTarget::Assets, assets, {}, mapping).error().starts_with("no column holds the required field personal_data"));
}

TEST_CASE("import: yes/no, statuses, reasons-like words and numbers", "[import]") {
  for (const char* yes : {"yes", "Y", "TRUE", "x", "X", "Included", "applicable", "In scope", "1", "\xE2\x9C\x93"}) {
    INFO(yes);
    CHECK(parse_yes_no(Cell{yes, CellType::Text}) == std::optional<bool>(true));
  }
  for (const char* no : {"no", "n", "False", "excluded", "Not applicable", "N/A", "0", "out of scope"}) {
    INFO(no);
    CHECK(parse_yes_no(Cell{no, CellType::Text}) == std::optional<bool>(false));
  }
  CHECK_FALSE(parse_yes_no(Cell{"maybe", CellType::Text}).has_value());
  CHECK_FALSE(parse_yes_no(Cell{"", CellType::Text}).has_value());
  CHECK(parse_yes_no(Cell{"false", CellType::Boolean}) == std::optional<bool>(false));

  CHECK(parse_status("Implemented") == "implemented");
  CHECK(parse_status("in place") == "implemented");
  CHECK(parse_status("Done") == "implemented");
  CHECK(parse_status("yes") == "implemented");
  CHECK(parse_status("Partially implemented") == "partial");
  CHECK(parse_status("in-progress") == "partial");
  CHECK(parse_status("planned") == "planned");
  CHECK(parse_status("Not started") == "not-started");
  CHECK(parse_status("no") == "not-started");
  CHECK(parse_status("not-applicable") == "not-applicable");
  CHECK_FALSE(parse_status("sort of").has_value());

  CHECK(parse_whole_number("3") == std::optional<std::int64_t>(3));
  CHECK(parse_whole_number("3.0") == std::optional<std::int64_t>(3));
  CHECK(parse_whole_number(" 4 - Likely") == std::optional<std::int64_t>(4));
  CHECK_FALSE(parse_whole_number("3.5").has_value());
  CHECK_FALSE(parse_whole_number("high").has_value());

  CHECK(split_list("EV-1, EV-2;EV-3\nEV-4 EV-5", true) == std::vector<std::string>{"EV-1", "EV-2", "EV-3", "EV-4", "EV-5"});
  CHECK(split_list("Head of IT, CTO", false) == std::vector<std::string>{"Head of IT", "CTO"});
  CHECK(is_record_id("AST-001"));
  CHECK_FALSE(is_record_id("9EV"));
  CHECK_FALSE(is_record_id("EV 1"));
  CHECK(trim("\xC2\xA0 text \t\n") == "text");
  CHECK(normalise_key("Personal data (Y/N)?") == "personaldatayn");
}

TEST_CASE("import: control ids in the ways spreadsheets write them", "[import]") {
  for (const char* text : {"A.5.1", "5.1", "A 5.1", "A.05.01", "a.5.1", "A5.1", "A.5.1 Policies for information security",
                           "5.1 - Policies", " A.5.1. "}) {
    INFO(text);
    const ControlRef ref = parse_control_id(text);
    CHECK(ref.edition == ControlEdition::Edition2022);
    CHECK(ref.id == "A.5.1");
  }
  const ControlRef old = parse_control_id("A.12.06.01");
  CHECK(old.edition == ControlEdition::Edition2013);
  CHECK(old.id == "A.12.6.1");
  CHECK(parse_control_id("A.5.99").edition == ControlEdition::Invalid);
  CHECK(parse_control_id("A.19.1.1").edition == ControlEdition::Invalid);
  CHECK(parse_control_id("5").edition == ControlEdition::Invalid);
  CHECK(parse_control_id("A.5.1x").edition == ControlEdition::Invalid);
  CHECK(parse_control_id("Policies").edition == ControlEdition::Invalid);
}

TEST_CASE("import: Excel serial dates in the 1900 and 1904 systems", "[import]") {
  CHECK(excel_serial_date(1, false) == "1900-01-01");
  CHECK(excel_serial_date(59, false) == "1900-02-28");
  CHECK_FALSE(excel_serial_date(60, false).has_value());  // Excel's non-existent 1900-02-29
  CHECK(excel_serial_date(61, false) == "1900-03-01");
  CHECK(excel_serial_date(46063, false) == "2026-02-10");
  CHECK(excel_serial_date(46387.75, false) == "2026-12-31");  // the time of day is dropped
  CHECK(excel_serial_date(0, true) == "1904-01-01");
  CHECK(excel_serial_date(44601, true) == "2026-02-10");
  CHECK_FALSE(excel_serial_date(0, false).has_value());
  CHECK_FALSE(excel_serial_date(-3, false).has_value());
  CHECK(parse_date_cell(Cell{"46063", CellType::Number}, false) == "2026-02-10");
  CHECK(parse_date_cell(Cell{"2026-02-10", CellType::Text}, false) == "2026-02-10");
  CHECK(parse_date_cell(Cell{"2026/02/10", CellType::Text}, false) == "2026-02-10");
  CHECK(parse_date_cell(Cell{"2026-02-10 09:30:00", CellType::Text}, false) == "2026-02-10");
  CHECK_FALSE(parse_date_cell(Cell{"2026-02-30", CellType::Text}, false).has_value());
  CHECK_FALSE(parse_date_cell(Cell{"46063", CellType::Text}, false).has_value());  // CSV dates are written out
  CHECK_FALSE(parse_date_cell(Cell{"10/02/2026", CellType::Text}, false).has_value());  // ambiguous day/month
}

TEST_CASE("import: row errors name the spreadsheet row and the reason", "[import]") {
  const Table table = csv(
      "Control,Applicable,Justification,Status,Evidence\n"
      "A.5.1,yes,\"Policies approved by the CEO,\nand reviewed yearly.\",implemented,EV-1\n"  // row 2, on two lines
      "A.5.2,maybe,Roles are in the ISMS manual.,planned,\n"                                  // row 3
      "\n"                                                                                     // row 4: blank
      "A.5.99,yes,Not a control at all here.,planned,\n"                                      // row 5
      "A.5.3,yes,,planned,\n"                                                                 // row 6
      "A.5.4,yes,Managers sign each year.,someday,9EV\n"                                      // row 7
      "A.5.1,no,A second line for the same control.,,\n"                                      // row 8
      "A.8.30,no,No development is outsourced at all.,,\n");                                  // row 9
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  const ImportResult result = import_table(ImportTarget::Soa, table, mapping, ImportSettings{});
  CHECK(messages(result.errors) == std::vector<std::string>{
                                       "row 3: applicable 'maybe' is not yes/no",
                                       "row 5: control 'A.5.99' is not an Annex A control id (2022, such as A.5.1, or 2013, such as A.9.4.2)",
                                       "row 6: justification is empty; the SoA gives the reason for every inclusion and exclusion",
                                       "row 7: status 'someday' is not implemented, partial, planned, not started or not applicable",
                                       "row 7: evidence: '9EV' is not an id (a letter, then letters, digits, '_', '.' or '-')",
                                       "row 8: control A.5.1 is already on row 2",
                                   });
  CHECK(result.data_rows == 7);
  CHECK(result.records == 2);
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.1");
  CHECK(scalar_at(result.yaml, "controls", 0, "justification") == "Policies approved by the CEO,\nand reviewed yearly.");
  CHECK(scalar_at(result.yaml, "controls", 1, "control") == "A.8.30");
  CHECK(scalar_at(result.yaml, "controls", 1, "status") == "not-applicable");  // excluded, no status given
  CHECK(result.yaml.starts_with("# yaml-language-server: $schema=schemas/soa.schema.json\n"));
  CHECK(result.yaml.find("register:\n  version: \"0.1\"\n  owner: TBD\n") != std::string::npos);
}

TEST_CASE("import: the modeline points at the repository's schemas/ copy from where the file is written", "[import]") {
  CHECK(isms::schema_path_for("soa", "repo/soa.yaml", "repo") == "schemas/soa.schema.json");
  CHECK(isms::schema_path_for("assets", "repo/assets/ai.yaml", "repo") == "../schemas/assets.schema.json");
  CHECK(isms::schema_path_for("risks", "new-risks.yaml", "repo") == "repo/schemas/risks.schema.json");
  CHECK(isms::schema_path_for("soa", "-", "repo") == "schemas/soa.schema.json");
  CHECK(isms::schema_path_for("soa", "out.yaml", "") == "schemas/soa.schema.json");
  // A path that a comment line cannot hold plainly falls back to the root's copy.
  CHECK(isms::schema_path_for("soa", "out.yaml", "my repo\n$(x)") == "schemas/soa.schema.json");
}

TEST_CASE("import: an AI coverage column fills ai_coverage, and a sheet without one writes none", "[import]") {
  // The csv and xlsx renders of the SoA have an "AI coverage" column: importing one back keeps it.
  const Table table = csv("Control,Applicable,Justification,AI coverage,Status\n"
                          "A.8.16,yes,Production is monitored around the clock.,\"Prompt and output monitoring, drift alerts\",implemented\n"
                          "A.5.1,yes,Policies are approved by the CEO.,,implemented\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  CHECK(field_of(mapping, "AI coverage") == "ai_coverage");
  const ImportResult result = import_table(ImportTarget::Soa, table, mapping, ImportSettings{});
  REQUIRE(result.errors.empty());
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.1");
  CHECK(scalar_at(result.yaml, "controls", 0, "ai_coverage") == "<absent>");  // an empty cell writes no field
  CHECK(scalar_at(result.yaml, "controls", 1, "control") == "A.8.16");
  CHECK(scalar_at(result.yaml, "controls", 1, "ai_coverage") == "Prompt and output monitoring, drift alerts");

  const Table without = csv("Control,Applicable,Justification,Status\nA.8.16,yes,Production is monitored around the clock.,implemented\n");
  REQUIRE(map_columns(ImportTarget::Soa, without, {}, mapping).ok());
  const ImportResult plain = import_table(ImportTarget::Soa, without, mapping, ImportSettings{});
  REQUIRE(plain.errors.empty());
  CHECK(plain.yaml.find("ai_coverage") == std::string::npos);
}

TEST_CASE("migrate: the AI coverage notes of merged 2013 controls are joined with their ids", "[import]") {
  const std::string input = "register:\n  version: \"3.2\"\n  owner: Head of Security\n"
                            "controls:\n"
                            "  - {control: A.12.4.1, applicable: true, justification: Events are logged centrally., status: implemented, ai_coverage: Prompts and outputs are logged}\n"
                            "  - {control: A.12.4.3, applicable: true, justification: Admin actions are logged., status: implemented, ai_coverage: Agent tool calls are logged}\n";
  const MigrationResult result = migrate_soa_yaml(input, ImportSettings{});
  REQUIRE(result.errors.empty());
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.8.15");
  CHECK(scalar_at(result.yaml, "controls", 0, "ai_coverage") ==
        "A.12.4.1: Prompts and outputs are logged; A.12.4.3: Agent tool calls are logged");
}

TEST_CASE("import: a control typed as a number may have lost a trailing zero", "[import]") {
  Table table = csv("Control,Applicable,Justification,Status\nx,yes,A justification long enough,planned\n"
                    "x,yes,A justification long enough,planned\n");
  table.rows[1].cells[0] = Cell{"8.2", CellType::Number};   // 8.2 or 8.20?
  table.rows[2].cells[0] = Cell{"5.23", CellType::Number};  // 5.230 does not exist: unambiguous
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  const ImportResult result = import_table(ImportTarget::Soa, table, mapping, ImportSettings{});
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 2: control 8.2 is stored as a number, so it may have been A.8.20; store control ids as text"});
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.23");
}

TEST_CASE("import: 2013 ids in an SoA are merged into their 2022 controls with a warning", "[import]") {
  const Table table = csv("Control,Applicable,Justification,Status,Owner,Evidence\n"
                          "A.9.4.2,yes,Log-on is protected by SSO and MFA.,implemented,CTO,EV-1\n"
                          "A.9.4.3,no,Passwords are not used anywhere at all.,,,\n"
                          "A.12.6.1,yes,Hosts are scanned for vulnerabilities daily.,partial,CISO,EV-2\n"
                          "A.18.2.3,yes,Technical compliance is reviewed yearly.,planned,CTO,EV-1\n"
                          "A.5.36,yes,Compliance with policies is reviewed yearly.,implemented,CISO,\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  const ImportResult result = import_table(ImportTarget::Soa, table, mapping, ImportSettings{});
  // The first row wins: A.18.2.3 already fills A.5.36 when the 2022 line for A.5.36 comes.
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 6: control A.5.36 is already filled by the 2013 control A.18.2.3 on row 5"});
  CHECK(messages(result.warnings) ==
        std::vector<std::string>{
            "row 2: control A.9.4.2 is an ISO/IEC 27001:2013 id; written as A.8.5 (ISO/IEC 27002:2022 Annex B)",
            "row 3: control A.9.4.3 is an ISO/IEC 27001:2013 id; written as A.5.17 (ISO/IEC 27002:2022 Annex B)",
            "row 4: control A.12.6.1 is an ISO/IEC 27001:2013 id; written as A.8.8 (ISO/IEC 27002:2022 Annex B)",
            "row 5: control A.18.2.3 is an ISO/IEC 27001:2013 id; written as A.5.36 and A.8.8 (ISO/IEC 27002:2022 Annex B)"});
  // Catalogue order: A.5.17, A.5.36, A.8.5, A.8.8 (merged from A.12.6.1 and A.18.2.3).
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.17");
  CHECK(scalar_at(result.yaml, "controls", 0, "applicable") == "false");
  CHECK(scalar_at(result.yaml, "controls", 0, "justification") == "A.9.4.3: Passwords are not used anywhere at all.");
  CHECK(scalar_at(result.yaml, "controls", 1, "control") == "A.5.36");
  CHECK(scalar_at(result.yaml, "controls", 2, "control") == "A.8.5");
  CHECK(scalar_at(result.yaml, "controls", 3, "control") == "A.8.8");
  CHECK(result.yaml.find("# A.8.5 Secure authentication <- ISO/IEC 27001:2013 A.9.4.2") != std::string::npos);
}

TEST_CASE("migrate: merged controls keep every source", "[import]") {
  const Table table = csv("Ref,Applicable,Justification,Reasons,Status,Owner,Evidence,Documents\n"
                          "A.9.4.2,yes,SSO with MFA protects log-on.,BP,implemented,CTO,EV-1,DOC-1\n"
                          "A.9.4.3,no,No local passwords exist anywhere.,,,,,\n"
                          "A.9.2.4,yes,Initial secrets are sent by the password manager.,LR/CO,partial,CISO,EV-2,DOC-1\n"
                          "A.5.1.1,no,We are far too small for a written policy.,,,,,\n"
                          "A.5.1.2,no,No policy exists so none is reviewed either.,,,,,\n"
                          "A.12.6.1,yes,Hosts are scanned for vulnerabilities daily.,BP,implemented,CISO,EV-3,\n"
                          "A.18.2.3,yes,Technical compliance is reviewed yearly.,CO,planned,CTO,,\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  const MigrationResult result = migrate_soa_table(table, mapping, ImportSettings{});
  REQUIRE(result.errors.empty());
  CHECK(result.sources == 7);
  REQUIRE(result.controls.size() == 93);
  CHECK(result.new_in_2022 == std::vector<std::string>{"A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11",
                                                       "A.8.12", "A.8.16", "A.8.23", "A.8.28"});
  CHECK(result.not_in_input.size() == 93 - 11 - 5);  // A.5.1, A.5.17, A.5.36, A.8.5, A.8.8 have sources
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].message == "the input lists 7 of the 114 ISO/IEC 27001:2013 controls");

  const std::string& yaml = result.yaml;
  // The entries, in catalogue order: A.5.1, A.5.17, A.5.36, A.8.5, A.8.8.
  CHECK(scalar_at(yaml, "controls", 0, "control") == "A.5.1");
  CHECK(scalar_at(yaml, "controls", 0, "applicable") == "false");
  CHECK(scalar_at(yaml, "controls", 0, "status") == "not-applicable");
  CHECK(scalar_at(yaml, "controls", 0, "justification") ==
        "A.5.1.1: We are far too small for a written policy.; A.5.1.2: No policy exists so none is reviewed either.");
  CHECK(scalar_at(yaml, "controls", 1, "control") == "A.5.17");
  CHECK(scalar_at(yaml, "controls", 1, "applicable") == "true");  // applicable if any source is
  CHECK(scalar_at(yaml, "controls", 1, "status") == "partial");   // the weakest applicable source
  CHECK(scalar_at(yaml, "controls", 1, "justification") ==
        "A.9.2.4: Initial secrets are sent by the password manager.; A.9.4.3 (excluded): No local passwords exist anywhere.");
  CHECK(scalar_at(yaml, "controls", 1, "owner") == "CISO");
  CHECK(yaml.find("reasons: [legal, contract]") != std::string::npos);
  CHECK(scalar_at(yaml, "controls", 3, "control") == "A.8.5");
  CHECK(scalar_at(yaml, "controls", 4, "control") == "A.8.8");
  CHECK(scalar_at(yaml, "controls", 4, "status") == "planned");   // implemented and planned: planned
  CHECK(scalar_at(yaml, "controls", 4, "owner") == "CISO, CTO");  // owners joined
  CHECK(scalar_at(yaml, "controls", 2, "control") == "A.5.36");   // A.18.2.3 was split in two
  CHECK(yaml.find("# DECISION NEEDED: A.5.7 Threat intelligence is new in ISO/IEC 27001:2022.") != std::string::npos);
  CHECK(yaml.find("    evidence: [EV-3]") != std::string::npos);
}

TEST_CASE("migrate: a 2022 id or a repeated 2013 id is an error", "[import]") {
  const Table table = csv("Ref,Applicable,Justification,Status\n"
                          "A.5.1.1,yes,A policy set approved by the board.,implemented\n"
                          "A.5.1,yes,A policy set approved by the board.,implemented\n"
                          "A.5.1.1,yes,A policy set approved by the board.,implemented\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Soa, table, {}, mapping).ok());
  const MigrationResult result = migrate_soa_table(table, mapping, ImportSettings{});
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 3: control A.5.1 is an ISO/IEC 27001:2022 id; migrate reads a 2013 SoA (a 2022 one is "
                                 "imported with 'isms import soa')",
                                 "row 4: control A.5.1.1 is already on row 2"});
  CHECK(result.yaml.empty());
}

TEST_CASE("migrate: an SoA in the repository format with 2013 ids", "[import]") {
  const std::string input = "register:\n  version: \"3.2\"\n  owner: Head of Security\n"
                            "controls:\n"
                            "  - {control: A.9.4.2, applicable: true, justification: SSO protects log-on., status: implemented, evidence: [EV-1]}\n"
                            "  - control: A.9.4.3\n    applicable: maybe\n    justification: x\n    status: planned\n";
  MigrationResult result = migrate_soa_yaml(input, ImportSettings{});
  CHECK(messages(result.errors) == std::vector<std::string>{"row 6: applicable 'maybe' is not true/false"});
  const std::string fixed = input.substr(0, input.find("maybe")) + "false\n    justification: x\n    status: planned\n";
  result = migrate_soa_yaml(fixed, ImportSettings{});
  REQUIRE(result.errors.empty());
  CHECK(result.yaml.find("owner: Head of Security\n") != std::string::npos);  // the register owner is kept
  CHECK(scalar_at(result.yaml, "controls", 0, "control") == "A.5.17");
  CHECK(scalar_at(result.yaml, "controls", 1, "control") == "A.8.5");
  CHECK(scalar_at(result.yaml, "controls", 1, "justification") == "A.9.4.2: SSO protects log-on.");
}

TEST_CASE("yaml writer: every string reads back unchanged", "[import]") {
  const std::vector<std::string> nasty = {
      "plain text", "yes", "No", "null", "~", "true", "123", "1.5", "0x1F", "2026-02-10", "12:30", "- item",
      "key: value", "a # not a comment", "#comment", "[list]", "{map}", "a, b", "*alias", "&anchor", "!tag",
      "'single'", "\"double\"", "back\\slash", "tab\there", "line one\nline two", "  leading blanks",
      "trailing blank ", "trailing colon:", "%percent", "@at", "`tick", "|pipe", ">fold", "?question",
      "caf\xC3\xA9", std::string("nul\0byte", 8), "bell\x07", "del\x7F", "c1 \xC2\x85", "ls \xE2\x80\xA8",
      "bom \xEF\xBB\xBF", "multi\nline with trailing blank \nend", ".hidden", "+plus", "=formula", "<<"};
  std::string yaml = "items:\n";
  for (const std::string& text : nasty) yaml += "  - " + yaml_scalar(text) + "\n";
  YamlRecordWriter writer("assets", {"comment"}, "0.1", "TBD", "assets");
  for (const std::string& text : nasty) {
    writer.begin_record();
    writer.text("name", text);
  }
  const std::string records = writer.finish();
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(yaml, 1, Limits{}, document, sink));
  YamlDocument written;
  REQUIRE(parse_yaml(records, 1, Limits{}, written, sink));
  const YamlNode* items = document.root->find("items");
  const YamlNode* assets = written.root->find("assets");
  REQUIRE(items->items.size() == nasty.size());
  REQUIRE(assets->items.size() == nasty.size());
  for (std::size_t i = 0; i < nasty.size(); ++i) {
    INFO(nasty[i]);
    CHECK(items->items[i]->scalar == nasty[i]);
    CHECK(assets->items[i]->find("name")->scalar == nasty[i]);
    // Anything YAML could read as another type is quoted, so it stays a string.
    const bool plain = yaml_plain_safe(nasty[i]);
    if (nasty[i] == "yes" || nasty[i] == "123" || nasty[i] == "2026-02-10" || nasty[i] == "null") CHECK_FALSE(plain);
  }
  CHECK(yaml_scalar("A.5.1") == "A.5.1");
  CHECK(yaml_scalar("Head of IT") == "Head of IT");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(records.find("  - name: |-\n      line one\n      line two\n") != std::string::npos);
  YamlRecordWriter empty("soa", {}, "0.1", "TBD", "controls");
  CHECK(empty.finish().ends_with("controls: []\n"));
}

TEST_CASE("import: asset and risk rows, with the manifest's levels and scale labels", "[import]") {
  ImportSettings settings;
  settings.classification_levels = {"public", "internal", "restricted"};
  settings.likelihood_labels = {"Rare", "Unlikely", "Possible", "Likely"};
  const Table assets = csv("ID,Name,Type,Owner,Classification,Location,PII\n"
                           "AST-1,Payroll DB,Database,CTO,Restricted,Cloud,yes\n"
                           "AST-2,Laptops,Gadget,IT,Secret,Home,no\n"
                           "AST-1,Twice,server,IT,internal,Cloud,\n");
  ColumnMapping mapping;
  REQUIRE(map_columns(ImportTarget::Assets, assets, {}, mapping).ok());
  ImportResult result = import_table(ImportTarget::Assets, assets, mapping, settings);
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 3: type 'Gadget' is not an asset type (information, software, hardware, service, "
                                 "people, site, model-weights, training-dataset, vector-store, inference-endpoint, "
                                 "data-pipeline, experiment-tracking, agent, third-party-model-api)",
                                 "row 4: personal_data is empty; write yes or no"});
  CHECK(messages(result.warnings) == std::vector<std::string>{
                                         "row 3: classification 'Secret' is not one of the manifest's levels (public, "
                                         "internal, restricted); isms check reports it"});
  CHECK(scalar_at(result.yaml, "assets", 0, "classification") == "restricted");
  CHECK(scalar_at(result.yaml, "assets", 0, "type") == "information");

  const Table risks = csv("Risk ID,Risk,Threat,Vulnerability,Assets,Risk owner,Likelihood,Impact,Treatment,"
                          "Residual likelihood,Residual impact,Accepted by,Next review\n"
                          "R-1,Leak,Attacker,Weak access,AST-1,CTO,Likely,3,Transfer,,,,2026-13-01\n"
                          "R-2,Theft,Thief,No disk encryption,AST-1 AST-2,CTO,2,high,hope,1,,Jane,\n"
                          "R-3,Outage,Cloud failure,Single region,,CTO,2,2,accept,,,,2027-01-31\n");
  REQUIRE(map_columns(ImportTarget::Risks, risks, {}, mapping).ok());
  result = import_table(ImportTarget::Risks, risks, mapping, settings);
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 2: review_date '2026-13-01' is not a date; write YYYY-MM-DD",
                                 "row 3: impact 'high' is not a whole number",
                                 "row 3: treatment 'hope' is not modify, share, avoid or accept",
                                 "row 4: assets is empty; name at least one asset id"});
  CHECK(result.yaml.empty());  // no row could be written

  const Table good = csv("Risk ID,Risk,Threat,Vulnerability,Assets,Risk owner,Likelihood,Impact,Treatment,Residual likelihood\n"
                         "R-1,Leak,Attacker,Weak access,AST-1,CTO,Likely,3,Transfer,1\n");
  REQUIRE(map_columns(ImportTarget::Risks, good, {}, mapping).ok());
  result = import_table(ImportTarget::Risks, good, mapping, settings);
  CHECK(messages(result.errors) ==
        std::vector<std::string>{"row 2: residual risk needs both residual_likelihood and residual_impact, or neither"});
}

TEST_CASE("yaml writer: comments stay comments whatever the file name", "[import]") {
  YamlRecordWriter writer("soa", {"Imported from evil\nregister: {version: 9}.csv"}, "0.1", "TBD", "controls");
  const std::string yaml = writer.finish();
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(yaml, 1, Limits{}, document, sink));
  CHECK(document.root->find("register")->find("version")->scalar == "0.1");
}
