#include "approve_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "isms/report.h"

namespace isms {
namespace {

constexpr int kRefused = 2;

void print_error(const std::string& error, const std::string& hint) {
  std::fprintf(stderr, "isms: error: %s\n", error.c_str());
  if (!hint.empty()) std::fprintf(stderr, "isms: hint: %s\n", hint.c_str());
}

/// Findings in the compiler style of `isms check`, on standard error.
void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings) {
  CheckReport shown = run.report;
  shown.diagnostics = findings;
  const char* no_color = std::getenv("NO_COLOR");
  const bool color = ::isatty(STDERR_FILENO) != 0 && (no_color == nullptr || no_color[0] == '\0');
  const std::string text = format_text(shown, FormatOptions{color, false});
  std::fwrite(text.data(), 1, text.size(), stderr);
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
    if (indent != std::string_view::npos) out += fmt::format("{}{}\n", prefix, line.substr(indent));
    start = end + 1;
  }
  return out;
}

}  // namespace

int run_approve_command(ApproveArguments arguments) {
  if (std::string problem = parse_approve_words(arguments.words, arguments.options); !problem.empty()) {
    std::fprintf(stderr, "isms: error: %s\n", problem.c_str());
    return kRefused;
  }
  ApproveResult result;
  run_approve(arguments.options, result);
  switch (result.status) {
    case ApproveStatus::Approved: break;
    case ApproveStatus::NotARepository:
      print_findings(result.run, result.run.report.diagnostics);
      print_error(result.error, result.hint);
      return kRefused;
    case ApproveStatus::BlockedByErrors:
      print_findings(result.run, result.blocking);
      print_error(result.error, result.hint);
      return kRefused;
    case ApproveStatus::AlreadyApproved: {
      const std::string where = fmt::format("{}:{}: ", result.file, result.line);
      std::fprintf(stderr, "isms: error: %s%s\n%s", where.c_str(), result.error.c_str(),
                   prefixed_lines(result.previous, "    ").c_str());
      std::fprintf(stderr, "isms: hint: %s\n", result.hint.c_str());
      return kRefused;
    }
    case ApproveStatus::InvalidArgument:
    case ApproveStatus::Refused:
      print_error(result.error, result.hint);
      return kRefused;
  }
  const std::string title(register_title(arguments.options.register_name));
  std::string out = fmt::format("{}:{}: recorded the approval of the {} by {} ({}) on {}\n", result.file, result.line,
                                title, result.by, result.role, result.date);
  out += prefixed_lines(result.previous, "  - ");
  out += prefixed_lines(result.written, "  + ");
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace isms
