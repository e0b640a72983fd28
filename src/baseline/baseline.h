#pragma once
/// Baselines: the findings a repository already had when a team adopted `isms`, so that CI
/// fails only on what a change makes worse. Findings are matched by the fingerprint SARIF
/// uses, which does not depend on line numbers.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/report.h"
#include "util/result.h"

namespace isms {

/// One known finding.
struct BaselineEntry {
  std::string fingerprint;
  std::string code;
  std::string path;     ///< file relative to the repository root; empty for findings without one
  std::string message;  ///< for people reading the file; not used for matching
};

/// A parsed baseline file.
struct Baseline {
  std::vector<BaselineEntry> entries;
};

/// The baseline file for every finding of a run, as JSON (documented, versioned).
std::string format_baseline(const CheckReport& report);

/// Parses a baseline file, which may nest no deeper than `max_depth`; the error says what is
/// wrong with it. A baseline is repository content like any register.
Result<Baseline> parse_baseline(std::string_view text, std::uint32_t max_depth);

/// Removes the findings the baseline knows (each entry matches one finding), counts them in
/// `report.baselined`, and adds a note for each entry that no longer occurs, so the baseline
/// can shrink.
void apply_baseline(const Baseline& baseline, const std::string& baseline_path, CheckReport& report);

}  // namespace isms
