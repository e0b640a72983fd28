#pragma once
/// The --select and --ignore options of `isms check`: rule codes and prefixes.

#include <string>
#include <vector>

namespace isms {

/// "REF,ctx\nAI" -> {"REF", "CTX", "AI"}: the occurrences of an option, joined with newlines,
/// split on commas too; codes are matched in upper case.
std::vector<std::string> split_codes(const std::string& value);

/// True when every pattern is a rule code or a prefix of one; otherwise prints the usage error.
/// A retired code is accepted, with a warning that names the code it became.
bool code_patterns_valid(const std::vector<std::string>& patterns);

}  // namespace isms
