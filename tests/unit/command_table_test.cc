#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command_table.h"

namespace {

/// Whether the command, as defined, takes a repository folder: a REPOSITORY positional or --repo.
bool takes_repository(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->get_name() == "repository" || option->get_name() == "--repo") return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every command of the table has a name, a summary and both functions", "[cli]") {
  std::set<std::string> names;
  for (const isms::Command& command : isms::command_table()) {
    INFO(command.name);
    CHECK(names.insert(std::string(command.name)).second);
    CHECK_FALSE(command.summary.empty());
    CHECK(command.define != nullptr);
    CHECK(command.run != nullptr);
  }
  CHECK(names.size() == 15);
}

TEST_CASE("a command that takes a repository folder says it needs a repository", "[cli]") {
  for (const isms::Command& command : isms::command_table()) {
    INFO(command.name);
    CLI::App app{"test", "isms"};
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    const auto arguments = command.define(*sub);
    CHECK(arguments != nullptr);
    if (takes_repository(*sub)) CHECK(command.needs_repository);
  }
}
