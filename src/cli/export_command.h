#pragma once
/// The command line of `isms export`: its options, what it prints and its exit code.

#include <string>

#include "util/limits.h"

namespace CLI {
class App;
}

namespace isms {

/// `isms export` as typed.
struct ExportArguments {
  std::string format;  ///< "oscal", the only one so far
  std::string model;   ///< catalog, profile, ssp, assessment-results or poam
  std::string repository = ".";
  std::string output;
  std::string as_of;
  bool force = false;
  Limits limits;
};

/// Adds the `export` command and its options to `app`, writing into `arguments`.
CLI::App* add_export_command(CLI::App& app, ExportArguments& arguments);

/// Runs `isms export`; the document goes to standard output or -o, problems to standard error.
/// Returns 0 when the document was written, else 2.
int run_export_command(const ExportArguments& arguments);

}  // namespace isms
