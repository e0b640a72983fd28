#pragma once
/// `isms schemas`: writes the JSON Schemas compiled into the binary, for editors.

#include <string>

namespace isms {

/// `isms schemas` as typed.
struct SchemasArguments {
  std::string directory = "schemas";  ///< where the copy goes; the modelines expect <root>/schemas
  bool force = false;                 ///< replace files whose content differs
};

/// Writes every schema into the folder; files already equal are left alone. Refuses, writing
/// nothing, when a file differs and --force is not given. Returns 0 or 2.
int run_schemas_command(const SchemasArguments& arguments);

}  // namespace isms
