#pragma once
/// 9.3.2 b) and c) of the management review pack: what changed in the context and parties
/// registers since the last review, told by comparing them with the commit of that day.

#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/model.h"
#include "run/check_run.h"

namespace isms {

/// The changes of the context and parties registers between the last commit on or before a
/// date and the working tree. When they cannot be computed, `available` is false and `reason`
/// says why: a pack never shows "no changes" for changes it could not see.
struct ReviewChanges {
  bool available = false;
  std::string reason;        ///< set when not available: "the repository is not in a git checkout"
  std::string commit;        ///< the commit compared with, full hash
  std::string since;         ///< the date compared with, YYYY-MM-DD
  std::vector<RecordChange> issues;        ///< context: issues and the climate determination
  std::vector<RecordChange> parties;       ///< parties and how they were identified
  std::vector<RecordChange> requirements;  ///< the parties' requirements
  std::vector<std::string> incomplete;     ///< registers of either side that were not wholly read
};

/// Compares `head`, loaded from `check.repository`, with the repository at the last commit on
/// or before `since` (YYYY-MM-DD; empty when there is no date to compare with).
ReviewChanges review_changes(const CheckOptions& check, const Repository& head, const std::string& since);

}  // namespace isms
