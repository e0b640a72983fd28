#pragma once
/// `isms check`: load a repository, run every check, and produce a report.

#include <string>

#include "isms/limits.h"
#include "isms/loader.h"
#include "isms/model.h"
#include "isms/report.h"
#include "isms/rules.h"
#include "isms/source_files.h"

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

/// Runs the passes over one context: load, check, sort.
void run_check(const CheckOptions& options, CheckRun& run);

/// The documented exit code: 0 clean, 1 findings at or above fail-on, 2 not a repository.
int check_exit_code(const CheckRun& run);

/// Today's date in the local time zone, as YYYY-MM-DD.
std::string today_iso_date();

}  // namespace isms
