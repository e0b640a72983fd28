// The placeholder detector (src/model/placeholder.cc): what it catches, the real content it must leave
// alone, and every placeholder the `isms init` templates write.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "util/embedded.h"
#include "load/yaml_tree.h"
#include "model/placeholder.h"

using namespace isms;

TEST_CASE("placeholder markers are caught wherever they stand", "[placeholder]") {
  CHECK(find_placeholder("TODO") == "TODO");
  CHECK(find_placeholder("TODO: AI product name") == "TODO");
  CHECK(find_placeholder("support of TODO: sites, in accordance") == "TODO");
  CHECK(find_placeholder("todo: confirm") == "todo");  // a value that opens with it, in any case
  CHECK(find_placeholder("TBD") == "TBD");
  CHECK(find_placeholder("tbd") == "tbd");
  CHECK(find_placeholder("Owner TBC") == "TBC");
  CHECK(find_placeholder("tbc.") == "tbc");
  CHECK(find_placeholder("Fixme later") == "Fixme");
  CHECK(find_placeholder("Registration XXX") == "XXX");
  CHECK(find_placeholder("XXXX-XXXX") == "XXXX");
  CHECK(find_placeholder("Lorem ipsum dolor sit amet") == "lorem ipsum");
  CHECK(find_placeholder("{{organisation}} Ltd") == "{{organisation}}");
}

TEST_CASE("template phrases count only at the start of a value", "[placeholder]") {
  CHECK(find_placeholder("To be assessed.") == "To be assessed");
  CHECK(find_placeholder("To be assessed. Consider: tenant isolation.") == "To be assessed");
  CHECK(find_placeholder("  to be determined") == "to be determined");
  CHECK(find_placeholder("To be confirmed with the DPO") == "To be confirmed");
  // An ordinary sentence with the same words says who assesses what: content.
  CHECK_FALSE(is_placeholder("Every change to the model is to be assessed by the change board."));
  CHECK_FALSE(is_placeholder("To be assessedly")); // not the phrase, a longer word
}

TEST_CASE("date masks are placeholders, real dates are not", "[placeholder]") {
  CHECK(find_placeholder("YYYY-MM-DD") == "YYYY");
  CHECK(find_placeholder("signed yyyy-mm-dd") == "yyyy");
  CHECK(find_placeholder("DD/MM/YYYY") == "YYYY");
  CHECK(find_placeholder("reviewed on DD.MM") == "DD.MM");
  CHECK_FALSE(is_placeholder("2026-05-01"));
  CHECK_FALSE(is_placeholder("MMDD Holdings"));  // a word, not a mask
}

TEST_CASE("fill-in markers in angle and square brackets", "[placeholder]") {
  CHECK(find_placeholder("<organisation name>") == "<organisation name>");
  CHECK(find_placeholder("Owned by <role name>") == "<role name>");
  CHECK(find_placeholder("<product_name>") == "<product_name>");
  CHECK(find_placeholder("[insert date]") == "[insert date]");
  CHECK(find_placeholder("[Company name] Ltd") == "[Company name]");
  CHECK(find_placeholder("Reviewed by [...]") == "[...]");
  CHECK(find_placeholder("See [\xE2\x80\xA6]") == "[\xE2\x80\xA6]");
  CHECK(find_placeholder("Owner: [TBD]") == "TBD");  // the word itself is found first
  // Brackets that hold references, comparisons and addresses are content.
  CHECK_FALSE(is_placeholder("Implements [A.5.1] and [A.8.2]"));
  CHECK_FALSE(is_placeholder("As required by [GDPR] Art. 32 [1]"));
  CHECK_FALSE(is_placeholder("Retention <= 30 days"));
  CHECK_FALSE(is_placeholder("latency < 200 ms and throughput > 50 rps"));
  CHECK_FALSE(is_placeholder("Alex Morgan <alex@example.com>"));
  CHECK_FALSE(is_placeholder("<script>alert(1)</script> and <td>"));  // one word: markup, not a fill-in
}

TEST_CASE("capital markers inside words and lower-case words are content", "[placeholder]") {
  CHECK_FALSE(is_placeholder("XXXL hoodies for the conference"));
  CHECK_FALSE(is_placeholder("TODOs are tracked in Jira"));  // TODOs is a longer word
  CHECK_FALSE(is_placeholder("A todo-list app for field engineers"));
  CHECK_FALSE(is_placeholder("Stockholm TBCx office"));
  CHECK_FALSE(is_placeholder("Thomas Todorov"));
  CHECK_FALSE(is_placeholder("Acme Analytics Ltd"));
}

TEST_CASE("N/A and other non-reasons count only where a reason is required", "[placeholder]") {
  for (const char* text : {"N/A", "n/a.", "NA", "Not applicable.", "none", "-", "?"}) {
    CAPTURE(text);
    CHECK(is_placeholder(text, FieldKind::Reason));
    CHECK_FALSE(is_placeholder(text, FieldKind::Text));  // "registration: N/A" may be the answer
  }
  // A sentence that mentions n/a gives a reason.
  CHECK_FALSE(is_placeholder("Marked n/a in the supplier portal because we host no card data.", FieldKind::Reason));
  CHECK_FALSE(is_placeholder("Not applicable: no software is developed in scope.", FieldKind::Reason));
}

namespace {

/// The template text as `isms init` writes it, with the two substitutions filled in.
std::string as_initialised(std::string_view text) {
  std::string result(text);
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"{{organisation}}", "Example Ltd"},
                                 {"{{today}}", "2026-01-15"}}) {
    for (std::size_t at = result.find(from); at != std::string::npos; at = result.find(from, at + to.size())) {
      result.replace(at, from.size(), to);
    }
  }
  return result;
}

void collect_scalars(const YamlNode* node, std::vector<const YamlNode*>& scalars) {
  if (node == nullptr) return;
  if (node->kind == YamlKind::Scalar) scalars.push_back(node);
  for (const YamlNode* item : node->items) collect_scalars(item, scalars);
  for (const auto& [key, value] : node->entries) collect_scalars(value, scalars);  // keys are names, not values
}

/// How the test knows a template value is a placeholder, independently of the detector: the
/// templates mark every value the user must replace with "TODO" or "To be assessed" (their whole
/// vocabulary; the comments' "YYYY-MM-DD" is checked below). A new marker in a template that the
/// detector misses fails the second direction, because the value is then flagged as content.
bool template_marks_placeholder(std::string_view value) {
  return value.find("TODO") != std::string_view::npos || value.find("To be assessed") != std::string_view::npos;
}

}  // namespace

TEST_CASE("every placeholder value of every isms init template is detected, and nothing else",
          "[placeholder]") {
  int templates = 0;
  int placeholders = 0;
  for (const EmbeddedFile& file : template_files()) {
    const std::string_view path = file.path;
    if (!path.starts_with("init/") || !path.ends_with(".yaml")) continue;
    ++templates;
    const std::string text = as_initialised({file.data, file.size});
    YamlDocument document;
    DiagnosticSink sink;
    REQUIRE(parse_yaml(text, 1, Limits{}, document, sink));
    std::vector<const YamlNode*> scalars;
    collect_scalars(document.root, scalars);
    for (const YamlNode* scalar : scalars) {
      CAPTURE(path, scalar->location.line, scalar->scalar);
      const bool marked = template_marks_placeholder(scalar->scalar);
      placeholders += marked ? 1 : 0;
      // Reason mode is the stricter one; a template's real content passes it as well.
      CHECK(is_placeholder(scalar->scalar, FieldKind::Reason) == marked);
    }
    // The commented-out examples ("# location: TODO path", "date: YYYY-MM-DD") become values
    // as soon as a user uncomments them.
    std::size_t line_start = 0;
    while (line_start < text.size()) {
      std::size_t line_end = text.find('\n', line_start);
      if (line_end == std::string::npos) line_end = text.size();
      const std::string_view line(text.data() + line_start, line_end - line_start);
      line_start = line_end + 1;
      const std::size_t hash = line.find('#');
      if (hash == std::string_view::npos || line.find_first_not_of(' ') != hash) continue;
      const std::size_t colon = line.find(": ", hash);
      if (colon == std::string_view::npos) continue;
      const std::string_view value = line.substr(colon + 2);
      if (value.find("TODO") == std::string_view::npos && value.find("YYYY-MM-DD") == std::string_view::npos) continue;
      CAPTURE(path, line);
      CHECK(is_placeholder(value));
    }
  }
  CHECK(templates >= 18);      // both profiles, nine registers and the manifest each
  CHECK(placeholders >= 150);  // 93 justifications per profile alone
}
