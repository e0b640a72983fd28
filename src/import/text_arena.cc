// The storage behind cell texts, and the sparse row's cell lookup.
#include <algorithm>
#include <cstring>
#include <utility>

#include "import/import.h"

namespace isms {
namespace {

// Small texts share blocks, so a million short cells cost a few hundred allocations; a text
// larger than a quarter block gets a block of its own, which wastes nothing of the current one.
constexpr std::size_t kBlockBytes = 64u * 1024u;

}  // namespace

TextArena::TextArena(TextArena&& other) noexcept
    : blocks_(std::move(other.blocks_)),
      free_(std::exchange(other.free_, nullptr)),
      left_(std::exchange(other.left_, 0)),
      allocated_(std::exchange(other.allocated_, 0)) {
  other.blocks_.clear();
}

TextArena& TextArena::operator=(TextArena&& other) noexcept {
  if (this != &other) {
    blocks_ = std::move(other.blocks_);
    other.blocks_.clear();
    free_ = std::exchange(other.free_, nullptr);
    left_ = std::exchange(other.left_, 0);
    allocated_ = std::exchange(other.allocated_, 0);
  }
  return *this;
}

std::string_view TextArena::keep(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > kBlockBytes / 4) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
    allocated_ += text.size();
    std::memcpy(blocks_.back().get(), text.data(), text.size());
    return {blocks_.back().get(), text.size()};
  }
  if (text.size() > left_) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
    allocated_ += kBlockBytes;
    free_ = blocks_.back().get();
    left_ = kBlockBytes;
  }
  std::memcpy(free_, text.data(), text.size());
  const std::string_view kept(free_, text.size());
  free_ += text.size();
  left_ -= text.size();
  return kept;
}

const Cell* SheetRow::find(std::size_t column) const {
  const auto found = std::lower_bound(cells.begin(), cells.end(), column,
                                      [](const Cell& cell, std::size_t wanted) { return cell.column < wanted; });
  return found != cells.end() && found->column == column ? &*found : nullptr;
}

Cell SheetRow::at(std::size_t column) const {
  const Cell* found = find(column);
  return found != nullptr ? *found : Cell{{}, CellType::Empty, static_cast<std::uint32_t>(column)};
}

}  // namespace isms
