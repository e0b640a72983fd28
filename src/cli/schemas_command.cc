#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/console.h"
#include "util/embedded.h"
#include "util/escape.h"
#include "util/output_file.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// `isms schemas` as typed.
struct SchemasArguments final : CommandArguments {
  std::string directory = "schemas";  ///< where the copy goes; the modelines expect <root>/schemas
  bool force = false;                 ///< replace files whose content differs
};

enum class Existing { Missing, Same, Different, NotAFile };

/// Compares an existing file with the schema, so that a re-run with nothing new writes nothing.
Existing compare_existing(const fs::path& target, const EmbeddedFile& schema) {
  std::error_code error;
  const fs::file_status status = fs::symlink_status(target, error);
  if (!fs::exists(status)) return Existing::Missing;
  if (!fs::is_regular_file(status)) return Existing::NotAFile;
  std::ifstream stream(target, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  return text == std::string_view(schema.data, schema.size) ? Existing::Same : Existing::Different;
}

}  // namespace

std::unique_ptr<CommandArguments> define_schemas_command(CLI::App& command) {
  auto arguments = std::make_unique<SchemasArguments>();
  command.add_option("folder", arguments->directory, "Where to write them (default: schemas)");
  command.add_flag("--force", arguments->force, "Replace files that differ from this version's schemas");
  return arguments;
}

/// Writes every schema into the folder; files already equal are left alone. Refuses, writing
/// nothing, when a file differs and --force is not given.
ExitCode run_schemas_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const SchemasArguments&>(parsed);
  const fs::path folder(arguments.directory);
  struct Planned {
    const EmbeddedFile* schema;
    fs::path target;
    Existing existing;
  };
  std::vector<Planned> planned;
  bool refused = false;
  for (const EmbeddedFile& schema : schema_files()) {
    const fs::path target = folder / schema.path;
    const Existing existing = compare_existing(target, schema);
    planned.push_back({&schema, target, existing});
    // A symlink or folder in the way is never replaced: the copy goes only where it is told.
    if (existing == Existing::NotAFile || (existing == Existing::Different && !arguments.force)) {
      print_message(existing == Existing::NotAFile ? "not a file" : "differs", target.generic_string());
      refused = true;
    }
  }
  if (refused) {
    return fail("nothing was written",
                "--force replaces files that differ from this version's schemas; other paths must be moved away");
  }
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) return fail(fmt::format("cannot create '{}': {}", folder.generic_string(), error.message()));
  std::string text;
  std::size_t unchanged = 0;
  for (const Planned& file : planned) {
    if (file.existing == Existing::Same) {
      ++unchanged;
      continue;
    }
    const std::string_view contents(file.schema->data, file.schema->size);
    const Status written = file.existing == Existing::Missing ? create_new_file(file.target.string(), contents)
                                                              : write_file_atomically(file.target.string(), contents);
    if (!written) {
      write_stdout(text, StreamSyntax::Text);
      return fail(written.error());
    }
    text += fmt::format("{} {}\n", file.existing == Existing::Missing ? "created" : "replaced",
                        terminal_value(file.target.generic_string()));
  }
  if (unchanged > 0) {
    const std::string count = unchanged == planned.size() ? fmt::format("all {}", unchanged)
                                                          : fmt::format("{} of {}", unchanged, planned.size());
    text += fmt::format("{} schemas already up to date in {}\n", count, terminal_value(folder.generic_string()));
  }
  write_stdout(text, StreamSyntax::Text);
  return ExitCode::Success;
}

}  // namespace isms
