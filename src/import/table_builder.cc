#include "import/table_builder.h"

#include <algorithm>

#include <fmt/format.h>

namespace isms {

TableBuilder::TableBuilder(const TableLimits& limits, MemoryBudget& budget, Table& table,
                           std::string_view blank_characters)
    : limits_(limits), budget_(budget), table_(table), blank_characters_(blank_characters) {}

Status TableBuilder::charge_arena_growth() {
  const std::size_t allocated = table_.text.allocated_bytes();
  Status charged = budget_.charge(allocated - arena_charged_);
  arena_charged_ = allocated;
  return charged;
}

Result<std::string_view> TableBuilder::keep(std::string_view text) {
  const std::string_view kept = table_.text.keep(text);
  if (Status charged = charge_arena_growth(); !charged) return Error{charged.error()};
  return kept;
}

void TableBuilder::drop_pending() {
  budget_.release(pending_.size() * sizeof(Cell) + row_text_.size());
  pending_.clear();
  row_text_.clear();
  in_order_ = true;
}

void TableBuilder::start_row(std::uint32_t number) {
  drop_pending();
  row_number_ = number;
}

Status TableBuilder::count(std::size_t text_bytes) {
  if (++cells_ > limits_.max_cells) {
    return Error{fmt::format("more than {} cells, the limit for an import (raise it with --max-cells)", limits_.max_cells)};
  }
  // Counted per cell, so a shared string counts as often as cells show it: the import copies and
  // writes it that often.
  text_bytes_ += text_bytes;
  if (text_bytes_ > limits_.max_text_bytes) {
    return Error{fmt::format("the cells hold more than {} bytes of text once shared strings are expanded, the limit "
                             "for an import (raise it with --max-text-size)",
                             limits_.max_text_bytes)};
  }
  return Done{};
}

Status TableBuilder::add_cell(std::size_t column, std::string_view text, CellType type) {
  if (text.empty()) return Done{};
  if (Status counted = count(text.size()); !counted) return counted;
  if (!pending_.empty() && pending_.back().column >= column) in_order_ = false;
  pending_.push_back(PendingCell{static_cast<std::uint32_t>(column), type, true, row_text_.size(), {}, text.size()});
  row_text_.append(text);
  return budget_.charge(sizeof(Cell) + text.size());
}

Status TableBuilder::add_viewing_cell(std::size_t column, std::string_view text, CellType type) {
  if (text.empty()) return Done{};
  if (Status counted = count(text.size()); !counted) return counted;
  if (!pending_.empty() && pending_.back().column >= column) in_order_ = false;
  pending_.push_back(PendingCell{static_cast<std::uint32_t>(column), type, false, 0, text, text.size()});
  return budget_.charge(sizeof(Cell));
}

std::string_view TableBuilder::text_of(const PendingCell& cell) const {
  return cell.copied ? std::string_view(row_text_).substr(cell.offset, cell.size) : cell.viewed;
}

Status TableBuilder::finish_row() {
  if (!in_order_) {
    // Writers store cells left to right; a file that does not is rare, so sorting waits for it.
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const PendingCell& a, const PendingCell& b) { return a.column < b.column; });
    std::vector<PendingCell> last_of_each;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      if (i + 1 < pending_.size() && pending_[i + 1].column == pending_[i].column) continue;
      last_of_each.push_back(pending_[i]);
    }
    budget_.release((pending_.size() - last_of_each.size()) * sizeof(Cell));
    pending_.swap(last_of_each);
  }
  const bool blank = std::all_of(pending_.begin(), pending_.end(), [&](const PendingCell& cell) {
    return text_of(cell).find_first_not_of(blank_characters_) == std::string_view::npos;
  });
  if (blank) {
    drop_pending();
    return Done{};
  }
  // The row's copied text moves into the arena in one piece; its cells view their parts of it.
  const std::string_view row_text = table_.text.keep(row_text_);
  SheetRow row{row_number_, {}};
  row.cells.reserve(pending_.size());  // exactly: a row's cells are never added to later
  for (const PendingCell& cell : pending_) {
    const std::string_view text = cell.copied ? row_text.substr(cell.offset, cell.size) : cell.viewed;
    row.cells.push_back(Cell{text, cell.type, cell.column});
  }
  budget_.release(row_text_.size());  // now charged as arena growth
  pending_.clear();
  row_text_.clear();
  in_order_ = true;
  table_.rows.push_back(std::move(row));
  if (Status charged = charge_arena_growth(); !charged) return charged;
  const std::size_t rows_bytes = table_.rows.capacity() * sizeof(SheetRow);
  Status charged = budget_.charge(rows_bytes - rows_charged_);
  rows_charged_ = rows_bytes;
  return charged;
}

void TableBuilder::sort_rows() {
  const auto by_number = [](const SheetRow& a, const SheetRow& b) { return a.number < b.number; };
  if (!std::is_sorted(table_.rows.begin(), table_.rows.end(), by_number)) {
    std::stable_sort(table_.rows.begin(), table_.rows.end(), by_number);
  }
}

}  // namespace isms
