#pragma once
// Shared by the output-format tests: a report's run metadata, so each test only states the
// files and findings it is about.

#include "model/report.h"

namespace isms {

/// A report for repository "repo" at /srv/repo, as of 2026-11-22, over `files`.
inline CheckReport sample_report(const SourceFiles& files, std::size_t files_checked = 2) {
  CheckReport report;
  report.repository = "repo";
  report.repository_root = "/srv/repo";
  report.as_of = "2026-11-22";
  report.tool_version = "0.1.0";
  report.files = &files;
  report.files_checked = files_checked;
  return report;
}

}  // namespace isms
