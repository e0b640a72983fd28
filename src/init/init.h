#pragma once
/// `isms init`: scaffold a new compliance repository from the embedded templates.

#include <string>
#include <vector>

namespace isms {

/// What to scaffold and where.
struct InitOptions {
  std::string directory = ".";
  std::string profile = "minimal";  ///< a folder under templates/init/
  std::string organisation = "Example Ltd";
  std::string today;                ///< YYYY-MM-DD written into placeholders
};

/// What `isms init` did.
struct InitResult {
  bool ok = false;
  std::vector<std::string> created;          ///< register files written
  std::vector<std::string> schemas_created;  ///< JSON Schemas written for editors
  std::vector<std::string> conflicts;  ///< existing files that stopped the run
  std::string error;                   ///< set when !ok
};

/// The folder, relative to a repository's root, where the schemas' copy for editors lives.
inline constexpr const char* kSchemasFolder = "schemas";

/// The profiles compiled into the binary, sorted.
std::vector<std::string> init_profiles();

/// Writes the profile's files and the schemas; refuses without writing anything if any of them exists.
InitResult run_init(const InitOptions& options);

}  // namespace isms
