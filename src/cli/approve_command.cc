#include "cli/approve_command.h"
#include "util/std_streams.h"

#include <string_view>

#include <fmt/format.h>

#include "util/escape.h"
#include "output/formats.h"

namespace isms {
namespace {

constexpr int kRefused = 2;

void print_error_and_hint(const std::string& error, const std::string& hint) {
  print_error(error);
  if (!hint.empty()) print_hint(hint);
}

/// Findings in the compiler style of `isms check`, on standard error.
void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings) {
  CheckReport shown = run.report;
  shown.diagnostics = findings;
  // Without colour: standard error is neutralised as plain text, which shows every ESC.
  write_stderr(format_text(shown, FormatOptions{false, false}));
}

/// The lines of an approval as written, each prefixed: "  - " for the old, "  + " for the new.
std::string prefixed_lines(std::string_view text, std::string_view prefix) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent != std::string_view::npos) out += fmt::format("{}{}\n", prefix, terminal_value(line.substr(indent)));
    start = end + 1;
  }
  return out;
}

}  // namespace

int run_approve_command(ApproveArguments arguments) {
  if (const ApproveWordsProblem problem = parse_approve_words(arguments.words, arguments.options);
      !problem.error.empty()) {
    print_error_and_hint(problem.error, problem.hint);
    return kRefused;
  }
  ApproveResult result;
  run_approve(arguments.options, result);
  switch (result.status) {
    case ApproveStatus::Approved: break;
    case ApproveStatus::NotARepository:
      print_findings(result.run, result.run.report.diagnostics);
      print_error_and_hint(result.error, result.hint);
      return kRefused;
    case ApproveStatus::BlockedByErrors:
      print_findings(result.run, result.blocking);
      print_error_and_hint(result.error, result.hint);
      return kRefused;
    case ApproveStatus::AlreadyApproved: {
      print_error(fmt::format("{}:{}: {}", result.file, result.line, result.error));
      write_stderr(prefixed_lines(result.previous, "    "));
      print_hint(result.hint);
      return kRefused;
    }
    case ApproveStatus::InvalidArgument:
    case ApproveStatus::Refused:
      print_error_and_hint(result.error, result.hint);
      return kRefused;
  }
  const std::string title(register_title(arguments.options.register_name));
  std::string out = fmt::format("{}:{}: recorded the approval of the {} by {} ({}) on {}\n", terminal_value(result.file),
                                result.line, title, terminal_value(result.by), terminal_value(result.role),
                                terminal_value(result.date));
  out += prefixed_lines(result.previous, "  - ");
  out += prefixed_lines(result.written, "  + ");
  write_stdout(out, StreamSyntax::Text);
  return 0;
}

}  // namespace isms
