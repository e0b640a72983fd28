// Proves that the fast schema validator enforces exactly what the published JSON Schemas say.
//
// isms validates YAML against schemas/ with its own compiled form of them (schema_program.cc).
// Here valijson, a full JSON Schema implementation, validates the same documents as JSON, and
// its errors are worded by the same SchemaFindingWriter. Every YAML file in the repository's
// tests and examples, plus the edge cases in tests/schema/agreement/, is checked against every
// schema both ways; the findings must be identical.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "util/embedded.h"
#include "load/schema/schema_validator.h"
#include "load/yaml_tree.h"
#include "load/schema/schema_findings.h"
#include "load/schema/schema_program.h"
#include "load/yaml_json.h"

namespace fs = std::filesystem;
using namespace isms;

namespace {

/// Follows a local "$ref" ("#/definitions/x") to the schema it names.
const nlohmann::json* resolve_ref(const nlohmann::json& root, const nlohmann::json* schema) {
  for (int hops = 0; schema != nullptr && schema->is_object() && schema->contains("$ref") && hops < 16; ++hops) {
    nlohmann::json::json_pointer pointer((*schema)["$ref"].get<std::string>().substr(1));
    schema = root.contains(pointer) ? &root.at(pointer) : nullptr;
  }
  return schema;
}

/// The YAML node, key, schema and subject that a valijson error context names.
SchemaViolation locate(const YamlNode& root, const nlohmann::json& schema_root, const std::vector<std::string>& context) {
  SchemaViolation target;
  target.node = &root;
  target.schema = resolve_ref(schema_root, &schema_root);
  for (std::size_t i = 1; i < context.size() && target.node != nullptr; ++i) {
    std::string step = context[i];
    if (step.size() >= 2 && step.front() == '[' && step.back() == ']') step = step.substr(1, step.size() - 2);
    const nlohmann::json* next_schema = nullptr;
    if (target.node->kind == YamlKind::Mapping) {
      const YamlNode* value = nullptr;
      for (const auto& [key, entry_value] : target.node->entries) {
        if (key->scalar == step) {
          target.key = key;
          value = entry_value;
          break;
        }
      }
      target.node = value;
      target.subject += (target.subject.empty() ? "" : ".") + step;
      if (target.schema != nullptr && target.schema->contains("properties") && (*target.schema)["properties"].contains(step)) {
        next_schema = &(*target.schema)["properties"][step];
      } else if (target.schema != nullptr && target.schema->contains("additionalProperties") &&
                 (*target.schema)["additionalProperties"].is_object()) {
        next_schema = &(*target.schema)["additionalProperties"];
      }
    } else if (target.node->kind == YamlKind::Sequence) {
      const std::size_t index = std::stoul(step);
      target.node = index < target.node->items.size() ? target.node->items[index] : nullptr;
      target.key = nullptr;
      const std::string label = target.node != nullptr ? record_label(*target.node) : std::string();
      target.subject += "[" + (label.empty() ? step : label) + "]";
      if (target.schema != nullptr && target.schema->contains("items")) next_schema = &(*target.schema)["items"];
    } else {
      target.node = nullptr;
    }
    target.schema = resolve_ref(schema_root, next_schema);
  }
  return target;
}

/// valijson's error, as a violation for the shared wording; false for container summaries.
bool classify(const std::string& text, SchemaViolation& violation) {
  auto starts = [&text](const char* prefix) { return text.rfind(prefix, 0) == 0; };
  if (starts("Failed to validate item #") || starts("Failed to validate against schema associated") ||
      starts("Failed to validate against additional properties")) {
    return false;
  }
  if (starts("Missing required property '")) {
    violation.kind = ViolationKind::MissingRequired;
    violation.detail = text.substr(27, text.find('\'', 27) - 27);
  } else if (starts("Object contains a property that could not be validated")) {
    violation.kind = ViolationKind::UnknownProperty;
  } else if (starts("Value type not permitted")) {
    violation.kind = ViolationKind::WrongType;
  } else if (starts("Failed to match against any enum") || starts("Failed to match expected value set by 'const'")) {
    violation.kind = ViolationKind::NotAllowedValue;
  } else if (starts("Failed to match regex")) {
    violation.kind = ViolationKind::PatternMismatch;
  } else if (starts("Expected number") || starts("String should be") || starts("Array should contain") ||
             starts("Object should have")) {
    violation.kind = ViolationKind::OutOfRange;
    violation.detail = text;
  } else if (starts("Elements at indexes")) {
    violation.kind = ViolationKind::NotUnique;
  } else {
    violation.kind = ViolationKind::Other;
    violation.detail = text;
  }
  return true;
}

/// The findings valijson's validation gives, worded as isms words them.
std::vector<Diagnostic> reference_findings(const YamlDocument& document, const std::string& kind) {
  const std::string text(*find_embedded(schema_files(), kind + ".schema.json"));
  const nlohmann::json schema_document = nlohmann::json::parse(text);
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_document);
  parser.populateSchema(schema_adapter, schema);
  const nlohmann::json instance = yaml_to_json(*document.root);
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(instance);
  DiagnosticSink sink;
  if (!validator.validate(schema, target, &results)) {
    SchemaFindingWriter writer(kind, sink);
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      SchemaViolation violation = locate(*document.root, schema_document, error.context);
      if (classify(error.description, violation)) writer.write(violation);
    }
  }
  return sink.all();
}

std::vector<Diagnostic> fast_findings(const YamlDocument& document, const std::string& kind) {
  DiagnosticSink sink;
  SchemaValidator validator;
  validator.validate(document, kind, sink);
  return sink.all();
}

/// Findings as comparable lines, in a fixed order.
std::vector<std::string> lines_of(std::vector<Diagnostic> findings) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : findings) {
    lines.push_back(fmt::format("{}:{} {} {} | {} | {}", d.location.line, d.location.column, d.code, d.message,
                                d.hint, d.subject));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::vector<std::string> schema_kinds() {
  std::vector<std::string> kinds;
  for (const EmbeddedFile& file : schema_files()) {
    std::string name(file.path);
    const std::string suffix = ".schema.json";
    if (name.size() > suffix.size() && name.ends_with(suffix)) kinds.push_back(name.substr(0, name.size() - suffix.size()));
  }
  return kinds;
}

std::vector<fs::path> yaml_fixtures() {
  std::vector<fs::path> paths;
  for (const char* folder : {"tests", "examples"}) {
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(fs::path(ISMS_SOURCE_DIR) / folder)) {
      const std::string extension = entry.path().extension().string();
      std::error_code error;  // the symlink-loop fixture cannot be resolved, by design
      if (entry.is_regular_file(error) && (extension == ".yaml" || extension == ".yml")) paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

TEST_CASE("every embedded schema compiles for the fast validator", "[schema]") {
  for (const std::string& kind : schema_kinds()) {
    INFO(kind);
    Result<SchemaProgram> program = compile_schema(*find_embedded(schema_files(), kind + ".schema.json"));
    INFO((program ? std::string() : program.error()));
    REQUIRE(program.ok());
  }
}

TEST_CASE("a schema keyword the fast validator does not enforce is refused, not ignored", "[schema]") {
  Result<SchemaProgram> unenforced = compile_schema(R"({"type": "object", "maxProperties": 3})");
  REQUIRE_FALSE(unenforced.ok());
  CHECK(unenforced.error().find("maxProperties") != std::string::npos);
  CHECK_FALSE(compile_schema(R"({"$ref": "#/definitions/missing"})").ok());
  Result<SchemaProgram> bad_pattern = compile_schema(R"({"pattern": "("})");
  REQUIRE_FALSE(bad_pattern.ok());
  CHECK(bad_pattern.error().find("invalid regular expression") != std::string::npos);
}

TEST_CASE("the fast validator and valijson agree on every fixture and every schema", "[schema]") {
  const std::vector<std::string> kinds = schema_kinds();
  REQUIRE(kinds.size() >= 10);
  const std::vector<fs::path> fixtures = yaml_fixtures();
  // The edge cases are part of the set; their absence would make this test weaker unnoticed.
  REQUIRE(std::any_of(fixtures.begin(), fixtures.end(),
                      [](const fs::path& p) { return p.parent_path().filename() == "agreement"; }));
  std::size_t documents = 0;
  std::size_t findings = 0;
  for (const fs::path& path : fixtures) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    YamlDocument document;
    DiagnosticSink parse_sink;
    if (!parse_yaml(text.str(), 1, Limits{}, document, parse_sink) || document.root == nullptr) continue;
    ++documents;
    for (const std::string& kind : kinds) {
      INFO(path.string() << " against " << kind << ".schema.json");
      const std::vector<std::string> expected = lines_of(reference_findings(document, kind));
      const std::vector<std::string> actual = lines_of(fast_findings(document, kind));
      CHECK(actual == expected);
      findings += expected.size();
    }
  }
  // Hundreds of documents, most of them wrong for most schemas: a real comparison took place.
  CHECK(documents > 300);
  CHECK(findings > 1000);
}
