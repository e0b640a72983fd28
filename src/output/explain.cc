#include "output/explain.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/codes.h"
#include "util/embedded.h"
#include "util/suggest.h"

namespace isms {

std::string format_rules_text() {
  std::size_t reference_width = 0;
  std::size_t name_width = 0;
  for (const CodeInfo& info : diagnostic_codes()) {
    reference_width = std::max(reference_width, info.reference.size());
    name_width = std::max(name_width, info.name.size());
  }
  std::string text;
  for (const CodeInfo& info : diagnostic_codes()) {
    // A preview code is marked before its summary; stable codes, nearly all of them, are not.
    const std::string_view mark = info.lifecycle == Lifecycle::Preview ? "(preview) " : "";
    text += fmt::format("{:<7} {:<8} {:<{}} {:<{}} {}{}\n", info.code, severity_name(info.default_severity),
                        info.reference, reference_width, info.name, name_width, mark, info.summary);
  }
  if (!retired_codes().empty()) {
    text += "\nRetired codes, never reported; where they are named, their successor is meant:\n";
    for (const CodeMeta& retired : retired_codes()) {
      text += fmt::format("{:<7} now {:<7} {}\n", retired.code, current_code(retired.code), retired.name);
    }
  }
  text += fmt::format("\n{} codes. 'isms explain CODE' shows a code's page.\n", diagnostic_codes().size());
  return text;
}

std::string format_rules_json() {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const CodeInfo& info : diagnostic_codes()) {
    rules.push_back({{"code", info.code},
                     {"name", info.name},
                     {"severity", severity_name(info.default_severity)},
                     {"reference", info.reference},
                     {"summary", info.summary},
                     {"kind", info.check != nullptr ? "rule" : "format"},
                     {"lifecycle", lifecycle_name(info.lifecycle)}});
  }
  nlohmann::ordered_json retired = nlohmann::ordered_json::array();
  for (const CodeMeta& meta : retired_codes()) {
    retired.push_back({{"code", meta.code},
                       {"name", meta.name},
                       {"lifecycle", lifecycle_name(meta.lifecycle)},
                       {"successor", current_code(meta.code)}});
  }
  nlohmann::ordered_json document = {{"schema_version", 1}, {"rules", rules}, {"retired", retired}};
  return document.dump(2) + "\n";
}

Explanation explain_code(std::string_view code) {
  std::string upper(code);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  if (find_code(upper) != nullptr || find_retired_code(upper) != nullptr) {
    if (std::optional<std::string_view> page = find_embedded(rule_doc_files(), upper + ".md")) {
      return Explanation{true, std::string(*page)};
    }
    return Explanation{false, fmt::format("no documentation page for {}", upper)};
  }
  std::vector<std::string> codes;
  for (const CodeInfo& info : diagnostic_codes()) codes.emplace_back(info.code);
  std::string suggestion = closest_match(upper, codes);
  return Explanation{false, suggestion.empty()
                                ? fmt::format("unknown code '{}'; 'isms rules' lists them all", code)
                                : fmt::format("unknown code '{}' (did you mean '{}'?)", code, suggestion)};
}

}  // namespace isms
