// Proves that every JSON Schema keyword used in schemas/ is one that valijson enforces.
//
// valijson silently ignores keywords it does not implement, so a schema can look strict and
// still accept anything. This test walks every schema in schemas/, collects each keyword used at
// a schema position, and fails unless the keyword is either a known annotation or an assertion
// with a pass/fail case below that valijson gets right.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace {

using nlohmann::json;

/// One assertion keyword, shown enforced: `valid` must pass `schema`, `invalid` must fail it.
struct KeywordCase {
  const char* keyword;
  const char* schema;
  const char* valid;
  const char* invalid;
};

// Assertion keywords the schemas may use. A keyword may have several cases.
const KeywordCase kAssertionCases[] = {
    {"type", R"({"type": "integer"})", "3", R"("3")"},
    {"type", R"({"type": "object"})", "{}", "[]"},
    {"type", R"({"type": "boolean"})", "true", R"("true")"},
    {"type", R"({"type": ["string", "number"]})", "1.2", "true"},
    {"type", R"({"type": ["string", "number"]})", R"("1.4")", "null"},
    {"properties", R"({"properties": {"a": {"type": "string"}}})", R"({"a": "x"})", R"({"a": 1})"},
    {"required", R"({"required": ["a"]})", R"({"a": 1})", R"({"b": 1})"},
    {"additionalProperties", R"({"properties": {"a": {}}, "additionalProperties": false})", R"({"a": 1})",
     R"({"a": 1, "b": 2})"},
    {"additionalProperties", R"({"additionalProperties": false, "properties": {}})", "{}", R"({"b": 2})"},
    {"items", R"({"items": {"type": "integer"}})", "[1, 2]", R"([1, "x"])"},
    {"items", R"({"items": {"type": "object", "required": ["id"]}})", R"([{"id": 1}])", "[{}]"},
    {"enum", R"({"enum": ["low", "medium", "high"]})", R"("low")", R"("urgent")"},
    {"enum", R"({"enum": [2022, "2022"]})", R"("2022")", "2013"},
    {"const", R"({"const": 1})", "1", "2"},
    {"const", R"({"const": "ISO/IEC 27001"})", R"("ISO/IEC 27001")", R"("ISO 27001")"},
    {"pattern", R"({"pattern": "^[A-Za-z][A-Za-z0-9_.-]*$"})", R"("AST-001")", R"("1-AST")"},
    {"pattern", R"({"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})", R"("2026-01-20")", R"("20-01-2026")"},
    {"pattern", R"({"pattern": "^A\\.[0-9]+(\\.[0-9]+)+$"})", R"("A.12.6.1")", R"("A.5")"},
    {"minimum", R"({"minimum": 1})", "1", "0"},
    {"maximum", R"({"maximum": 36})", "36", "37"},
    {"minLength", R"({"minLength": 1})", R"("x")", R"("")"},
    {"minLength", R"({"type": ["string", "number"], "minLength": 1})", "2", R"("")"},
    {"maxLength", R"({"maxLength": 3})", R"("abc")", R"("abcd")"},
    {"minItems", R"({"minItems": 1})", "[1]", "[]"},
    {"maxItems", R"({"maxItems": 1})", "[1]", "[1, 2]"},
    {"uniqueItems", R"({"uniqueItems": true})", R"(["a", "b"])", R"(["a", "a"])"},
    {"$ref",
     R"({"definitions": {"d": {"type": "integer"}}, "properties": {"a": {"$ref": "#/definitions/d"}}})",
     R"({"a": 1})", R"({"a": "x"})"},
    {"$ref", R"({"definitions": {"d": {"items": {"$ref": "#/definitions/e"}}, "e": {"minimum": 0}},
                "$ref": "#/definitions/d"})",
     "[0, 1]", "[-1]"},
};

// Keywords that carry no assertion: identification, documentation and the definitions container.
const std::set<std::string> kAnnotationKeywords = {"$schema", "$id",      "title",      "description",
                                                   "default", "examples", "definitions"};

// Keywords that must never appear: `format` is not enforced consistently by valijson (most
// formats are accepted without any check), so it would promise a check that does not happen.
const std::set<std::string> kForbiddenKeywords = {"format"};

// Where subschemas live, by the shape of the keyword's value.
const std::set<std::string> kSchemaMapKeywords = {"properties", "definitions", "patternProperties"};
const std::set<std::string> kSchemaKeywords = {
    "additionalProperties", "additionalItems", "contains", "propertyNames", "not", "if", "then", "else"};
const std::set<std::string> kSchemaArrayKeywords = {"allOf", "anyOf", "oneOf"};

std::set<std::string> assertion_keywords() {
  std::set<std::string> out;
  for (const KeywordCase& c : kAssertionCases) out.insert(c.keyword);
  return out;
}

std::string pointer_token(const std::string& name) {
  std::string out;
  for (char ch : name) {
    if (ch == '~') {
      out += "~0";
    } else if (ch == '/') {
      out += "~1";
    } else {
      out += ch;
    }
  }
  return out;
}

/// One keyword found at a schema position; `pointer` is the JSON pointer of the keyword.
struct KeywordUse {
  std::string keyword;
  std::string pointer;
};

/// Collects every keyword of `schema` and of all its subschemas. Names under `properties` or
/// `definitions` are property names, and values of `enum`, `const`, `examples`, `default`,
/// `required`, `type`, ... are data: none of them is reported as a keyword.
void collect_keywords(const json& schema, const std::string& pointer, std::vector<KeywordUse>& out) {
  if (!schema.is_object()) return;  // boolean schema, or a malformed one that parsing reports
  for (const auto& [key, value] : schema.items()) {
    const std::string here = pointer + "/" + pointer_token(key);
    out.push_back({key, here});
    if (kSchemaMapKeywords.count(key) != 0) {
      if (!value.is_object()) continue;
      for (const auto& [name, sub] : value.items())
        collect_keywords(sub, here + "/" + pointer_token(name), out);
    } else if (kSchemaKeywords.count(key) != 0) {
      collect_keywords(value, here, out);
    } else if (kSchemaArrayKeywords.count(key) != 0 || key == "items") {
      if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
          collect_keywords(value[i], here + "/" + std::to_string(i), out);
      } else {
        collect_keywords(value, here, out);
      }
    } else if (key == "dependencies" && value.is_object()) {
      for (const auto& [name, sub] : value.items()) {
        if (sub.is_object()) collect_keywords(sub, here + "/" + pointer_token(name), out);
      }
    }
    // Anything else holds data (or is unknown, and then reported), so it is not walked.
  }
}

std::vector<KeywordUse> keywords_of(const json& schema) {
  std::vector<KeywordUse> uses;
  collect_keywords(schema, "", uses);
  return uses;
}

/// Every object in the schema tree that is a subschema, with its pointer.
void collect_subschemas(const json& schema, const std::string& pointer,
                        std::vector<std::pair<std::string, const json*>>& out) {
  if (!schema.is_object()) return;
  out.emplace_back(pointer, &schema);
  for (const auto& [key, value] : schema.items()) {
    const std::string here = pointer + "/" + pointer_token(key);
    if (kSchemaMapKeywords.count(key) != 0 && value.is_object()) {
      for (const auto& [name, sub] : value.items())
        collect_subschemas(sub, here + "/" + pointer_token(name), out);
    } else if (kSchemaKeywords.count(key) != 0) {
      collect_subschemas(value, here, out);
    } else if ((kSchemaArrayKeywords.count(key) != 0 || key == "items") && value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i)
        collect_subschemas(value[i], here + "/" + std::to_string(i), out);
    } else if (key == "items") {
      collect_subschemas(value, here, out);
    }
  }
}

/// Why `schema` would not be enforced as written; empty if every keyword is fine.
std::vector<std::string> keyword_problems(const json& schema) {
  const std::set<std::string> assertions = assertion_keywords();
  std::vector<std::string> problems;
  for (const KeywordUse& use : keywords_of(schema)) {
    if (kForbiddenKeywords.count(use.keyword) != 0) {
      problems.push_back("forbidden keyword '" + use.keyword + "' at " + use.pointer);
    } else if (assertions.count(use.keyword) == 0 && kAnnotationKeywords.count(use.keyword) == 0) {
      problems.push_back("keyword '" + use.keyword + "' at " + use.pointer +
                         " has no enforcement case in schema_keywords_test.cc");
    }
  }
  // valijson (like draft-07) ignores every sibling of `$ref`: only annotations may sit beside it.
  std::vector<std::pair<std::string, const json*>> subschemas;
  collect_subschemas(schema, "", subschemas);
  for (const auto& [pointer, sub] : subschemas) {
    if (!sub->contains("$ref")) continue;
    for (const auto& [key, value] : sub->items()) {
      if (key != "$ref" && kAnnotationKeywords.count(key) == 0) {
        problems.push_back("keyword '" + key + "' beside $ref at " + pointer + " is ignored by valijson");
      }
    }
  }
  return problems;
}

json parse_json(const std::string& text) { return json::parse(text); }

void parse_schema(const json& document, valijson::Schema& schema) {
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  parser.populateSchema(adapter, schema);
}

bool validates(const valijson::Schema& schema, const json& instance) {
  valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter target(instance);
  return validator.validate(schema, target, nullptr);
}

struct SchemaFile {
  std::string name;
  json document;
};

std::vector<SchemaFile> load_schema_files() {
  const std::filesystem::path dir = std::filesystem::path(ISMS_SOURCE_DIR) / "schemas";
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > 12 && name.ends_with(".schema.json"))
      paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SchemaFile> files;
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    files.push_back({path.filename().string(), json::parse(text.str())});
  }
  return files;
}

const char* const kExpectedSchemas[] = {
    "assets.schema.json",
    "audits.schema.json",
    "competence.schema.json",
    "context.schema.json",
    "documents.schema.json",
    "evidence.schema.json",
    "manifest.schema.json",
    "nonconformities.schema.json",
    "objectives.schema.json",
    "parties.schema.json",
    "reviews.schema.json",
    "risks.schema.json",
    "roles.schema.json",
    "scope.schema.json",
    "soa.schema.json",
    "suppliers.schema.json",
    "treatment.schema.json",
};

}  // namespace

TEST_CASE("schema folder holds one schema per file kind", "[schemas]") {
  std::set<std::string> names;
  for (const SchemaFile& file : load_schema_files()) names.insert(file.name);
  for (const char* expected : kExpectedSchemas) {
    INFO("schema file " << expected);
    CHECK(names.count(expected) == 1);
  }
}

TEST_CASE("every schema file parses with the valijson draft-7 parser", "[schemas]") {
  const std::vector<SchemaFile> files = load_schema_files();
  REQUIRE_FALSE(files.empty());
  for (const SchemaFile& file : files) {
    INFO("schema file " << file.name);
    CHECK(file.document.value("$schema", "") == "http://json-schema.org/draft-07/schema#");
    const std::string kind = file.name.substr(0, file.name.size() - std::string(".schema.json").size());
    // A URN names the schema without promising a web site; editors reach it by a relative path.
    CHECK(file.document.value("$id", "") == "urn:isms:schema:" + kind);
    CHECK(file.document.contains("title"));
    CHECK(file.document.contains("description"));
    valijson::Schema schema;
    CHECK_NOTHROW(parse_schema(file.document, schema));
  }
}

TEST_CASE("every schema keyword is a known annotation or an enforced assertion", "[schemas]") {
  for (const SchemaFile& file : load_schema_files()) {
    INFO("schema file " << file.name);
    const std::vector<KeywordUse> uses = keywords_of(file.document);
    CHECK_FALSE(uses.empty());
    for (const std::string& problem : keyword_problems(file.document)) {
      FAIL_CHECK(problem);
    }
  }
}

TEST_CASE("every schema object rejects unknown keys and every property is described", "[schemas]") {
  for (const SchemaFile& file : load_schema_files()) {
    std::vector<std::pair<std::string, const json*>> subschemas;
    collect_subschemas(file.document, "", subschemas);
    for (const auto& [pointer, sub] : subschemas) {
      INFO("schema file " << file.name << " at " << (pointer.empty() ? "/" : pointer));
      const bool is_object = sub->value("type", json()) == json("object");
      // An object either lists its fields and rejects others, or is a map whose values all
      // follow one schema (e.g. rules.severity: CODE -> severity).
      if (is_object) {
        const json additional = sub->value("additionalProperties", json());
        const bool closed = additional == json(false);
        const bool typed_map = additional.is_object() && !sub->contains("properties");
        CHECK((closed || typed_map));
      }
      const auto properties = sub->find("properties");
      if (properties == sub->end()) continue;
      for (const auto& [name, property] : properties->items()) {
        INFO("property " << name);
        CHECK(property.contains("description"));
      }
    }
  }
}

TEST_CASE("each assertion keyword is enforced by valijson", "[schemas]") {
  for (const KeywordCase& c : kAssertionCases) {
    INFO("keyword " << c.keyword << ", schema " << c.schema);
    CHECK(kForbiddenKeywords.count(c.keyword) == 0);
    CHECK(kAnnotationKeywords.count(c.keyword) == 0);
    valijson::Schema schema;
    REQUIRE_NOTHROW(parse_schema(parse_json(c.schema), schema));
    INFO("instance that must pass: " << c.valid);
    CHECK(validates(schema, parse_json(c.valid)));
    INFO("instance that must fail: " << c.invalid);
    CHECK_FALSE(validates(schema, parse_json(c.invalid)));
  }
}

TEST_CASE("annotation keywords add no assertion", "[schemas]") {
  const json annotated = parse_json(R"({
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "urn:isms:schema:example",
    "title": "t", "description": "d", "default": 1, "examples": [1],
    "definitions": {"unused": {"type": "string"}}
  })");
  valijson::Schema schema;
  REQUIRE_NOTHROW(parse_schema(annotated, schema));
  CHECK(validates(schema, parse_json("1")));
  CHECK(validates(schema, parse_json(R"("any")")));
  CHECK(validates(schema, parse_json(R"({"a": [null]})")));
}

TEST_CASE("the keyword walker finds keywords at every schema position and skips data", "[schemas]") {
  // `format` appears only as a property name, a definition name and inside data: no keyword.
  const json clean = parse_json(R"({
    "type": "object",
    "additionalProperties": false,
    "properties": {"format": {"const": 1, "description": "format version"}},
    "definitions": {"format": {"enum": [{"format": "date"}], "default": {"format": "x"},
                               "examples": [{"format": "y", "oneOf": []}]}},
    "required": ["format"]
  })");
  std::set<std::string> found;
  for (const KeywordUse& use : keywords_of(clean)) found.insert(use.keyword);
  CHECK(found == std::set<std::string>{"type", "additionalProperties", "properties", "const", "description",
                                       "definitions", "enum", "default", "examples", "required"});
  CHECK(keyword_problems(clean).empty());

  // `format` as a keyword anywhere must be reported.
  const char* const with_format[] = {
      R"({"format": "date"})",
      R"({"properties": {"a": {"type": "string", "format": "date"}}})",
      R"({"definitions": {"d": {"format": "date"}}})",
      R"({"items": {"properties": {"b": {"format": "email"}}}})",
      R"({"items": [{"format": "uri"}]})",
      R"({"additionalProperties": {"format": "date"}})",
      R"({"anyOf": [{"format": "date"}]})",
  };
  for (const char* text : with_format) {
    INFO("schema " << text);
    const std::vector<std::string> problems = keyword_problems(parse_json(text));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const std::string& problem) {
      return problem.find("forbidden keyword 'format'") != std::string::npos;
    }));
  }

  // Keywords without an enforcement case are reported too, and so are assertions beside $ref,
  // which valijson ignores.
  CHECK_FALSE(keyword_problems(parse_json(R"({"anyOf": [{"type": "string"}]})")).empty());
  CHECK_FALSE(keyword_problems(parse_json(R"({"properties": {"a": {"typo": 1}}})")).empty());
  CHECK_FALSE(
      keyword_problems(
          parse_json(
              R"({"definitions": {"d": {}}, "properties": {"a": {"$ref": "#/definitions/d", "minLength": 1}}})"))
          .empty());
  CHECK(
      keyword_problems(
          parse_json(
              R"({"definitions": {"d": {}}, "properties": {"a": {"$ref": "#/definitions/d", "description": "x"}}})"))
          .empty());
}
