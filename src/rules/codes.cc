#include "rules/codes.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "load/load_codes.h"
#include "rules/registry.h"

namespace isms {
namespace {

// Codes that are no longer emitted, sorted by code. A code is retired, never reused: a renamed
// check keeps its old code here with its successor, so that isms.yaml, --select, --ignore and
// suppressions written for the old code keep working (each with a note to rename it).
constexpr CodeMeta kRetired[] = {
    {"SOA001", "duplicate-soa-entry", Severity::Error, "6.1.3 d)",
     "The Statement of Applicability lists a control more than once", Lifecycle::Retired, "ID002"},
};

/// The codes without a rule and the rules, as one table in code order. Built once; the rows never
/// move, so pointers into it (and SARIF's rule indexes) stay valid for the whole run.
std::vector<CodeInfo> join_tables() {
  std::vector<CodeInfo> joined;
  for (const CodeMeta& meta : load_codes()) joined.push_back(CodeInfo{meta});
  for (const CodeInfo& rule : rule_registry()) joined.push_back(rule);
  std::sort(joined.begin(), joined.end(), [](const CodeInfo& a, const CodeInfo& b) { return a.code < b.code; });
  return joined;
}

}  // namespace

std::span<const CodeInfo> diagnostic_codes() {
  static const std::vector<CodeInfo> joined = join_tables();
  return joined;
}

const CodeInfo* find_code(std::string_view code) {
  const std::span<const CodeInfo> codes = diagnostic_codes();
  const auto found = std::lower_bound(codes.begin(), codes.end(), code,
                                      [](const CodeInfo& info, std::string_view key) { return info.code < key; });
  return found == codes.end() || found->code != code ? nullptr : &*found;
}

std::span<const CodeMeta> retired_codes() { return kRetired; }

const CodeMeta* find_retired_code(std::string_view code) {
  const CodeMeta* found = std::find_if(std::begin(kRetired), std::end(kRetired),
                                       [code](const CodeMeta& meta) { return meta.code == code; });
  return found == std::end(kRetired) ? nullptr : found;
}

std::string_view current_code(std::string_view pattern) {
  // The table is short and acyclic; the bound only guards against a mistake in it.
  for (std::size_t step = 0; step <= std::size(kRetired); ++step) {
    const CodeMeta* retired = find_retired_code(pattern);
    if (retired == nullptr) return pattern;
    pattern = retired->successor;
  }
  return pattern;
}

std::string retired_code_note(std::string_view code) {
  if (find_retired_code(code) == nullptr) return {};
  const std::string_view now = current_code(code);
  return fmt::format("{} was renamed {}; use {}", code, now, now);
}

std::vector<std::string_view> former_codes(std::string_view code) {
  std::vector<std::string_view> former;
  for (const CodeMeta& retired : kRetired) {
    if (current_code(retired.code) == code) former.push_back(retired.code);
  }
  return former;
}

bool is_fundamental_code(std::string_view code) {
  return code.starts_with("IO") || code.starts_with("YML") || code.starts_with("MAN");
}

}  // namespace isms
