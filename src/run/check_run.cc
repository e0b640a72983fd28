#include "run/check_run.h"

#include <algorithm>
#include <filesystem>
#include <span>
#include <tuple>

#include "check/repository_checks.h"
#include "model/dates.h"
#include "rules/engine.h"

namespace isms {
namespace {

/// What the passes of one run share: the options, the run they fill in, and the findings so far.
struct CheckContext {
  const CheckOptions& options;
  CheckRun& run;
  std::string as_of;
  std::int64_t as_of_days = 0;
  DiagnosticSink sink;
  std::vector<RuleOutcome> outcomes;
  std::vector<Diagnostic> diagnostics;

  bool loaded() const { return run.status == LoadStatus::Loaded; }
};

/// Reads every register into the model; problems of the format are findings.
void load_pass(CheckContext& context) {
  context.run.status =
      load_repository(context.options.repository, context.options.limits, context.run.repository, context.run.files, context.sink);
}

/// The consistency the format demands across registers: ids, references, scales, document control.
void format_checks_pass(CheckContext& context) {
  if (context.loaded()) check_repository(context.run.repository, context.run.files, context.sink);
}

/// Every selected rule, in code order.
void rules_pass(CheckContext& context) {
  if (context.loaded()) {
    context.outcomes = run_rules(context.run.repository, context.as_of_days, context.options.selection, context.sink);
  }
}

/// isms.yaml's severities, suppressions and disabled codes, applied to every finding.
void policy_pass(CheckContext& context) {
  context.diagnostics = context.sink.take();
  if (context.loaded()) {
    apply_policy(context.run.repository, context.as_of_days, context.options.selection, context.diagnostics);
  }
}

/// The report, with findings in file, line, column and code order.
void report_pass(CheckContext& context) {
  CheckReport& report = context.run.report;
  const CheckOptions& options = context.options;
  report.repository = options.repository;
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(options.repository, error);
  report.repository_root = error ? options.repository : absolute.lexically_normal().generic_string();
  report.as_of = context.as_of;
  report.tool_version = ISMS_VERSION;
  report.fail_on = options.fail_on;
  report.files = &context.run.files;
  report.files_checked = context.run.files.size() - 1;
  report.diagnostics = std::move(context.diagnostics);
  report.rules = std::move(context.outcomes);
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code);
  });
}

using Pass = void (*)(CheckContext&);

/// The run, in order. Each pass reads what the ones before it left in the context.
constexpr Pass kPasses[] = {load_pass, format_checks_pass, rules_pass, policy_pass, report_pass};

}  // namespace

void run_check(const CheckOptions& options, CheckRun& run) {
  const std::string as_of = options.as_of.empty() ? today_iso_date() : options.as_of;
  Date as_of_date;
  parse_date(as_of, as_of_date);
  CheckContext context{options, run, as_of, as_of_date.days, DiagnosticSink(), {}, {}};
  for (Pass pass : std::span(kPasses)) pass(context);
}

bool has_failing_findings(const CheckRun& run) {
  return std::any_of(run.report.diagnostics.begin(), run.report.diagnostics.end(),
                     [&run](const Diagnostic& d) { return d.severity >= run.report.fail_on; });
}

}  // namespace isms
