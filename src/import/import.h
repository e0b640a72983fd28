#pragma once
/// Importing spreadsheets (CSV, xlsx) into registers, and migrating a 2013 SoA to the 2022 controls.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace isms {

/// The registers that `isms import` can write; each has one row in import_targets().
enum class ImportTarget : std::uint8_t {
  Soa, Assets, Risks, Treatment, Objectives, Audits, Reviews, Nonconformities, Roles, People, Competence,
  // Nested records, added to the records of a register that holds them:
  Findings, ReviewDecisions, ReviewActions, Measurements, CompetenceEvidence, Awareness
};

/// Where the records of a nested target go: a list inside each record of a register's list,
/// the parent named by a column of each row ("audit" for an audit's findings).
struct NestedList {
  std::string_view parent_list;  ///< the register's list of parents: "audits"
  std::string_view parent_key;   ///< the field that names a parent, and the sheet's column for it: "id"
  std::string_view parent_column;  ///< the column that names the parent: "audit"
  std::string_view parent_unit;  ///< one parent, in messages: "audit"
  std::string_view list;         ///< the list inside each parent: "findings"
  /// The fields that tell a record from the others of its parent: "id", or "title|date".
  std::string_view match;
  /// A parent the file lacks is added, with only its key: a person's competence record needs no
  /// more, an audit does.
  bool adds_parent = false;

  bool empty() const { return list.empty(); }
  /// The fields of `match`, one by one: {"title", "date"}.
  std::vector<std::string_view> match_fields() const {
    std::vector<std::string_view> fields;
    for (std::string_view rest = match; !rest.empty();) {
      const std::size_t bar = rest.find('|');
      fields.push_back(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    return fields;
  }
};

/// What `isms import` calls a target, and the register it writes.
struct ImportTargetInfo {
  ImportTarget target;
  std::string_view name;           ///< on the command line: "people"
  std::string_view register_name;  ///< the register written: "roles" (its file, `paths` key and schema)
  std::string_view unit;           ///< one imported record, in messages: "person"
  std::string_view units;          ///< more than one: "people"
  std::string_view described;      ///< what it imports, for help: "the people of the roles register"
  std::string_view also_holds = {};  ///< the register's other list, which the file keeps: "the roles"
  NestedList nested = {};          ///< nested records: where they go (empty for a register's own list)
};

/// Every import target, in the order help lists them.
std::span<const ImportTargetInfo> import_targets();
const ImportTargetInfo& import_target_info(ImportTarget target);

/// The target named `name` on the command line ("soa", "people"), or nullopt.
std::optional<ImportTarget> parse_import_target(std::string_view name);
/// The target's name on the command line: "people".
std::string_view import_target_name(ImportTarget target);
/// The register the target writes, which names its default file and schema: "roles" for people.
std::string_view import_register_name(ImportTarget target);

/// What a spreadsheet cell held; CSV cells are always Text (or Empty).
enum class CellType : std::uint8_t { Empty, Text, Number, Boolean, Error };

/// One cell: its text as the file stores it ("3", "45678.5", "1" for TRUE, "A.5.1"). The text
/// is a view into the Table's text arena (a shared string is stored once, whatever the number of
/// cells showing it), so a cell is valid only as long as the Table it came from.
struct Cell {
  std::string_view text;
  CellType type = CellType::Empty;
  std::uint32_t column = 0;  ///< 0-based: 0 is column A
};

/// One row with its number as a spreadsheet shows it (1-based, the header row included). Only
/// the cells that hold something are stored, by increasing column, so a cell far to the right
/// costs no more than one in column A.
struct SheetRow {
  std::uint32_t number = 0;
  std::vector<Cell> cells;

  /// The cell in this 0-based column, or nullptr when the cell is empty.
  const Cell* find(std::size_t column) const;
  /// The cell in this column, or an Empty cell.
  Cell at(std::size_t column) const;
  /// One past the last column that holds a cell (0 for a row without cells).
  std::size_t width() const { return cells.empty() ? 0 : cells.back().column + 1u; }
};

/// Owns the bytes that cell texts view. Blocks never move once allocated, so views stay valid
/// when the arena (or its Table) is moved; it cannot be copied, as the copies' views would point
/// into the original.
class TextArena {
 public:
  TextArena() = default;
  TextArena(TextArena&& other) noexcept;
  TextArena& operator=(TextArena&& other) noexcept;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;
  ~TextArena() = default;

  /// Copies `text` into the arena and returns the copy.
  std::string_view keep(std::string_view text);
  /// Bytes allocated for blocks so far.
  std::size_t allocated_bytes() const { return allocated_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;    ///< the unused end of the current block
  std::size_t left_ = 0;    ///< bytes left there
  std::size_t allocated_ = 0;
};

/// A sheet: its non-blank rows in order, the first being the header.
struct Table {
  std::vector<SheetRow> rows;
  bool date1904 = false;  ///< xlsx: serial dates count from 1904-01-01 instead of 1900
  TextArena text;         ///< the bytes the cells' texts view
};

/// Bounds that keep a hostile spreadsheet (zip bomb, billion cells) cheap to reject. The
/// defaults admit any register a person keeps in a spreadsheet many times over.
struct TableLimits {
  std::size_t max_file_bytes = 64u * 1024u * 1024u;     ///< the file as stored on disk
  std::size_t max_entry_bytes = 128u * 1024u * 1024u;   ///< one uncompressed part of an xlsx
  std::size_t max_total_bytes = 256u * 1024u * 1024u;   ///< all xlsx parts read, uncompressed
  std::size_t max_zip_entries = 10000;                  ///< files inside an xlsx
  std::size_t max_cells = 2000000;                      ///< non-empty cells of the sheet
  std::size_t max_columns = 16384;                      ///< Excel's own column limit (XFD)
  std::uint32_t max_row_number = 1048576;               ///< Excel's own row limit
  std::size_t max_shared_strings = 2000000;
  /// Total bytes of cell text with every shared string counted once per cell that shows it:
  /// what the rows below the header make the import copy and write.
  std::size_t max_text_bytes = 64u * 1024u * 1024u;
  /// What reading the table may hold at once: the file, the uncompressed part being parsed, the
  /// shared strings, the rows and cells and their text (an estimate in bytes).
  std::size_t max_memory_bytes = 512u * 1024u * 1024u;
};

/// Reads a .csv or .xlsx file (by extension, else by content) into `out`; `sheet` picks an xlsx
/// sheet by name (empty: the first). An error names the file and the problem.
Status read_table_file(const std::string& path, const std::string& sheet, const TableLimits& limits, Table& out);

/// "A", "B", ..., "Z", "AA": the spreadsheet name of a 0-based column index.
std::string column_letters(std::size_t column);

/// How one column of the header is used.
struct ColumnChoice {
  std::size_t column = 0;   ///< 0-based
  std::string header;       ///< as written
  std::string field;        ///< the field it fills; empty when the column is ignored
  bool explicit_map = false;  ///< chosen with --map rather than detected
};

/// The header row and what each of its columns fills.
struct ColumnMapping {
  std::uint32_t header_row = 0;
  std::vector<ColumnChoice> columns;
};


/// Makes the header row the table's first row, dropping the rows above it (a title, a version
/// line, a logo's caption). `requested` is the row number the user gave (--header-row); 0 finds
/// it: the first of the top rows whose cells name the most fields, if at least two, else the
/// first row. An error says why the requested row cannot be used.
Status select_header_row(ImportTarget target, std::uint32_t requested, std::span<const std::string> maps, Table& table);

/// Maps the header row (the table's first row) to fields: `maps` entries ("Control ID=control",
/// "Notes=-" to ignore a column) first, then header synonyms. An error says why the mapping
/// cannot be used (a required field unmapped, a column mapped twice, ...); an error about a --map
/// entry starts with "--map", and leaves `out` without the detected columns.
Status map_columns(ImportTarget target, const Table& table, std::span<const std::string> maps, ColumnMapping& out);

/// A problem or remark about one spreadsheet row (0: the whole file).
struct RowProblem {
  std::uint32_t row = 0;
  std::string message;
};

/// What the repository tells the import, and what to put in the `register:` block.
struct ImportSettings {
  std::string owner;  ///< register owner; empty: "TBD" (migrate from YAML: the input's owner)
  std::string source;                         ///< file name quoted in the header comment
  /// The modeline's path from the written file to its schema; empty: schemas/NAME.schema.json,
  /// right for a file at the repository's root, where `isms init` puts the schemas' copy.
  std::string schema_path;
  std::vector<std::string> classification_levels{"public", "internal", "confidential", "restricted"};
  std::int64_t likelihood_min = 1;            ///< risk scales: labels may stand for numbers
  std::vector<std::string> likelihood_labels;
  std::int64_t impact_min = 1;
  std::vector<std::string> impact_labels;
};

/// The outcome of converting rows into a register file.
struct ImportResult {
  std::string yaml;                 ///< the file; empty when no row could be converted
  std::size_t records = 0;          ///< records written into `yaml`
  std::size_t data_rows = 0;        ///< rows read below the header
  std::vector<RowProblem> errors;   ///< rows left out (or, row 0, the whole import failed)
  std::vector<RowProblem> warnings; ///< rows converted with a remark (2013 ids, ...)
  std::vector<std::string> notes;   ///< summary lines for the report
};

/// Converts the rows below the header into the register's YAML.
ImportResult import_table(ImportTarget target, const Table& table, const ColumnMapping& mapping,
                          const ImportSettings& settings);

/// One 2022 control of a migrated SoA and the 2013 controls it was made from.
struct MigratedControl {
  std::string id_2022;
  std::vector<std::string> from_2013;  ///< empty: a decision still to make
};

/// The outcome of `isms migrate soa --from 2013`.
struct MigrationResult {
  std::string yaml;                        ///< empty when there were errors
  std::vector<RowProblem> errors;          ///< row numbers, or YAML line numbers for a YAML input
  std::vector<RowProblem> warnings;
  std::vector<MigratedControl> controls;   ///< all 93 controls, in catalogue order
  std::vector<std::string> new_in_2022;    ///< controls with no 2013 predecessor at all
  std::vector<std::string> not_in_input;   ///< controls whose 2013 predecessors the input lacks
  std::size_t sources = 0;                 ///< 2013 entries read
};

/// Migrates a 2013 SoA read from a spreadsheet whose control column holds 2013 ids.
MigrationResult migrate_soa_table(const Table& table, const ColumnMapping& mapping, const ImportSettings& settings);

/// Migrates a 2013 SoA written in the repository format (soa.yaml with 2013 control ids).
/// The register owner is kept unless `settings.owner` was given (non-empty).
MigrationResult migrate_soa_yaml(std::string_view text, const ImportSettings& settings);

}  // namespace isms
