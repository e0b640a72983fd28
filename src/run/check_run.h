#pragma once
/// `isms check`: load a repository, run every check, and produce a report.

#include <string>

#include "util/limits.h"
#include "load/loader.h"
#include "model/model.h"
#include "model/report.h"
#include "rules/engine.h"
#include "model/source_files.h"

namespace isms {

/// What the user asked for.
struct CheckOptions {
  std::string repository = ".";
  std::string as_of;  ///< YYYY-MM-DD; empty means today
  Severity fail_on = Severity::Error;
  RuleSelection selection;
  Limits limits;
};

/// One run's result; `report.files` points into `files`, so keep the run alive while printing.
struct CheckRun {
  LoadStatus status = LoadStatus::NotARepository;
  SourceFiles files;
  Repository repository;
  CheckReport report;
};

/// Runs the passes over one context, in order: load, format checks, rules, policy, report.
void run_check(const CheckOptions& options, CheckRun& run);

/// True when a finding is at or above the report's fail-on severity: what fails `isms check`.
bool has_failing_findings(const CheckRun& run);


}  // namespace isms
