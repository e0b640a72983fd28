#pragma once
/// The memory a table read may hold at once (TableLimits::max_memory_bytes), charged as the
/// reader allocates and released as it lets go, so one hostile input cannot exhaust a CI runner.

#include <cstddef>
#include <string>

#include <fmt/format.h>

#include "util/result.h"

namespace isms {

class MemoryBudget {
 public:
  explicit MemoryBudget(std::size_t limit) : limit_(limit) {}

  /// Counts `bytes` more as held. An error once the total passes the limit.
  Status charge(std::size_t bytes) {
    held_ += bytes;
    if (held_ <= limit_) return Done{};
    return Error{fmt::format("reading the table needs more than {} bytes of memory, the limit for an import "
                             "(raise it with --max-memory)",
                             limit_)};
  }
  /// Counts `bytes` charged earlier as no longer held.
  void release(std::size_t bytes) { held_ -= bytes < held_ ? bytes : held_; }
  std::size_t held() const { return held_; }

 private:
  std::size_t limit_;
  std::size_t held_ = 0;
};

}  // namespace isms
