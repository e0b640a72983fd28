#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "render/template_engine.h"

using namespace isms;

namespace {

/// Templates held in memory: "main.mustache" and "partials/<name>.mustache".
struct Templates {
  std::map<std::string, std::string> files;

  Templates& main(std::string text) {
    files["main.mustache"] = std::move(text);
    return *this;
  }
  Templates& partial(const std::string& name, std::string text) {
    files["partials/" + name + ".mustache"] = std::move(text);
    return *this;
  }
  TemplateLoader loader() const {
    return [this](const std::string& relative, std::string& text, bool& found) {
      auto file = files.find(relative);
      found = file != files.end();
      if (found) text = file->second;
      return isms::Status(isms::Done{});
    };
  }
};

const Json kHostile = Json::parse(R"json({
  "v": "<script>alert(1)</script>",
  "formula": "=HYPERLINK(\"http://x\",\"y\")",
  "n": 3,
  "items": [{"name": "<b>{{> name}}</b>", "justification": "{{#items}}{{/items}}"}, {"name": "two"}]
})json");

struct Rendered {
  std::string problem;
  std::string out;
};

Rendered render(const Templates& templates, DocumentFormat format, const Json& data = kHostile,
                const TemplateLimits& limits = {}) {
  const isms::Result<std::string> rendered = render_template_file(templates.loader(), "main.mustache", format, data, limits);
  if (!rendered) return {rendered.error(), {}};
  return {{}, *rendered};
}

std::string render_ok(const std::string& text, DocumentFormat format) {
  Templates templates;
  const Rendered result = render(templates.main(text), format);
  INFO(result.problem);
  REQUIRE(result.problem.empty());
  return result.out;
}

/// A partial that includes `next` `times` times.
std::string including(const std::string& next, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += "{{> " + next + "}}";
  return text + "x\n";
}

}  // namespace

TEST_CASE("no tag writes a value unescaped", "[template]") {
  for (DocumentFormat format : {DocumentFormat::Html, DocumentFormat::Markdown, DocumentFormat::Csv, DocumentFormat::Text}) {
    CAPTURE(format_name(format));
    for (const char* field : {"v", "formula", "n"}) {
      const std::string name = field;
      const std::string escaped = render_ok("[{{" + name + "}}]", format);
      CHECK(render_ok("[{{{" + name + "}}}]", format) == escaped);
      CHECK(render_ok("[{{& " + name + "}}]", format) == escaped);
      CHECK(render_ok("[{{=<% %>=}}<%& " + name + "%><%={{ }}=%>]", format) == escaped);
      CHECK(render_ok("[{{=| |=}}|" + name + "||={{ }}=|]", format) == escaped);
      CHECK(render_ok("[{{#items}}{{/items}}{{{" + name + "}}}]", format) == escaped);
    }
  }
  CHECK(render_ok("{{{v}}}{{&v}}", DocumentFormat::Html) ==
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(render_ok("{{{formula}}}", DocumentFormat::Csv) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(render_ok("{{{v}}}", DocumentFormat::Text) == "<script>alert(1)</script>");
}

TEST_CASE("comments and unknown names write nothing", "[template]") {
  CHECK(render_ok("a{{! {{& v }}b{{{nothing}}}c{{#n}}{{.}}{{/n}}", DocumentFormat::Html) == "abc3");
  CHECK(render_ok("{{> missing}}done", DocumentFormat::Html) == "done");
}

TEST_CASE("a partial tag never takes data as a template", "[template]") {
  // In kainjow's own context, {{> name}} inside {{#items}} finds the item's "name" and renders
  // it as template text: raw markup, and its tags run.
  CHECK(render_ok("{{#items}}[{{> name}}]{{/items}}", DocumentFormat::Html) == "[][]");
  CHECK(render_ok("{{#items}}[{{> justification}}]{{/items}}", DocumentFormat::Html) == "[][]");
}

TEST_CASE("partials render in the current context", "[template]") {
  Templates templates;
  templates.main("{{#items}}{{> row}}{{/items}}").partial("row", "<{{name}}>");
  const Rendered result = render(templates, DocumentFormat::Html);
  CHECK(result.problem.empty());
  CHECK(result.out == "<&lt;b&gt;{{&gt; name}}&lt;/b&gt;><two>");
}

TEST_CASE("a partial that includes itself is refused", "[template]") {
  Templates templates;
  templates.main("{{> loop}}").partial("loop", "again {{> loop}}");
  const Rendered result = render(templates, DocumentFormat::Html);
  CHECK(result.out.empty());
  CHECK(result.problem == "template main.mustache: partial loop includes itself (loop > loop); partials may not "
                          "include themselves, directly or through other partials");
}

TEST_CASE("partials that include each other are refused", "[template]") {
  Templates templates;
  templates.main("{{> a}}").partial("a", "{{#n}}{{> b}}{{/n}}").partial("b", "{{> c}}").partial("c", "{{> a}}");
  const Rendered result = render(templates, DocumentFormat::Markdown);
  CHECK_THAT(result.problem, Catch::Contains("partial a includes itself (a > b > c > a)"));
}

TEST_CASE("partials nest at most 16 levels", "[template]") {
  Templates templates;
  templates.main("{{> p1}}");
  for (int level = 1; level < 16; ++level) templates.partial("p" + std::to_string(level), including("p" + std::to_string(level + 1), 1));
  templates.partial("p16", "end");
  CHECK(render(templates, DocumentFormat::Text).problem.empty());

  templates.partial("p16", "{{> p17}}").partial("p17", "end");
  const Rendered result = render(templates, DocumentFormat::Text);
  CHECK_THAT(result.problem, Catch::StartsWith("template main.mustache includes partials more than 16 levels deep (p1 > p2 > "));
  CHECK_THAT(result.problem, Catch::Contains("p16 > p17); at most 16 levels are allowed"));
}

TEST_CASE("the depth limit holds for a partial reached again by a longer path", "[template]") {
  TemplateLimits limits;
  limits.max_partial_depth = 3;
  Templates templates;
  // d1 is explored first, at level 1 (two levels with leaf), then reached again at level 3.
  templates.main("{{> d1}}{{> z1}}").partial("d1", "{{> leaf}}").partial("leaf", "x");
  templates.partial("z1", "{{> z2}}").partial("z2", "{{> d1}}");
  const Rendered result = render(templates, DocumentFormat::Text, kHostile, limits);
  CHECK_THAT(result.problem, Catch::Contains("more than 3 levels deep (z1 > z2 > d1 > leaf)"));
}

TEST_CASE("partials that multiply the output are stopped before rendering", "[template]") {
  Templates templates;
  templates.main(including("p1", 10));
  for (int level = 1; level < 8; ++level) templates.partial("p" + std::to_string(level), including("p" + std::to_string(level + 1), 10));
  templates.partial("p8", std::string(100, 'x'));
  const Rendered result = render(templates, DocumentFormat::Html);
  CHECK(result.out.empty());
  CHECK_THAT(result.problem, Catch::StartsWith("template main.mustache "));
  CHECK_THAT(result.problem, Catch::Contains("repeated partials multiply"));
}

TEST_CASE("the output is at most the limit", "[template]") {
  TemplateLimits limits;
  limits.max_output_bytes = 1000;
  Templates templates;
  templates.main("{{#items}}" + std::string(400, 'x') + "{{/items}}");
  CHECK(render(templates, DocumentFormat::Text, kHostile, limits).problem.empty());
  templates.main("{{#items}}" + std::string(600, 'x') + "{{/items}}");
  const Rendered result = render(templates, DocumentFormat::Text, kHostile, limits);
  CHECK(result.problem == "template main.mustache would render more than 1000 bytes; sections over lists or repeated "
                          "partials multiply the output, and a document may be at most 1000 bytes");
  CHECK(result.out.empty());
}

TEST_CASE("sections over lists that multiply work without output are stopped", "[template]") {
  Json data = Json::object();
  data["l"] = Json::array();
  for (int i = 0; i < 100; ++i) data["l"].push_back(i);
  Templates templates;
  templates.main("{{#l}}{{#l}}{{#l}}{{#l}}{{/l}}{{/l}}{{/l}}{{/l}}");
  const Rendered result = render(templates, DocumentFormat::Csv, data);
  CHECK_THAT(result.problem, Catch::StartsWith("template main.mustache takes more than 10000000 rendering steps"));
}

TEST_CASE("sections nest at most 32 levels in one template", "[template]") {
  auto nested = [](std::size_t levels) {
    std::string text;
    for (std::size_t i = 0; i < levels; ++i) text += "{{#n}}";
    for (std::size_t i = 0; i < levels; ++i) text += "{{/n}}";
    return text;
  };
  Templates templates;
  CHECK(render(templates.main(nested(32)), DocumentFormat::Html).problem.empty());
  CHECK(render(templates.main(nested(33)), DocumentFormat::Html).problem ==
        "template main.mustache nests sections more than 32 deep");
  // Deep enough to overflow the stack of kainjow's recursive parser and renderer.
  CHECK(render(templates.main(nested(80000)), DocumentFormat::Html).problem ==
        "template main.mustache nests sections more than 32 deep");
  // The count follows other delimiters, and does not count what only looks like a section.
  CHECK(render(templates.main("{{=<% %>=}}" + nested(40)), DocumentFormat::Html).problem.empty());
  templates.main("{{=<% %>=}}<%#n%><%={{ }}=%>" + nested(32) + "{{=<% %>=}}<%/n%>");
  CHECK(render(templates, DocumentFormat::Html).problem == "template main.mustache nests sections more than 32 deep");
  templates.partial("deep", nested(33)).main("{{> deep}}");
  CHECK(render(templates, DocumentFormat::Html).problem ==
        "partial partials/deep.mustache (included by template main.mustache) nests sections more than 32 deep");
}

TEST_CASE("a template and its partials are at most 2 MiB together", "[template]") {
  Templates templates;
  const std::string big(900 * 1024, ' ');
  templates.main("{{> a}}{{> b}}" + big).partial("a", big).partial("b", big);
  CHECK(render(templates, DocumentFormat::Text).problem ==
        "template main.mustache and the partials it includes are larger than 2 MiB together");
}

TEST_CASE("a broken partial is named", "[template]") {
  Templates templates;
  templates.main("{{> broken}}").partial("broken", "{{#open}}");
  CHECK_THAT(render(templates, DocumentFormat::Html).problem,
             Catch::StartsWith("partial partials/broken.mustache (included by template main.mustache) is not valid Mustache: "));
}
