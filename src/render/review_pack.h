#pragma once
/// Shared by the parts of the management review pack (review_data.cc, review_performance.cc):
/// the period the pack covers, and the helpers its sections are built with.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "render/document_data.h"

namespace isms::review_pack {

/// The period the pack covers and the registers it reads.
struct PackContext {
  const Repository& repository;
  std::int64_t as_of_days = 0;
  bool has_since = false;
  std::int64_t since_days = 0;

  /// A date after the last review (every recorded date when there is none).
  bool since(const LocatedDate& date) const {
    return date.present && (!has_since || date.value.days > since_days) && date.value.days <= as_of_days;
  }
  bool overdue(const LocatedDate& due) const { return due.present && due.value.days < as_of_days; }
};

/// True when the register was read: a file of it exists, or records of it are held.
bool register_present(const Repository& repository, std::string_view name, bool has_records);

/// A section of the pack: `available` false with `absent` saying which register is missing.
Json section(bool available, std::string_view absent);

/// Rows of counts by finding grade: major, minor, observation, then any other grade written.
Json grade_counts(const std::map<std::string, std::size_t>& counts);

/// "major 1, minor 0, observation 2": a count list as one line, so no template ends on a separator.
std::string counts_text(const Json& rows, const char* key);

/// Rows in date order, oldest first; rows of the same date keep their register order.
void sort_by_date(Json& rows);

/// A nonconformity as a row of the pack's tables (d) and e)).
Json nonconformity_row(const Nonconformity& nc);

// d) The information security performance (review_performance.cc).
Json nonconformities(const PackContext& pack, bool present);
Json monitoring(const PackContext& pack, bool objectives_present);
Json audit_results(const PackContext& pack, bool present);
Json objectives(const PackContext& pack, bool present);

}  // namespace isms::review_pack
