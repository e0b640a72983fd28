#pragma once
/// The management review input pack (Clause 9.3.2): the inputs top management reviews,
/// assembled from the registers since the last management review.

#include <string>

#include "render/document_data.h"
#include "render/review_changes.h"

namespace isms {

/// What the pack reports since: the last held review, else the day the ISMS began to operate.
struct ReviewSince {
  const ManagementReview* last_held = nullptr;  ///< the held review with the latest date
  std::string date;  ///< YYYY-MM-DD; empty when neither a held review nor settings.operation.since is recorded
  bool asked = false;  ///< the date is the one `--since` gave, not a held review's
};

/// The date the pack reports since: `asked` (YYYY-MM-DD from --since) when given, else the
/// date of the last held review, else settings.operation.since.
ReviewSince review_since(const Repository& repository, const std::string& asked = {});

/// Data for the management review pack; `changes` are 9.3.2 b) and c), computed from git.
Json review_data(const DocumentInput& input, const ReviewSince& since, const ReviewChanges& changes);

}  // namespace isms
