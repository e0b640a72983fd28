#pragma once
/// Whole-repository consistency the format itself demands: unique ids, references that
/// resolve to the right kind of record, real Annex A controls, values within the manifest's
/// scales, and document control on every register.

#include "model/diagnostic.h"
#include "model/model.h"
#include "model/source_files.h"

namespace isms {

/// Runs every cross-register check of the format on a loaded repository.
void check_repository(const Repository& repository, const SourceFiles& files, DiagnosticSink& sink);

}  // namespace isms
