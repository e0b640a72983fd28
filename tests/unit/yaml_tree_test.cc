#include <catch2/catch.hpp>

#include <string>

#include "load/yaml_tree.h"
#include "load/yaml_json.h"

using namespace isms;

namespace {

struct Parsed {
  bool ok = false;
  YamlDocument document;
  DiagnosticSink sink;
};

void parse(const std::string& text, Parsed& out, Limits limits = {}) {
  out.ok = parse_yaml(text, 1, limits, out.document, out.sink);
}

}  // namespace

TEST_CASE("a mapping keeps the position of every key and value", "[yaml]") {
  Parsed p;
  parse("a: 1\nlist:\n  - x\n  - 'y'\n", p);
  REQUIRE(p.ok);
  REQUIRE(p.document.root->kind == YamlKind::Mapping);
  const YamlNode* list = p.document.root->find("list");
  REQUIRE(list != nullptr);
  REQUIRE(list->items.size() == 2);
  CHECK(list->items[1]->location.line == 4);
  CHECK(list->items[1]->location.column == 5);
  CHECK(list->items[1]->quoted);
  CHECK_FALSE(list->items[0]->quoted);
}

TEST_CASE("syntax errors are reported at their line", "[yaml]") {
  Parsed p;
  parse("a: 1\nb: [1, 2\nc: 3\n", p);
  CHECK_FALSE(p.ok);
  REQUIRE(p.sink.all().size() == 1);
  CHECK(p.sink.all()[0].code == "YML001");
  CHECK(p.sink.all()[0].location.line >= 2);
}

TEST_CASE("duplicate keys are reported at the second key", "[yaml]") {
  Parsed p;
  parse("id: A\nname: x\nid: B\n", p);
  CHECK(p.ok);
  REQUIRE(p.sink.all().size() == 1);
  CHECK(p.sink.all()[0].code == "YML002");
  CHECK(p.sink.all()[0].location.line == 3);
  CHECK(p.document.root->find("id")->scalar == "A");
}

TEST_CASE("an alias bomb stops at the expansion limit without expanding", "[yaml]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name, ++previous) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
    bomb += "]\n";
  }
  Parsed p;
  parse(bomb, p);
  CHECK_FALSE(p.ok);
  REQUIRE_FALSE(p.sink.all().empty());
  CHECK(p.sink.all().back().code == "YML004");
}

TEST_CASE("nesting deeper than the limit is refused", "[yaml]") {
  std::string deep(10000, '[');
  Parsed p;
  parse(deep, p);
  CHECK_FALSE(p.ok);
  CHECK(p.sink.all().at(0).code == "YML003");
}

TEST_CASE("a scalar longer than the limit is refused", "[yaml]") {
  Limits limits;
  limits.max_scalar_bytes = 100;
  Parsed p;
  parse("a: " + std::string(200, 'x') + "\n", p, limits);
  CHECK_FALSE(p.ok);
  CHECK(p.sink.all().at(0).code == "YML005");
}

TEST_CASE("more than one document is refused", "[yaml]") {
  Parsed p;
  parse("a: 1\n---\nb: 2\n", p);
  CHECK_FALSE(p.ok);
  CHECK(p.sink.all().at(0).code == "YML007");
  CHECK(p.sink.all().at(0).location.line == 2);
}

TEST_CASE("an alias to an unfinished anchor cannot form a cycle", "[yaml]") {
  Parsed p;
  parse("a: &x\n  b: *x\n", p);
  CHECK_FALSE(p.ok);
  CHECK(p.sink.all().at(0).code == "YML001");
}

TEST_CASE("invalid UTF-8 is reported as not text", "[yaml]") {
  Parsed p;
  parse("a: \xff\xfe\n", p);
  CHECK_FALSE(p.ok);
  CHECK(p.sink.all().at(0).code == "IO002");
}

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema", "[yaml]") {
  Parsed p;
  parse("i: 12\nf: 1.5\nb: true\nn: ~\ns: hello\nd: 2026-01-20\nq: '12'\nyes: yes\n", p);
  REQUIRE(p.ok);
  const YamlNode& root = *p.document.root;
  CHECK(resolve_scalar(*root.find("i")).is_number_integer());
  CHECK(resolve_scalar(*root.find("f")).is_number_float());
  CHECK(resolve_scalar(*root.find("b")).is_boolean());
  CHECK(resolve_scalar(*root.find("n")).is_null());
  CHECK(resolve_scalar(*root.find("s")).is_string());
  CHECK(resolve_scalar(*root.find("d")) == "2026-01-20");
  CHECK(resolve_scalar(*root.find("q")) == "12");
  CHECK(resolve_scalar(*root.find("yes")) == "yes");
}

TEST_CASE("an empty file has no root", "[yaml]") {
  Parsed p;
  parse("# only a comment\n", p);
  CHECK(p.ok);
  CHECK(p.document.root == nullptr);
}
