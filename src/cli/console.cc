#include "cli/console.h"

#include <cstdio>

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
  if (std::string problem = write_file_atomically(output, bytes); !problem.empty()) return fail(problem);
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

}  // namespace isms
