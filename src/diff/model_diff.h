#pragma once
/// Comparing two loaded repositories: no files, no git, no findings, just the two models.

#include "diff/diff.h"
#include "model/model.h"

namespace isms {

/// What changed from `base` to `head`: records by id in every register, control decisions,
/// risk levels against each side's acceptance threshold, and the scope.
ModelDiff compare_repositories(const Repository& base, const Repository& head);

}  // namespace isms
