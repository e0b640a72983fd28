#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "approve/approve.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "util/escape.h"

namespace isms {
namespace {

/// `isms approve` as typed: the words naming the register and repository, and the options.
struct ApproveArguments final : CommandArguments {
  std::vector<std::string> words;  ///< "scope [REPO]", "soa [REPO]" or "register NAME [REPO]"
  ApproveOptions options;
};

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

std::unique_ptr<CommandArguments> define_approve_command(CLI::App& command) {
  auto arguments = std::make_unique<ApproveArguments>();
  ApproveArguments& approve = *arguments;
  command.add_option("what", approve.words, "scope [REPOSITORY], soa [REPOSITORY] or register NAME [REPOSITORY]")
      ->required();
  command.add_option("--by", approve.options.by, "Who approved it")->required();
  command.add_option("--role", approve.options.role, "The role in which they approved it")->required();
  command.add_option("--date", approve.options.date,
                     "Date of the approval, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command.add_flag("--force", approve.options.force, "Replace an existing approval");
  return arguments;
}

/// Prints what it did on standard output, problems on standard error; 0 when the approval was
/// written, else 2.
ExitCode run_approve_command(CommandArguments& parsed, const CLI::App&) {
  auto& arguments = static_cast<ApproveArguments&>(parsed);
  if (const ApproveWordsProblem problem = parse_approve_words(arguments.words, arguments.options);
      !problem.error.empty()) {
    return fail(problem.error, problem.hint);
  }
  ApproveResult result;
  run_approve(arguments.options, result);
  switch (result.status) {
    case ApproveStatus::Approved: break;
    case ApproveStatus::NotARepository:
      print_findings(result.run, result.run.report.diagnostics);
      return fail(result.error, result.hint);
    case ApproveStatus::BlockedByErrors:
      print_findings(result.run, result.blocking);
      return fail(result.error, result.hint);
    case ApproveStatus::AlreadyApproved:
      print_error(fmt::format("{}:{}: {}", result.file, result.line, result.error));
      write_stderr(prefixed_lines(result.previous, "    "));
      print_hint(result.hint);
      return ExitCode::UsageError;
    case ApproveStatus::InvalidArgument:
    case ApproveStatus::Refused: return fail(result.error, result.hint);
  }
  const std::string title(register_title(arguments.options.register_name));
  std::string out = fmt::format("{}:{}: recorded the approval of the {} by {} ({}) on {}\n", terminal_value(result.file),
                                result.line, title, terminal_value(result.by), terminal_value(result.role),
                                terminal_value(result.date));
  out += prefixed_lines(result.previous, "  - ");
  out += prefixed_lines(result.written, "  + ");
  write_stdout(out, StreamSyntax::Text);
  return ExitCode::Success;
}

}  // namespace isms
