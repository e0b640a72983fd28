#pragma once
/// "Did you mean" for the command line: mistyped options and mistyped values of a fixed set.

#include <string>

namespace CLI {
class App;
}

namespace isms {

/// The first option on the command line that neither the command nor `isms` itself knows, as a
/// message with the closest known option; empty when every option is known. Looked at before
/// parsing, so that `isms --versoin` is not reported as a missing command, nor `--formt json`
/// as an unexpected argument.
std::string unknown_option_problem(const CLI::App& app, int argc, char** argv);

/// The parser's "X not in {a,b,c}" messages, with the closest of the allowed values suggested.
std::string with_value_suggestion(const std::string& message);

}  // namespace isms
