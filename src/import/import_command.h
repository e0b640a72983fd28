#pragma once
/// The `isms import` and `isms migrate` commands: arguments, reports and exit codes.

#include <cstdint>
#include <string>
#include <vector>

#include "import/import.h"

namespace isms {

/// Options of `isms import` as typed on the command line.
struct ImportArguments {
  std::string target;             ///< soa, assets or risks
  std::string file;               ///< the spreadsheet
  std::string repository = ".";
  std::string output;             ///< empty: the register's file in the repository; "-": stdout
  std::vector<std::string> maps;  ///< COLUMN=FIELD
  std::string sheet;
  std::uint32_t header_row = 0;   ///< --header-row N; 0: found from the header's names
  std::string owner;              ///< register owner
  bool partial = false;
  bool merge = false;             ///< update the existing file's records instead of replacing it
  bool force = false;
  TableLimits limits;             ///< --max-cells, --max-columns, --max-text-size, --max-memory
};

/// Options of `isms migrate` as typed on the command line.
struct MigrateArguments {
  std::string target;             ///< soa
  std::string from;               ///< 2013
  std::string file;
  std::string output;             ///< empty or "-": stdout
  std::vector<std::string> maps;
  std::string sheet;
  std::uint32_t header_row = 0;
  std::string owner;
  bool force = false;
  TableLimits limits;             ///< as for import
};

/// Runs `isms import`: 0 imported, 1 rows could not be imported, 2 usage or input error.
int run_import_command(const ImportArguments& arguments);

/// Runs `isms migrate`: 0 migrated, 1 the input has errors (nothing written), 2 usage error.
int run_migrate_command(const MigrateArguments& arguments);

}  // namespace isms
