// Fuzz target: a baseline file (JSON), which CI jobs keep beside the registers and so may come
// from a pull request. The input is parsed within the depth limit, applied to a run's findings
// (matching fingerprints, noting entries that no longer occur) and the result is written in
// the formats a CI job reads, so that no entry, however malformed, reaches an output unescaped
// or crashes a formatter.

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "baseline/baseline.h"
#include "util/limits.h"
#include "output/formats.h"
#include "util/untrusted_json.h"

namespace {

/// A run with a finding of each kind the fingerprint distinguishes: with a file and subject,
/// with a file only, and with neither.
struct SampleRun {
  isms::SourceFiles files;
  isms::CheckReport report;

  SampleRun() {
    using isms::Severity;
    const std::uint32_t risks = files.add(isms::SourceFile{"repo/risks.yaml", "risks.yaml", "risks:\n  - id: R-1\n"});
    report.repository = "repo";
    report.repository_root = "/srv/repo";
    report.as_of = "2026-11-22";
    report.tool_version = "0.0.0";
    report.files = &files;
    report.diagnostics = {
        {"RSK001", Severity::Error, {risks, 2, 5}, "risk R-1 has no owner", "name one", "risks[R-1]"},
        {"REG003", Severity::Warning, {risks, 0, 0}, "no approval", "record one", ""},
        {"MAN001", Severity::Error, {}, "no manifest", "", ""},
    };
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::uint32_t max_depth = Limits{}.max_depth;

  // The depth guard alone, on any JSON: it must refuse what is too deep before parsing.
  nlohmann::ordered_json any;
  (void)parse_untrusted_json(text, max_depth, any);

  const Result<Baseline> baseline = parse_baseline(text, max_depth);
  if (!baseline) return 0;
  SampleRun run;
  apply_baseline(*baseline, "isms-baseline.json", run.report);
  (void)format_text(run.report, FormatOptions{});
  (void)format_json(run.report);
  (void)format_sarif(run.report);
  (void)format_github(run.report);
  (void)format_baseline(run.report);
  return 0;
}
