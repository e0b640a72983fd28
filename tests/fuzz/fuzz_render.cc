// Fuzz target: rendering with hostile data. The input is one YAML document, decoded as every
// kind of file at once, so that one input can set the organisation, the scope, SoA entries,
// assets and risks. Every document is rendered in every format with the built-in templates,
// and the output must stay inert: no tag, event handler or javascript: URL in HTML that the
// templates did not write, no CSV cell that a spreadsheet would run as a formula, and JSON
// that parses back.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "render/render.h"
#include "model/report.h"
#include "render/document_data.h"
#include "render/review_data.h"
#include "render/template_engine.h"
#include "render/xlsx_soa.h"
#include "sample_report.h"

namespace {

using namespace isms;

[[noreturn]] void violation(const char* what, std::string_view output) {
  std::fprintf(stderr, "render output not inert: %s\n--- output ---\n%.*s\n", what, static_cast<int>(output.size()),
               output.data());
  std::abort();
}

/// Every tag the built-in HTML templates write (grep -o "<[a-z][a-z0-9]*" templates/render).
const std::set<std::string, std::less<>> kTemplateTags = {
    "a",  "body", "br",     "circle", "code", "col",  "colgroup", "dd",   "div",   "dl",    "dt",   "footer",
    "g",  "h1",   "h2",     "h3",     "h4",   "head", "header", "html",   "li",   "main",  "meta",  "ol",   "p",
    "rect", "section", "span", "strong", "style", "svg", "table", "tbody", "td",  "text",  "tfoot", "th",
    "thead", "title", "tr",  "ul"};

void check_html(std::string_view html) {
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    std::size_t name_start = at + 1;
    if (name_start < html.size() && (html[name_start] == '/' || html[name_start] == '!')) ++name_start;
    std::size_t name_end = name_start;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const std::string_view name = html.substr(name_start, name_end - name_start);
    if (html[at + 1] == '!') continue;  // <!DOCTYPE html>
    if (kTemplateTags.find(name) == kTemplateTags.end()) violation("a tag the templates do not write", html);
    const std::size_t close = html.find('>', at);
    const std::string_view tag = html.substr(at, close == std::string_view::npos ? std::string_view::npos : close - at);
    for (std::size_t on = tag.find(" on"); on != std::string_view::npos; on = tag.find(" on", on + 1)) {
      std::size_t end = on + 3;
      while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end]))) ++end;
      if (end < tag.size() && tag[end] == '=') violation("an event handler attribute", html);
    }
    // In text, "javascript:" is only words; inside a tag it would be a link that runs code.
    if (tag.find("javascript:") != std::string_view::npos) violation("a javascript: URL in a tag", html);
  }
}

/// Every CSV cell, unquoted, must not start like a formula.
void check_csv(std::string_view csv) {
  std::string cell;
  bool quoted = false;
  bool at_cell_start = true;
  auto finish_cell = [&]() {
    const char first = cell.empty() ? '\0' : cell.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      violation("a CSV cell that starts like a formula", csv);
    }
    cell.clear();
    at_cell_start = true;
  };
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && at_cell_start) {
      quoted = true;
      at_cell_start = false;
    } else if (c == ',' || c == '\n') {
      finish_cell();
    } else if (c != '\r' || i + 1 >= csv.size() || csv[i + 1] != '\n') {
      cell += c;
      at_cell_start = false;
    }
  }
  finish_cell();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static SchemaValidator validator;
  Repository repository;
  DiagnosticSink sink;
  for (std::string_view kind : fuzz::kKinds) {
    if (!fuzz::decode_document(text, kind, validator, repository, sink)) return 0;
  }
  SourceFiles files;
  files.add(SourceFile{"fuzz.yaml", "fuzz.yaml", text});
  CheckReport report = sample_report(files, 1);
  report.diagnostics = sink.all();
  const std::vector<Diagnostic> blocking(report.diagnostics.begin(),
                                         report.diagnostics.begin() + std::min<std::size_t>(3, report.diagnostics.size()));
  for (DocumentKind kind : {DocumentKind::Scope, DocumentKind::Soa, DocumentKind::Report, DocumentKind::Review}) {
    DocumentInput input{repository, report, kind, "2026-11-22", 20414, "--as-of", "0123abc", true, true, blocking};
    Json document;
    switch (kind) {
      case DocumentKind::Scope: document = scope_data(input); break;
      case DocumentKind::Soa: document = soa_data(input); break;
      case DocumentKind::Report: document = report_data(input); break;
      case DocumentKind::Review: document = review_data(input, review_since(repository), fuzz::no_git_changes()); break;
    }
    const std::string json = document.dump(2, ' ', false, Json::error_handler_t::replace);
    if (Json::parse(json, nullptr, false).is_discarded()) violation("JSON that does not parse back", json);
    for (DocumentFormat format : formats_of(kind)) {
      if (format == DocumentFormat::Json) continue;
      if (format == DocumentFormat::Xlsx) {
        (void)write_soa_xlsx(document);
        continue;
      }
      const Result<std::string> rendered = render_template("", kind, format, document);
      if (!rendered) continue;
      const std::string& bytes = *rendered;
      if (format == DocumentFormat::Html) check_html(bytes);
      if (format == DocumentFormat::Csv) check_csv(bytes);
    }
  }
  return 0;
}
