#pragma once
/// Loading a compliance repository from disk into the model.

#include <string>

#include "model/diagnostic.h"
#include "util/limits.h"
#include "model/model.h"
#include "model/source_files.h"

namespace isms {

/// Whether there was a repository to load at all.
enum class LoadStatus { Loaded, NotARepository };

/// Reads every register under `root`. Every problem in the input becomes a diagnostic in
/// `sink`; only a missing folder or manifest yields NotARepository.
LoadStatus load_repository(const std::string& root, const Limits& limits, Repository& repository,
                           SourceFiles& files, DiagnosticSink& sink);

}  // namespace isms
