#include "run/check_run.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <tuple>

#include <fmt/format.h>

#include "check/repository_checks.h"
#include "model/dates.h"
#include "rules/engine.h"

namespace isms {

void run_check(const CheckOptions& options, CheckRun& run) {
  const std::string as_of = options.as_of.empty() ? today_iso_date() : options.as_of;
  Date as_of_date;
  parse_date(as_of, as_of_date);

  DiagnosticSink sink;
  run.status = load_repository(options.repository, options.limits, run.repository, run.files, sink);
  if (run.status == LoadStatus::Loaded) check_repository(run.repository, run.files, sink);
  std::vector<RuleOutcome> outcomes;
  if (run.status == LoadStatus::Loaded) outcomes = run_rules(run.repository, as_of_date.days, options.selection, sink);
  std::vector<Diagnostic> diagnostics = sink.take();
  if (run.status == LoadStatus::Loaded) apply_policy(run.repository, as_of_date.days, options.selection, diagnostics);

  CheckReport& report = run.report;
  report.repository = options.repository;
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(options.repository, error);
  report.repository_root = error ? options.repository : absolute.lexically_normal().generic_string();
  report.as_of = as_of;
  report.tool_version = ISMS_VERSION;
  report.fail_on = options.fail_on;
  report.files = &run.files;
  report.files_checked = run.files.size() - 1;
  report.diagnostics = std::move(diagnostics);
  report.rules = std::move(outcomes);
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code);
  });
}

int check_exit_code(const CheckRun& run) {
  if (run.status == LoadStatus::NotARepository) return 2;
  const bool failing = std::any_of(run.report.diagnostics.begin(), run.report.diagnostics.end(),
                                   [&run](const Diagnostic& d) { return d.severity >= run.report.fail_on; });
  return failing ? 1 : 0;
}

}  // namespace isms
