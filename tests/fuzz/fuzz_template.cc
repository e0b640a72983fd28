// Fuzz target: hostile templates. The input is template text: the first byte picks the data
// (scope, SoA, report or review pack, built once from a fixed repository full of markup and formulas),
// and NUL bytes split the rest into the main template and partials "a" and "b"; the built-in
// partials are there too. Each input is rendered as html, md, csv and txt, and must end in
// output or in a message, never in a crash, a hang or memory exhaustion; the output stays
// within the limit, and what came from the data stays escaped:
//   html, md  a template without '<' writes none (every '<' of the data is escaped), and one
//             that never says "script" writes no "<script" (the data is full of them);
//   csv       a template without 'Q' starts no cell with a formula of the data (=QQFORMULA...):
//             each is a quoted field with the guard apostrophe, "'=QQFORMULA.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "render/render.h"
#include "model/report.h"
#include "render/document_data.h"
#include "render/review_data.h"
#include "render/template_engine.h"
#include "sample_report.h"

namespace {

using namespace isms;

/// One YAML document read as every kind of register, as fuzz_render reads its input.
constexpr std::string_view kHostileRepository = R"yaml(format: 1
organisation:
  name: "<script>alert(1)</script> Org {{{x}}} {{> a}}"
  legal_entities:
    - {name: "=QQFORMULA(1) <b>entity</b>", jurisdiction: "+QQFORMULA | pipe"}
register:
  version: "1.0"
  owner: "<script>owner</script>"
  approval: {by: "@QQFORMULA", role: "<i>CEO</i>", date: 2026-06-01}
  last_review: 2026-06-01
statement: "<script>alert(1)</script> a | b `code` [l](javascript:alert(1)) {{=<% %>=}} &amp;"
soa_version: "1.0"
services:
  - {id: SVC-1, name: "<script>svc</script>", in_scope: true, description: "=QQFORMULA(2)"}
  - {id: SVC-2, name: "-QQFORMULA", in_scope: false, rationale: "</td><td>x"}
exclusions:
  - {id: EX-1, what: "=QQFORMULA(3)", rationale: "<script>alert(1)</script>"}
controls:
  - {control: A.5.1, applicable: true, justification: "=QQFORMULA(\"http://evil\",\"x\")", reasons: [risk], status: implemented, owner: "<script>alert(1)</script>", evidence: [EV-1]}
  - {control: A.5.2, applicable: false, justification: "<img src=x onerror=alert(1)> {{#controls}}{{/controls}}", reasons: [business]}
  - {control: A.8.28, applicable: true, justification: "\t=QQFORMULA", reasons: [risk], status: planned, owner: "@QQFORMULA"}
assets:
  - {id: AST-1, name: "<script>asset</script>", type: training-dataset, owner: "=QQFORMULA", classification: confidential, location: "+QQFORMULA", personal_data: false}
risks:
  - {id: R-1, title: "-QQFORMULA <script>risk</script>", threat: "=QQFORMULA", assets: [AST-1], owner: "<b>CTO</b>", likelihood: 4, impact: 4, treatment: modify, controls: [A.8.28]}
)yaml";

/// Small enough that every input stays fast under the sanitizers, large enough that the
/// built-in templates render; the other limits are the real ones.
TemplateLimits fuzz_limits() {
  TemplateLimits limits;
  limits.max_output_bytes = 4u << 20;
  limits.max_render_steps = 2'000'000;
  return limits;
}

/// The data of the three documents, made once.
const std::vector<Json>& sample_documents() {
  static const std::vector<Json> documents = [] {
    static SchemaValidator validator;
    static Repository repository;
    static DiagnosticSink sink;
    for (std::string_view kind : fuzz::kKinds) fuzz::decode_document(kHostileRepository, kind, validator, repository, sink);
    static SourceFiles files;
    files.add(SourceFile{"fuzz.yaml", "fuzz.yaml", std::string(kHostileRepository)});
    static CheckReport report = sample_report(files, 1);
    report.diagnostics = sink.all();
    std::vector<Json> made;
    for (DocumentKind kind : {DocumentKind::Scope, DocumentKind::Soa, DocumentKind::Report, DocumentKind::Review}) {
      const DocumentInput input{repository, report, kind, "2026-11-22", 20414, "--as-of", "0123abc", true, true, {}};
      switch (kind) {
        case DocumentKind::Scope: made.push_back(scope_data(input)); break;
        case DocumentKind::Soa: made.push_back(soa_data(input)); break;
        case DocumentKind::Report: made.push_back(report_data(input)); break;
        case DocumentKind::Review: made.push_back(review_data(input, review_since(repository), fuzz::no_git_changes())); break;
      }
    }
    return made;
  }();
  return documents;
}

[[noreturn]] void violation(const char* what, std::string_view output) {
  std::fprintf(stderr, "template output breaks a guarantee: %s\n--- output ---\n%.*s\n", what,
               static_cast<int>(std::min<std::size_t>(output.size(), 4000)), output.data());
  std::abort();
}

bool any_contains(const std::vector<std::string>& texts, std::string_view part) {
  for (const std::string& text : texts) {
    if (text.find(part) != std::string::npos) return true;
  }
  return false;
}

void check_escaped(DocumentFormat format, const std::vector<std::string>& templates, const std::string& out) {
  if (format == DocumentFormat::Html || format == DocumentFormat::Markdown) {
    if (!any_contains(templates, "<") && out.find('<') != std::string::npos) violation("a '<' from the data", out);
    if (!any_contains(templates, "script") && out.find("<script") != std::string::npos) violation("<script from the data", out);
  }
  if (format == DocumentFormat::Csv && !any_contains(templates, "Q")) {
    // Only the data says QQFORMULA; where a formula of it starts a cell, the guard is missing.
    for (std::size_t at = out.find("QQFORMULA"); at != std::string::npos; at = out.find("QQFORMULA", at + 1)) {
      if (at == 0) continue;
      const char sign = out[at - 1];
      if (sign != '=' && sign != '+' && sign != '-' && sign != '@') continue;
      std::size_t start = at - 1;
      if (start > 0 && out[start - 1] == '\t') --start;
      const char before = start == 0 ? ',' : out[start - 1];
      if (before == ',' || before == '\n' || before == '\r' || before == '"') violation("a cell that starts with a formula", out);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::vector<Json>& documents = sample_documents();
  const Json& document = documents[data[0] % documents.size()];
  std::vector<std::string> pieces(1);
  for (std::size_t i = 1; i < size; ++i) {
    if (data[i] == '\0' && pieces.size() < 3) {
      pieces.emplace_back();
    } else {
      pieces.back() += static_cast<char>(data[i]);
    }
  }
  static const TemplateLoader builtin = folder_template_loader("", partial_names(""), 1u << 20);
  const TemplateLoader loader = [&pieces](const std::string& relative, std::string& text, bool& found) {
    const std::size_t piece = relative == "fuzz.mustache"                 ? 0
                              : relative == "partials/a.mustache"         ? 1
                              : relative == "partials/b.mustache"         ? 2
                                                                          : pieces.size();
    if (piece < pieces.size()) {
      text = pieces[piece];
      found = true;
      return Status(Done{});
    }
    if (relative == "fuzz.mustache") {
      found = false;
      return Status(Done{});
    }
    return builtin(relative, text, found);
  };
  const TemplateLimits limits = fuzz_limits();
  for (DocumentFormat format : {DocumentFormat::Html, DocumentFormat::Markdown, DocumentFormat::Csv, DocumentFormat::Text}) {
    // A refused template yields no output at all: the Result holds the error alone.
    const Result<std::string> rendered = render_template_file(loader, "fuzz.mustache", format, document, limits);
    if (!rendered) continue;
    const std::string& out = *rendered;
    if (out.size() > limits.max_output_bytes) violation("output over the limit", out);
    std::vector<std::string> templates = pieces;
    // A template that includes a built-in partial also writes that partial's text.
    for (const char* partial : {"html-header", "html-style", "md-header", "md-registers"}) {
      std::string text;
      bool found = false;
      if (any_contains(pieces, partial) && builtin(std::string("partials/") + partial + ".mustache", text, found).ok() && found) {
        templates.push_back(text);
      }
    }
    check_escaped(format, templates, out);
  }
  return 0;
}
