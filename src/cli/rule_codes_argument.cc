#include "cli/rule_codes_argument.h"

#include <cctype>

#include <fmt/format.h>

#include "rules/codes.h"
#include "rules/engine.h"
#include "cli/console.h"

namespace isms {
namespace {

std::string uppercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::vector<std::string> split_codes(const std::string& value) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find_first_of(",\n", start);
    if (end == std::string::npos) end = value.size();
    std::string code = uppercase(value.substr(start, end - start));
    if (!code.empty()) codes.push_back(code);
    start = end + 1;
  }
  return codes;
}

bool code_patterns_valid(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    if (!is_known_code_pattern(pattern)) {
      print_error(fmt::format("'{}' is not a rule code or prefix; 'isms rules' lists them", pattern));
      return false;
    }
    if (const std::string note = retired_code_note(pattern); !note.empty()) print_warning(note);
  }
  return true;
}

}  // namespace isms
