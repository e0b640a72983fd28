#pragma once
/// `isms rules` and `isms explain`: the catalogue of codes and their documentation pages.

#include <string>
#include <string_view>

namespace isms {

/// One line per code: code, severity, reference, name and summary.
std::string format_rules_text();
/// The same catalogue as JSON (schema_version 1).
std::string format_rules_json();

/// The result of looking up a rule page.
struct Explanation {
  bool found = false;
  std::string text;  ///< the page when found, else an error with a "did you mean"
};

/// The documentation page of a code (case-insensitive), compiled into the binary.
Explanation explain_code(std::string_view code);

}  // namespace isms
