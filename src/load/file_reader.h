#pragma once
/// Reading one repository file within the limits, and finding a register's files.

#include <filesystem>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "util/limits.h"

namespace isms {

/// Reads a whole repository file as text: `relative` to the repository folder `root`. Every
/// file isms reads from a repository, the manifest included, is read here, so that none is read
/// through a symlink that leads outside the repository (IO006). Returns false and reports
/// (IO001 to IO003, IO006) on failure.
bool read_text_file(const std::filesystem::path& root, const std::string& relative, const Limits& limits,
                    SourceLocation blame, const std::string& shown_as, std::string& contents, DiagnosticSink& sink);

/// The YAML files of a register: `base.yaml` / `base.yml`, or every YAML file under the
/// folder `base/`, in name order. Reports a file-and-folder conflict (IO005) and paths that
/// leave the repository (IO006). Paths returned are relative to `root`.
std::vector<std::string> find_register_files(const std::filesystem::path& root, const std::string& base,
                                             SourceLocation blame, DiagnosticSink& sink);

}  // namespace isms
