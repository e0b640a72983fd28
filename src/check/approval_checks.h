#pragma once
/// Approvals that record a digest of what was approved (`isms approve`): the loader reports an
/// approval whose register no longer has that content (APR001).

#include "model/diagnostic.h"
#include "model/model.h"

namespace isms {

/// Reports every register whose approval digest differs from the digest of its content now.
void check_approval_digests(const Repository& repository, DiagnosticSink& sink);

}  // namespace isms
