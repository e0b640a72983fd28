#pragma once
/// `isms import --merge`: folds an imported sheet into the register file it updates, by editing
/// the file's text in place, so that every field the sheet does not carry, every comment and the
/// register block survive byte for byte.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "import/import.h"
#include "util/limits.h"
#include "util/result.h"

namespace isms {

/// What a merge would do to the existing file.
struct MergeOutcome {
  std::string text;                  ///< the merged file (equal to the old one when nothing changed)
  std::vector<std::string> changes;  ///< one line per changed field, added or removed record
  std::vector<std::string> missing;  ///< keys of records in the file that the sheet lacks
  std::size_t changed_fields = 0;
  std::size_t added = 0;
  std::size_t removed = 0;           ///< records dropped (only with drop_missing)
};

/// Merges `imported` (the file `isms import` wrote from the sheet) into `existing`. Records are
/// matched by their key (control for the SoA, id otherwise). Only the fields in `carried` (the
/// ones the sheet has a column for) are compared: a differing value is replaced, a value the file
/// lacks is added, and a value the sheet leaves empty is removed. Records only in the sheet are
/// appended; records only in the file are kept, or removed when `drop_missing`. The result is
/// parsed again and checked before it is returned. The error says why the file cannot be merged
/// safely.
Result<MergeOutcome> merge_register(std::string_view existing, std::string_view imported, ImportTarget target,
                                    std::span<const std::string> carried, bool drop_missing, const Limits& limits);

}  // namespace isms
