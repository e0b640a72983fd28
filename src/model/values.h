#pragma once
/// The located values every record is made of: a value with the position it was read from, a
/// date, an approval. Apart from model/model.h so that the records of the ISMS in operation
/// (model/operating_records.h) can be declared in a file of their own.

#include <cstdint>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace isms {

/// A value and where it was written; `present` is false when the field was absent.
template <typename T>
struct Located {
  T value{};
  SourceLocation location;
  bool present = false;
};

using Text = Located<std::string>;
using Flag = Located<bool>;
using Number = Located<std::int64_t>;
using IdList = std::vector<Text>;

/// A calendar date, kept as written (YYYY-MM-DD) and as a day count for comparisons.
struct Date {
  std::string text;
  std::int64_t days = 0;  ///< days since 1970-01-01
};
using LocatedDate = Located<Date>;

/// Who approved something, in what role, when.
struct Approval {
  Text by;
  Text role;
  LocatedDate date;
  Text digest;  ///< register approvals only: "sha256:…" of the content approved (isms approve)
  SourceLocation location;
  bool present = false;
};

}  // namespace isms
