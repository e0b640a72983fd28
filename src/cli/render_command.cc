#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/as_of_argument.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/limit_options.h"
#include "model/dates.h"
#include "render/render.h"
#include "util/output_target.h"
#include "util/suggest.h"

namespace isms {
namespace {

/// Options of `isms render` as typed on the command line.
struct RenderArguments final : CommandArguments {
  std::string document;
  std::string repository = ".";
  std::string format = "md";
  std::string output;
  std::string templates;
  std::string as_of;
  std::string since;
  bool force = false;
  Limits limits;
};

/// How a document is neutralised on standard output.
StreamSyntax document_stream_syntax(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::Html: return StreamSyntax::Markup;
    case DocumentFormat::Markdown: return StreamSyntax::Markdown;
    case DocumentFormat::Json: return StreamSyntax::Json;
    default: return StreamSyntax::Text;
  }
}

/// Standard output redirected to a file (`> soa.xlsx`), where bytes are not read as a log.
bool stdout_is_regular_file() {
  struct stat status {};
  return ::fstat(STDOUT_FILENO, &status) == 0 && S_ISREG(status.st_mode);
}

/// The command line turned into render options; a usage error is printed and gives nothing.
std::optional<RenderOptions> render_options(const RenderArguments& arguments) {
  const std::optional<DocumentKind> document = parse_document_kind(arguments.document);
  if (!document) {
    const std::vector<std::string> documents = {"scope", "soa", "report", "review"};
    fail(fmt::format("unknown document '{}'{}", arguments.document, did_you_mean(arguments.document, documents)),
         "the documents are scope, soa, report and review");
    return std::nullopt;
  }
  const std::optional<DocumentFormat> format = parse_document_format(arguments.format);
  const std::span<const DocumentFormat> allowed = formats_of(*document);
  if (!format || std::find(allowed.begin(), allowed.end(), *format) == allowed.end()) {
    std::string names;
    for (DocumentFormat candidate : allowed) names += (names.empty() ? "" : ", ") + std::string(format_name(candidate));
    fail(fmt::format("{} cannot be rendered as '{}'; its formats are {}", arguments.document, arguments.format, names));
    return std::nullopt;
  }
  if (!as_of_argument_valid(arguments.as_of)) return std::nullopt;
  if (!arguments.since.empty()) {
    Date since;
    if (*document != DocumentKind::Review) {
      fail("--since is for the review document: the management review pack reports since that date");
      return std::nullopt;
    }
    if (!parse_date(arguments.since, since)) {
      fail(fmt::format("--since '{}' is not a date; write YYYY-MM-DD", arguments.since));
      return std::nullopt;
    }
  }
  if (*format == DocumentFormat::Xlsx && is_stdout(arguments.output) && !stdout_is_regular_file()) {
    fail("xlsx is a binary format; write it to a file with --output FILE");
    return std::nullopt;
  }
  if (const Status target = check_output_target(is_stdout(arguments.output) ? std::string() : arguments.output,
                                                 arguments.repository, OutputKind::Report, arguments.force);
      !target) {
    fail(target.error());
    return std::nullopt;
  }
  RenderOptions options;
  options.document = *document;
  options.format = *format;
  options.check.repository = arguments.repository;
  options.check.as_of = arguments.as_of;
  options.check.limits = arguments.limits;
  options.templates_dir = arguments.templates;
  options.force = arguments.force;
  options.review_since = arguments.since;
  return options;
}

}  // namespace

std::unique_ptr<CommandArguments> define_render_command(CLI::App& command) {
  auto arguments = std::make_unique<RenderArguments>();
  RenderArguments& render = *arguments;
  command.add_option("document", render.document, "scope, soa, report or review")->required();
  command.add_option("repository", render.repository, "Repository folder (default: current folder)");
  command.add_option("--format", render.format, "md, html or json; also txt for scope, csv and xlsx for soa (default: md)");
  command.add_option("-o,--output", render.output, "Write the document to FILE (replaced atomically)");
  command.add_option("--templates", render.templates, "Folder of templates that override the built-in ones");
  command.add_option("--as-of", render.as_of,
                     "Generation date and date for freshness checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  command.add_flag("--force", render.force,
                   "Render despite blocking findings, as a marked draft; let -o replace a file of the "
                   "repository or lead through a symlink inside it");
  command.add_option("--since", render.since,
                     "For review: report since this date, YYYY-MM-DD, instead of the last held management review");
  add_limit_options(command, render.limits);
  return arguments;
}

ExitCode run_render_command(CommandArguments& parsed, const CLI::App&) {
  const auto& arguments = static_cast<const RenderArguments&>(parsed);
  const std::optional<RenderOptions> options = render_options(arguments);
  if (!options) return ExitCode::UsageError;
  RenderResult result;
  run_render(*options, result);
  switch (result.status) {
    case RenderStatus::NotARepository: return refuse_unloadable(result.run, arguments.repository);
    case RenderStatus::Refused: return refuse_blocked(result.run, result.blocking, arguments.document, "render");
    case RenderStatus::Failed: return fail(result.error);
    case RenderStatus::Rendered: break;
  }
  if (!result.blocking.empty()) warn_issued_as_draft(result.blocking.size(), "rendered");
  const bool to_stdout = is_stdout(arguments.output);
  if (options->format == DocumentFormat::Xlsx) {
    // A binary workbook: written as it is, and only to a file (see above), never to a terminal or a log.
    return to_stdout ? write_stdout_exactly(result.bytes) : emit_exactly(arguments.output, result.bytes);
  }
  // CSV is a spreadsheet's data: a file keeps every cell exactly, a CR inside a quoted cell
  // included. Only standard output, which is a log, neutralises it.
  if (options->format == DocumentFormat::Csv && !to_stdout) return emit_exactly(arguments.output, result.bytes);
  return emit(arguments.output, result.bytes, document_stream_syntax(options->format));
}

}  // namespace isms
