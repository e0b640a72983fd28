#pragma once
/// `isms import findings` and the other nested targets: adds the records of a sheet to the
/// lists inside the records of an existing register file (each audit's findings, each person's
/// competence evidence), editing the file's text so that every other line survives byte for byte.

#include <string>
#include <string_view>
#include <vector>

#include "import/import.h"
#include "util/limits.h"
#include "util/result.h"

namespace isms {

/// What adding the sheet's records to the file would do.
struct NestedMergeOutcome {
  std::string text;                  ///< the merged file (equal to the old one when nothing is added)
  std::vector<std::string> changes;  ///< one line per record added, and per parent record added
  /// Records the file already holds with other values: left as they are, each said once.
  std::vector<std::string> differing;
  std::size_t added = 0;
  std::size_t already = 0;           ///< records the file already holds, as the sheet says them
  std::size_t parents_added = 0;     ///< parent records added (a person's competence record)
};

/// Adds the records of `imported` (the file `isms import` wrote from the sheet: one list of
/// records, each starting with the field that names its parent) to `existing`. A record is
/// matched with those of its parent by the fields of its target's `match`: one the file holds
/// is left as it is. A parent the file lacks is an error, unless the target adds parents. The
/// result is parsed again and checked to read as the file plus the added records before it is
/// returned; the error says why the file cannot be merged safely.
Result<NestedMergeOutcome> merge_nested(std::string_view existing, std::string_view imported, ImportTarget target,
                                        const Limits& limits);

}  // namespace isms
