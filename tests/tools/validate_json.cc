// Test helper: validates a JSON document against a JSON Schema (draft-04 or draft-07, chosen
// from the schema's "$schema"), so that scripts can check real outputs against official schemas.
// Usage: validate_json SCHEMA.json INSTANCE.json   (exit 0 valid, 1 invalid, 2 unreadable)
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {

bool read_json(const char* path, nlohmann::json& out) {
  std::ifstream stream(path);
  if (!stream) return false;
  out = nlohmann::json::parse(stream, nullptr, false);
  return !out.is_discarded();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: validate_json SCHEMA INSTANCE\n";
    return 2;
  }
  nlohmann::json schema_document;
  nlohmann::json instance;
  if (!read_json(argv[1], schema_document)) {
    std::cerr << "cannot read schema " << argv[1] << "\n";
    return 2;
  }
  if (!read_json(argv[2], instance)) {
    std::cerr << "not valid JSON: " << argv[2] << "\n";
    return 1;
  }
  const std::string draft = schema_document.value("$schema", "");
  valijson::SchemaParser parser(draft.find("draft-04") != std::string::npos ? valijson::SchemaParser::kDraft4
                                                                             : valijson::SchemaParser::kDraft7);
  valijson::Schema schema;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_document);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(instance);
  if (validator.validate(schema, target, &results)) return 0;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const std::string& step : error.context) path += step;
    std::cerr << path << ": " << error.description << "\n";
  }
  return 1;
}
