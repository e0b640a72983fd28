#include "cli/console.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "output/formats.h"
#include "util/escape.h"
#include "util/output_file.h"

namespace isms {

ExitCode emit(const std::string& output, std::string_view text, StreamSyntax syntax) {
  if (is_stdout(output)) {
    write_stdout(text, syntax);
    return ExitCode::Success;
  }
  return emit_exactly(output, log_safe(text, syntax));
}

ExitCode emit_exactly(const std::string& output, std::string_view bytes) {
  if (const Status written = write_file_atomically(output, bytes); !written) return fail(written.error());
  return ExitCode::Success;
}

ExitCode write_stdout_exactly(std::string_view bytes) {
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  return std::fflush(stdout) == 0 ? ExitCode::Success : ExitCode::UsageError;
}

ExitCode fail(std::string_view error, std::string_view hint) {
  print_error(error);
  if (!hint.empty()) print_hint(hint);
  return ExitCode::UsageError;
}

void say(std::string_view line) { write_stderr(terminal_value(line) + "\n"); }

void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings) {
  CheckReport shown = run.report;
  shown.diagnostics = findings;
  // Without colour: standard error is neutralised as plain text, which shows every ESC.
  write_stderr(format_text(shown, FormatOptions{false, false}));
}

ExitCode refuse_unloadable(const CheckRun& run, std::string_view repository) {
  print_findings(run, run.report.diagnostics);
  return fail(fmt::format("{} is not a compliance repository that can be loaded", repository));
}

ExitCode refuse_blocked(const CheckRun& run, const std::vector<Diagnostic>& blocking, std::string_view document,
                        std::string_view verb) {
  print_findings(run, blocking);
  const bool one = blocking.size() == 1;
  return fail(fmt::format("the {} cannot be issued: {} finding{} above make{} it wrong", document, blocking.size(),
                          one ? "" : "s", one ? "s" : ""),
              fmt::format("fix them, or use --force to {} a draft marked \"DRAFT \u2013 NOT FOR ISSUE\"", verb));
}

void warn_issued_as_draft(std::size_t blocking, std::string_view done) {
  print_warning(fmt::format("{} as a draft because of {} blocking finding{}; run 'isms check' for them", done, blocking,
                            blocking == 1 ? "" : "s"));
}

void append_to_step_summary(std::string_view markdown) {
  const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY");
  if (summary_path == nullptr || summary_path[0] == '\0') return;
  const Status appended = append_to_file(summary_path, log_safe(markdown, StreamSyntax::Markdown));
  if (!appended) print_warning(appended.error());
}

}  // namespace isms
