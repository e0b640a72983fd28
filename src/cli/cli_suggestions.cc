#include "cli/cli_suggestions.h"

#include <cctype>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "util/escape.h"
#include "util/suggest.h"

namespace isms {
namespace {

/// Every spelling of the app's own options: "--format", "-o", and so on.
void add_option_names(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
}

/// An argument that is meant as an option: "--x" or "-x" (a lone "-" is standard output).
bool looks_like_option(std::string_view argument) {
  if (argument.starts_with("--")) return argument.size() > 2;
  return argument.size() == 2 && argument[0] == '-' && argument[1] != '-' && !std::isdigit(static_cast<unsigned char>(argument[1]));
}

/// " (did you mean 'x'?)": the one candidate the word begins (a value cut short, "warn" for
/// "warning"), else the closest by edit distance. A two-letter word gets no guess, since every
/// short option is one edit from every other.
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() <= 2) return {};
  std::vector<std::string> extensions;
  for (const std::string& candidate : candidates) {
    if (candidate.size() > word.size() && candidate.starts_with(word)) extensions.push_back(candidate);
  }
  if (extensions.size() == 1) return fmt::format(" (did you mean '{}'?)", extensions.front());
  return did_you_mean(word, candidates);
}

}  // namespace

Status check_known_options(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> known;
  add_option_names(app, known);
  std::string where = "isms";
  int first = 1;
  if (argc > 1 && argv[1][0] != '-') {
    const CLI::App* command = nullptr;
    for (const CLI::App* sub : const_cast<CLI::App&>(app).get_subcommands({})) {
      if (sub->get_name() == argv[1]) command = sub;
    }
    if (command == nullptr) return Done{};  // an unknown command has its own message
    add_option_names(*command, known);
    where = "isms " + command->get_name();
    first = 2;
  }
  for (int index = first; index < argc; ++index) {
    const std::string_view argument = argv[index];
    if (argument == "--") break;  // what follows is positional, whatever it looks like
    if (!looks_like_option(argument)) continue;
    const std::string name(argument.substr(0, argument.find('=')));
    bool found = false;
    for (const std::string& candidate : known) found = found || candidate == name;
    if (found) continue;
    return Error{fmt::format("unknown option '{}' for '{}'{}", terminal_value(name), where, suggestion(name, known))};
  }
  return Done{};
}

std::string with_value_suggestion(const std::string& message) {
  // CLI11's IsMember check says "VALUE not in {a,b,c}"; the last such phrase is the value's.
  const std::size_t open = message.rfind(" not in {");
  const std::size_t close = message.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return message;
  const std::size_t start = message.rfind(' ', open - 1);
  const std::string value = message.substr(start == std::string::npos ? 0 : start + 1, open - (start == std::string::npos ? 0 : start + 1));
  std::vector<std::string> allowed;
  const std::string list = message.substr(open + 9, close - open - 9);
  for (std::size_t at = 0; at <= list.size();) {
    const std::size_t comma = list.find(',', at);
    allowed.push_back(list.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return message + suggestion(value, allowed);
}

}  // namespace isms
