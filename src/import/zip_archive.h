#pragma once
/// Read-only access to the parts of a zip container (an xlsx file), within size limits.

#include <cstdint>
#include <string>
#include <string_view>

#include "import/memory_budget.h"
#include "import/import.h"
#include "util/result.h"

struct zip;  // libzip's archive handle; kept out of this header

namespace isms {

/// A zip archive read from memory. Every read is bounded, so a zip bomb costs at most the limits.
class ZipArchive {
 public:
  ZipArchive() = default;
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive();

  /// Opens the archive in `bytes`, which must outlive this object.
  Status open(std::string_view bytes, const TableLimits& limits);
  /// True if the archive has an entry of this name (compared ignoring case).
  bool contains(const std::string& name) const;
  /// Reads one entry, uncompressed, charging `budget` for the text's capacity as it grows (the
  /// caller releases its capacity() once done with it). On an error nothing stays charged.
  Result<std::string> read(const std::string& name, MemoryBudget& budget);

 private:
  ::zip* archive_ = nullptr;
  TableLimits limits_;
  std::size_t total_read_ = 0;  ///< uncompressed bytes read so far, across entries
};

}  // namespace isms
