#pragma once
/// Collects the rows of a table as a CSV or xlsx reader finds their cells, within the limits:
/// only cells that hold something are stored, a shared string is viewed rather than copied, and
/// the memory held is charged to the read's budget.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "import/memory_budget.h"
#include "import/import.h"
#include "util/result.h"

namespace isms {

class TableBuilder {
 public:
  /// `blank_characters`: what a cell may hold and still leave its row blank (blank rows are
  /// dropped, as spreadsheet exports are full of them).
  TableBuilder(const TableLimits& limits, MemoryBudget& budget, Table& table, std::string_view blank_characters);

  /// Copies `text` into the table's arena, charging the budget: for text that many cells will
  /// view (shared strings). Returns the copy, or the error when that spends the budget.
  Result<std::string_view> keep(std::string_view text);

  /// Begins row `number`; cells of a row begun but not finished are dropped.
  void start_row(std::uint32_t number);
  /// Adds a cell whose text is copied into the table if the row is kept. Empty text is not a
  /// cell. An error when a limit is hit.
  Status add_cell(std::size_t column, std::string_view text, CellType type);
  /// Adds a cell that views `text` without copying it: text that outlives the table's rows (a
  /// string kept with keep(), or a literal). Counts against the limits like any cell.
  Status add_viewing_cell(std::size_t column, std::string_view text, CellType type);
  /// Ends the row: kept unless every cell is blank; a later cell in the same column replaces an
  /// earlier one. An error when the budget is spent.
  Status finish_row();
  /// Sorts the rows by number, for files that store them out of order.
  void sort_rows();

 private:
  struct PendingCell {
    std::uint32_t column = 0;
    CellType type = CellType::Empty;
    bool copied = false;        ///< the text is row_text_[offset, offset + size)
    std::size_t offset = 0;
    std::string_view viewed;    ///< the text when not copied
    std::size_t size = 0;
  };

  Status count(std::size_t text_bytes);
  std::string_view text_of(const PendingCell& cell) const;
  void drop_pending();
  Status charge_arena_growth();

  const TableLimits& limits_;
  MemoryBudget& budget_;
  Table& table_;
  std::string_view blank_characters_;
  std::uint32_t row_number_ = 0;
  std::vector<PendingCell> pending_;  ///< the cells of the row being read, reused row after row
  std::string row_text_;              ///< their copied text
  bool in_order_ = true;              ///< pending_ has increasing columns
  std::size_t cells_ = 0, text_bytes_ = 0;
  std::size_t arena_charged_ = 0, rows_charged_ = 0;
};

}  // namespace isms
