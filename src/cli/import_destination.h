#pragma once
/// Where `isms import` writes when -o is not given: the register's own file in the repository,
/// as its manifest places it; and what else of the manifest shapes an import.

#include <string>

#include "import/import.h"
#include "util/result.h"

namespace isms {

/// What the repository's manifest says that matters to an import.
struct RepositoryFacts {
  bool has_manifest = false;
  std::string register_path;  ///< paths.<register> when the manifest moves it
};

/// Reads classification levels, risk scales and the register's location from REPO/isms.yaml;
/// the error says why an isms.yaml that exists could not be read.
Result<RepositoryFacts> read_manifest(const std::string& repository, ImportTarget target, ImportSettings& settings);

/// The default output: the register's single file in the repository. An error when the
/// register is a folder or the repository has no manifest.
Result<std::string> default_output(const std::string& repository, ImportTarget target, const RepositoryFacts& facts);

}  // namespace isms
