#pragma once
/// The --max-* options that tune the resource limits, shared by the commands that load a repository.

#include "import/import.h"
#include "util/limits.h"

namespace CLI {
class App;
}

namespace isms {

/// Adds --max-file-size, --max-files, --max-depth, --max-aliases and --max-scalar-size to
/// `command`, writing into `limits`. Each accepts values only within safe bounds.
void add_limit_options(CLI::App& command, Limits& limits);

/// Adds --max-cells, --max-columns, --max-text-size and --max-memory, the bounds of reading a
/// spreadsheet, to `command` (import, migrate), writing into `limits`; also within safe bounds.
void add_table_limit_options(CLI::App& command, TableLimits& limits);

}  // namespace isms
