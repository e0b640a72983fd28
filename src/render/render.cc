#include "render/render.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>

#include "model/dates.h"
#include "rules/codes.h"
#include "util/path_containment.h"
#include "render/document_data.h"
#include "util/git_revision.h"
#include "render/placeholder_blocking.h"
#include "render/review_changes.h"
#include "render/review_data.h"
#include "render/template_engine.h"
#include "render/xlsx_soa.h"

namespace isms {
namespace {

constexpr DocumentFormat kScopeFormats[] = {DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Text,
                                            DocumentFormat::Json};
constexpr DocumentFormat kSoaFormats[] = {DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Csv,
                                          DocumentFormat::Xlsx, DocumentFormat::Json};
constexpr DocumentFormat kReportFormats[] = {DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Json};
constexpr DocumentFormat kReviewFormats[] = {DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Json};

/// Errors that mean the data is not what the files say (unreadable, malformed, duplicated,
/// dangling, unknown controls): no document may be issued from it. Configuration and
/// suppression findings do not change the data, so they do not count.
bool breaks_the_data(const Diagnostic& diagnostic) {
  const CodeInfo* info = find_code(diagnostic.code);
  if (info == nullptr) return true;
  if (diagnostic.code.starts_with("CFG") || diagnostic.code.starts_with("SPR")) return false;
  return info->reference == "format" || diagnostic.code == "CTL001";
}

/// Errors that make this particular document wrong. A stale approval of the document's own
/// register counts: the document would show an approval of content that is no longer there.
bool breaks_the_document(DocumentKind kind, const Diagnostic& diagnostic) {
  switch (kind) {
    case DocumentKind::Scope:
      return diagnostic.code.starts_with("SCP") || diagnostic.code == "REG004" ||
             (diagnostic.code == "APR001" && diagnostic.subject == "register:scope:approval");
    case DocumentKind::Soa:
      return diagnostic.code.starts_with("SOA") || diagnostic.code == "ID002" ||
             (diagnostic.code == "APR001" && diagnostic.subject == "register:soa:approval");
    case DocumentKind::Report: return false;  // the report exists to show audit findings
    // The pack shows the records of reviews, audits and nonconformities: an error in those
    // registers, or a stale approval of the reviews register, makes what it reports wrong.
    case DocumentKind::Review:
      return diagnostic.code.starts_with("MRV") || diagnostic.code.starts_with("NCR") ||
             diagnostic.code.starts_with("AUD") ||
             (diagnostic.code == "APR001" && diagnostic.subject == "register:reviews:approval");
  }
  return false;
}

std::vector<Diagnostic> blocking_findings(DocumentKind kind, const CheckReport& report, const Repository& repository) {
  std::vector<Diagnostic> blocking;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    if (blocks_document(kind, diagnostic, repository)) blocking.push_back(diagnostic);
  }
  return blocking;
}

/// The templates folder: --templates, else isms.yaml's render.templates inside the repository;
/// empty when neither names one.
Result<std::string> templates_folder(const RenderOptions& options, const Repository& repository) {
  if (!options.templates_dir.empty()) {
    std::error_code status;
    if (!std::filesystem::is_directory(options.templates_dir, status)) {
      return Error{fmt::format("--templates {} is not a folder", options.templates_dir)};
    }
    return options.templates_dir;
  }
  const Text& configured = repository.manifest.templates;
  if (!configured.present) return std::string();
  namespace fs = std::filesystem;
  std::error_code status;
  fs::path folder;
  const Containment containment =
      resolve_containment(options.check.repository, fs::path(options.check.repository) / configured.value, &folder);
  if (containment != Containment::Inside || !fs::is_directory(folder, status)) {
    return Error{fmt::format("isms.yaml render.templates '{}' is not a folder inside the repository", configured.value)};
  }
  return folder.string();
}

Result<std::string> render_bytes(const RenderOptions& options, const std::string& templates, const DocumentInput& input) {
  Json data;
  switch (options.document) {
    case DocumentKind::Scope: data = scope_data(input); break;
    case DocumentKind::Soa: data = soa_data(input); break;
    case DocumentKind::Report: data = report_data(input); break;
    case DocumentKind::Review: {
      // b) and c) compare the registers with the commit of the day the pack reports since.
      CheckOptions check = options.check;
      check.as_of = input.generated;
      const ReviewSince since = review_since(input.repository, options.review_since);
      const ReviewChanges changes = review_changes(check, input.repository, since.date);
      data = review_data(input, since, changes);
      break;
    }
  }
  if (options.format == DocumentFormat::Json) {
    return data.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  if (options.format == DocumentFormat::Xlsx) return write_soa_xlsx(data);
  return render_template(templates, options.document, options.format, data);
}

}  // namespace

bool blocks_document(DocumentKind kind, const Diagnostic& diagnostic, const Repository& repository) {
  if (diagnostic.severity != Severity::Error) return false;
  return breaks_the_data(diagnostic) || breaks_the_document(kind, diagnostic) ||
         placeholder_shown_in(kind, diagnostic, repository);
}

std::string_view document_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Scope: return "scope";
    case DocumentKind::Soa: return "soa";
    case DocumentKind::Report: return "report";
    case DocumentKind::Review: return "review";
  }
  return "";
}

std::optional<DocumentKind> parse_document_kind(std::string_view name) {
  for (DocumentKind kind : {DocumentKind::Scope, DocumentKind::Soa, DocumentKind::Report, DocumentKind::Review}) {
    if (document_name(kind) == name) return kind;
  }
  return std::nullopt;
}

std::string_view format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::Markdown: return "md";
    case DocumentFormat::Html: return "html";
    case DocumentFormat::Text: return "txt";
    case DocumentFormat::Csv: return "csv";
    case DocumentFormat::Xlsx: return "xlsx";
    case DocumentFormat::Json: return "json";
  }
  return "";
}

std::optional<DocumentFormat> parse_document_format(std::string_view name) {
  for (DocumentFormat format : {DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Text,
                                DocumentFormat::Csv, DocumentFormat::Xlsx, DocumentFormat::Json}) {
    if (format_name(format) == name) return format;
  }
  return std::nullopt;
}

std::span<const DocumentFormat> formats_of(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Scope: return kScopeFormats;
    case DocumentKind::Soa: return kSoaFormats;
    case DocumentKind::Report: return kReportFormats;
    case DocumentKind::Review: return kReviewFormats;
  }
  return {};
}

void run_render(const RenderOptions& options, RenderResult& result) {
  const std::span<const DocumentFormat> allowed = formats_of(options.document);
  if (std::find(allowed.begin(), allowed.end(), options.format) == allowed.end()) {
    result.status = RenderStatus::Failed;
    result.error = fmt::format("{} cannot be rendered as {}", document_name(options.document), format_name(options.format));
    return;
  }
  CheckOptions check = options.check;
  Result<std::string> generated = generation_date(options.check.as_of);
  if (!generated) {
    result.error = generated.error();
    result.status = RenderStatus::Failed;
    return;
  }
  check.as_of = *generated;
  const std::string generated_from(generation_date_source(options.check.as_of));
  run_check(check, result.run);
  if (result.run.status != LoadStatus::Loaded) {
    result.status = RenderStatus::NotARepository;
    return;
  }
  result.blocking = blocking_findings(options.document, result.run.report, result.run.repository);
  if (!result.blocking.empty() && !options.force) {
    result.status = RenderStatus::Refused;
    return;
  }
  const Result<std::string> templates = templates_folder(options, result.run.repository);
  if (!templates) {
    result.error = templates.error();
    result.status = RenderStatus::Failed;
    return;
  }
  const GitRevision revision = read_git_revision(options.check.repository);
  Date as_of;
  parse_date(check.as_of, as_of);
  const DocumentInput input{result.run.repository, result.run.report, options.document, check.as_of, as_of.days,
                            generated_from, revision.commit, revision.modified, !result.blocking.empty(),
                            result.blocking};
  Result<std::string> bytes = render_bytes(options, *templates, input);
  if (!bytes) {
    result.error = bytes.error();
    result.status = RenderStatus::Failed;
    return;
  }
  result.bytes = std::move(*bytes);
  result.status = RenderStatus::Rendered;
}

}  // namespace isms
