#pragma once
/// `isms render`: the certificate scope statement, the Statement of Applicability, the
/// audit-readiness report and the management review input pack, generated from a checked
/// repository.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "run/check_run.h"

namespace isms {

/// The documents `isms render` produces.
enum class DocumentKind { Scope, Soa, Report, Review };

/// The formats a document can be rendered in; not every document offers every format.
enum class DocumentFormat { Markdown, Html, Text, Csv, Xlsx, Json };

/// What the user asked for.
struct RenderOptions {
  CheckOptions check;          ///< repository, --as-of and limits
  DocumentKind document = DocumentKind::Scope;
  DocumentFormat format = DocumentFormat::Markdown;
  std::string templates_dir;   ///< --templates; empty means isms.yaml's folder, then the built-in ones
  bool force = false;          ///< render despite blocking findings, as a draft
  std::string review_since;    ///< --since, review only: YYYY-MM-DD to report since instead of the last held review
};

/// How a render ended.
enum class RenderStatus {
  Rendered,        ///< `bytes` holds the document
  Refused,         ///< blocking findings and no --force; `blocking` says which
  NotARepository,  ///< the repository could not be loaded; the run's findings say why
  Failed,          ///< a template or the output could not be produced; `error` says why
};

/// One render's result; `run` keeps the check run so its findings can be printed.
struct RenderResult {
  RenderStatus status = RenderStatus::Failed;
  std::string bytes;
  std::string error;
  std::vector<Diagnostic> blocking;  ///< findings that make the document wrong
  CheckRun run;
};

/// "scope", "soa", "report" or "review".
std::string_view document_name(DocumentKind kind);
/// Parses a document name; nullopt for anything else.
std::optional<DocumentKind> parse_document_kind(std::string_view name);
/// "md", "html", "txt", "csv", "xlsx" or "json".
std::string_view format_name(DocumentFormat format);
/// Parses a format name; nullopt for anything else.
std::optional<DocumentFormat> parse_document_format(std::string_view name);
/// The formats a document can be rendered in.
std::span<const DocumentFormat> formats_of(DocumentKind kind);

/// True when `diagnostic` makes a document of this kind wrong, so that it is refused or
/// rendered as a draft: an error that breaks the data, one of the document's own codes, or a
/// placeholder on a value it shows. `isms export oscal` asks the same question.
bool blocks_document(DocumentKind kind, const Diagnostic& diagnostic, const Repository& repository);

/// Checks the repository, decides whether the document may be issued, and renders it.
void run_render(const RenderOptions& options, RenderResult& result);


}  // namespace isms
