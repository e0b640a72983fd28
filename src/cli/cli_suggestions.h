#pragma once
/// "Did you mean" for the command line: mistyped options and mistyped values of a fixed set.

#include <string>

#include "util/result.h"

namespace CLI {
class App;
}

namespace isms {

/// Whether every option on the command line is one the command or `isms` itself knows; the
/// error names the first that is not, with the closest known option. Looked at before
/// parsing, so that `isms --versoin` is not reported as a missing command, nor `--formt json`
/// as an unexpected argument.
Status check_known_options(const CLI::App& app, int argc, char** argv);

/// The parser's "X not in {a,b,c}" messages, with the closest of the allowed values suggested.
std::string with_value_suggestion(const std::string& message);

}  // namespace isms
