#include "baseline/baseline.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rules/codes.h"
#include "util/untrusted_json.h"

namespace isms {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kBaselineSchemaVersion = 1;

std::string relative_path_of(const CheckReport& report, const Diagnostic& diagnostic) {
  const SourceFile* file = source_file_of(report, diagnostic);
  return file != nullptr ? file->relative_path : std::string();
}

using UnusedEntries = std::unordered_map<std::string, std::vector<const BaselineEntry*>>;

/// The unused entries that match a finding, or nullptr. A baseline written before the finding's
/// code was renamed recorded it under the retired code; such a match sets `former` to that code.
std::vector<const BaselineEntry*>* entries_of(const Diagnostic& diagnostic, const SourceFiles& files,
                                              UnusedEntries& unused, std::string_view& former) {
  auto found = unused.find(fingerprint(diagnostic, files));
  if (found != unused.end() && !found->second.empty()) return &found->second;
  for (std::string_view code : former_codes(diagnostic.code)) {
    Diagnostic as_recorded = diagnostic;
    as_recorded.code = std::string(code);
    found = unused.find(fingerprint(as_recorded, files));
    if (found != unused.end() && !found->second.empty()) {
      former = code;
      return &found->second;
    }
  }
  return nullptr;
}

}  // namespace

std::string format_baseline(const CheckReport& report) {
  Json findings = Json::array();
  for (const Diagnostic& diagnostic : report.diagnostics) {
    findings.push_back({{"fingerprint", fingerprint(diagnostic, *report.files)},
                        {"code", diagnostic.code},
                        {"file", relative_path_of(report, diagnostic)},
                        {"message", diagnostic.message}});
  }
  Json baseline{{"schema_version", kBaselineSchemaVersion},
                {"tool", "isms " + report.tool_version},
                {"as_of", report.as_of},
                {"findings", std::move(findings)}};
  return baseline.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<Baseline> parse_baseline(std::string_view text, std::uint32_t max_depth) {
  Json parsed;
  if (const Status json = parse_untrusted_json(text, max_depth, parsed); !json) return Error{json.error()};
  if (!parsed.is_object()) return Error{"it is not JSON written by 'isms baseline'"};
  auto version = parsed.find("schema_version");
  if (version == parsed.end() || !version->is_number_integer()) return Error{"it has no schema_version"};
  if (version->get<int>() != kBaselineSchemaVersion) {
    return Error{fmt::format("its schema_version {} is not {}, the version this isms reads", version->dump(),
                             kBaselineSchemaVersion)};
  }
  auto findings = parsed.find("findings");
  if (findings == parsed.end() || !findings->is_array()) return Error{"it has no findings list"};
  Baseline baseline;
  for (const Json& item : *findings) {
    if (!item.is_object() || !item.contains("fingerprint") || !item["fingerprint"].is_string()) {
      return Error{"a finding in it has no fingerprint"};
    }
    BaselineEntry entry;
    entry.fingerprint = item["fingerprint"].get<std::string>();
    entry.code = item.value("code", std::string());
    entry.path = item.value("file", std::string());
    entry.message = item.value("message", std::string());
    baseline.entries.push_back(std::move(entry));
  }
  return baseline;
}

void apply_baseline(const Baseline& baseline, const std::string& baseline_path, CheckReport& report) {
  // Each entry absorbs one finding, so a second copy of a known defect still counts as new.
  UnusedEntries unused;
  for (const BaselineEntry& entry : baseline.entries) unused[entry.fingerprint].push_back(&entry);
  std::vector<Diagnostic> kept;
  kept.reserve(report.diagnostics.size());
  std::vector<std::string_view> renamed;  // retired codes the baseline still uses, in order of first use
  for (Diagnostic& diagnostic : report.diagnostics) {
    std::string_view former;
    if (std::vector<const BaselineEntry*>* entries = entries_of(diagnostic, *report.files, unused, former)) {
      entries->pop_back();
      ++report.baselined;
      if (!former.empty() && std::find(renamed.begin(), renamed.end(), former) == renamed.end()) renamed.push_back(former);
      continue;
    }
    kept.push_back(std::move(diagnostic));
  }
  for (std::string_view code : renamed) {
    Diagnostic note;
    note.code = "BSL002";
    note.severity = Severity::Note;
    note.message = fmt::format("the baseline records findings under {}, which was renamed {}", code, current_code(code));
    note.hint = fmt::format("refresh the baseline: isms baseline -o {} --force", baseline_path);
    note.subject = fmt::format("baseline:{}", code);
    kept.push_back(std::move(note));
  }
  for (const BaselineEntry& entry : baseline.entries) {
    std::vector<const BaselineEntry*>& left = unused[entry.fingerprint];
    auto position = std::find(left.begin(), left.end(), &entry);
    if (position == left.end()) continue;
    left.erase(position);
    Diagnostic fixed;
    fixed.code = "BSL001";
    fixed.severity = Severity::Note;
    fixed.message = fmt::format("the baseline lists a {} finding{} that no longer occurs: {}", entry.code,
                                entry.path.empty() ? "" : " in " + entry.path, entry.message);
    fixed.hint = fmt::format("shrink the baseline: isms baseline -o {} --force", baseline_path);
    fixed.subject = "baseline:" + entry.fingerprint;
    kept.push_back(std::move(fixed));
  }
  report.diagnostics = std::move(kept);
}

}  // namespace isms
