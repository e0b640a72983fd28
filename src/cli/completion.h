#pragma once
/// Shell completion scripts for bash, zsh and fish, generated from the same command
/// definitions as --help so that they cannot drift from the real options.

#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// One option of a command, as the command line defines it.
struct OptionSpec {
  std::string long_name;            ///< "format", without dashes; may be empty
  std::string short_name;           ///< "o", without the dash; may be empty
  std::string description;
  std::vector<std::string> choices; ///< allowed values, when the option has a fixed set
  bool takes_value = false;
};

/// One command and its options.
struct CommandSpec {
  std::string name;
  std::string description;
  std::vector<OptionSpec> options;
};

/// The completion script for `shell` ("bash", "zsh" or "fish"); empty for another shell.
std::string completion_script(std::string_view shell, const std::vector<CommandSpec>& commands);

}  // namespace isms
