#pragma once
/// What falls due in a repository, and when: the next review of each register and document, the
/// next risk review, supplier due diligence to renew, certificates and suppressions that expire,
/// evidence that goes stale. Each date is computed the way the rules of `isms check` judge it
/// (a review is due a review period after the last one), so that `isms due` announces what
/// `isms check` will report once the date has passed.

#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"

namespace isms {

/// How near an item is: past its date, inside the error window, inside the warning window, or
/// only inside the window asked for.
enum class DueLevel : unsigned char { Overdue, Error, Warning, Upcoming };

/// One thing that falls due.
struct DueItem {
  std::int64_t due_days = 0;  ///< days since 1970-01-01
  std::string due_date;       ///< YYYY-MM-DD
  std::string what;           ///< "review document DOC-001 (Information security policy)"
  std::string kind;           ///< "document review", for grouping and the calendar's category
  std::string clause;         ///< the requirement behind it: "7.5.2"
  std::string key;            ///< stable across runs: "document:DOC-001:review"
  SourceLocation location;    ///< where the date it is computed from is written
  DueLevel level = DueLevel::Upcoming;
  std::int64_t days_left = 0;  ///< negative when overdue
};

/// The items of a repository and how many dated records they came from.
struct DueList {
  std::vector<DueItem> items;  ///< within the window, earliest first
  std::size_t dated = 0;       ///< every dated item, listed or not
  std::int64_t as_of_days = 0;
  std::int64_t within_days = 0;
};

/// The items due on or before `as_of_days + within_days` (overdue ones included), graded by the
/// manifest's settings.due windows, earliest first.
DueList collect_due_items(const Repository& repository, std::int64_t as_of_days, std::int64_t within_days);

/// "overdue", "error", "warning", "upcoming".
std::string_view due_level_name(DueLevel level);

}  // namespace isms
