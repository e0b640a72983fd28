#include "isms/schema_validator.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "isms/embedded.h"
#include "isms/suggest.h"
#include "yaml_json.h"

namespace isms {

struct SchemaValidator::Compiled {
  struct Entry {
    nlohmann::json document;
    valijson::Schema schema;
  };
  std::map<std::string, std::unique_ptr<Entry>, std::less<>> by_kind;
};

namespace {

/// Follows a local "$ref" ("#/definitions/x") to the schema it names.
const nlohmann::json* resolve_ref(const nlohmann::json& root, const nlohmann::json* schema) {
  for (int hops = 0; schema != nullptr && schema->is_object() && schema->contains("$ref") && hops < 16; ++hops) {
    const nlohmann::json& ref = (*schema)["$ref"];
    if (!ref.is_string()) return nullptr;
    std::string pointer = ref.get<std::string>();
    if (pointer.rfind("#", 0) != 0) return nullptr;
    nlohmann::json::json_pointer json_pointer(pointer.substr(1));
    if (!root.contains(json_pointer)) return nullptr;
    schema = &root.at(json_pointer);
  }
  return schema;
}

/// Where a valijson context path lands in the YAML tree and in the schema.
struct PathTarget {
  const YamlNode* node = nullptr;      ///< the value at the path
  const YamlNode* key = nullptr;       ///< its key, when the last step was a mapping key
  const nlohmann::json* schema = nullptr;
  std::string subject;                 ///< logical path, record ids instead of indexes
};

std::string record_label(const YamlNode& item) {
  for (const char* key : {"id", "control"}) {
    const YamlNode* value = item.find(key);
    if (value != nullptr && value->kind == YamlKind::Scalar && !value->scalar.empty()) return value->scalar;
  }
  return {};
}

PathTarget walk(const YamlNode& root, const nlohmann::json& schema_root, const std::vector<std::string>& context) {
  PathTarget target{&root, nullptr, resolve_ref(schema_root, &schema_root), {}};
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
      if (target.schema != nullptr && target.schema->contains("properties") &&
          (*target.schema)["properties"].contains(step)) {
        next_schema = &(*target.schema)["properties"][step];
      } else if (target.schema != nullptr && target.schema->contains("additionalProperties") &&
                 (*target.schema)["additionalProperties"].is_object()) {
        next_schema = &(*target.schema)["additionalProperties"];
      }
    } else if (target.node->kind == YamlKind::Sequence) {
      std::size_t index = 0;
      std::from_chars(step.data(), step.data() + step.size(), index);
      target.node = index < target.node->items.size() ? target.node->items[index] : nullptr;
      target.key = nullptr;
      std::string label = target.node != nullptr ? record_label(*target.node) : std::string();
      target.subject += "[" + (label.empty() ? step : label) + "]";
      if (target.schema != nullptr && target.schema->contains("items")) next_schema = &(*target.schema)["items"];
    } else {
      target.node = nullptr;
    }
    target.schema = resolve_ref(schema_root, next_schema);
  }
  return target;
}

bool is_yaml11_boolean(const std::string& text) {
  static const char* const kWords[] = {"yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF"};
  return std::find(std::begin(kWords), std::end(kWords), text) != std::end(kWords);
}

std::string describe_value(const YamlNode& node) {
  switch (node.kind) {
    case YamlKind::Sequence: return "a list";
    case YamlKind::Mapping: return "a mapping";
    case YamlKind::Scalar: break;
  }
  nlohmann::json value = resolve_scalar(node);
  if (value.is_null()) return "an empty value";
  if (value.is_boolean()) return fmt::format("the boolean {}", node.scalar);
  if (value.is_number()) return fmt::format("the number {}", node.scalar);
  return fmt::format("the text '{}'", node.scalar);
}

std::string describe_type(const nlohmann::json& type) {
  auto one = [](const std::string& name) -> std::string {
    if (name == "object") return "a mapping";
    if (name == "array") return "a list";
    if (name == "string") return "text";
    if (name == "integer") return "a whole number";
    if (name == "number") return "a number";
    if (name == "boolean") return "true or false";
    return name;
  };
  if (type.is_string()) return one(type.get<std::string>());
  std::string text;
  if (type.is_array()) {
    for (std::size_t i = 0; i < type.size(); ++i) {
      if (!type[i].is_string()) continue;
      text += (i == 0 ? "" : (i + 1 == type.size() ? " or " : ", ")) + one(type[i].get<std::string>());
    }
  }
  return text.empty() ? "another type" : text;
}

std::vector<std::string> property_names(const nlohmann::json* schema) {
  std::vector<std::string> names;
  if (schema != nullptr && schema->contains("properties") && (*schema)["properties"].is_object()) {
    for (const auto& [name, value] : (*schema)["properties"].items()) names.push_back(name);
  }
  return names;
}

std::string quote_list(const std::vector<std::string>& values) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) text += (i == 0 ? "" : ", ") + values[i];
  return text;
}

/// Friendly wording for the patterns the schemas use.
std::string pattern_expectation(const nlohmann::json* schema) {
  if (schema == nullptr || !schema->contains("pattern")) return "the expected format";
  const std::string pattern = (*schema)["pattern"].get<std::string>();
  if (pattern.find("[0-9]{4}-[0-9]{2}-[0-9]{2}") != std::string::npos) return "a date written YYYY-MM-DD";
  if (pattern.rfind("^A\\.", 0) == 0) return "an Annex A control id such as A.5.1";
  if (pattern.rfind("^[A-Za-z]", 0) == 0) return "an id: a letter, then letters, digits, '.', '_' or '-'";
  if (pattern.rfind("^sha256:", 0) == 0) return "a digest written by 'isms approve': sha256: and 64 hexadecimal digits";
  return fmt::format("the pattern {}", pattern);
}

class ErrorTranslator {
 public:
  ErrorTranslator(const YamlDocument& document, const nlohmann::json& schema_root, std::string_view kind,
                  DiagnosticSink& sink)
      : document_(document), schema_root_(schema_root), kind_(kind), sink_(sink) {}

  void translate(const valijson::ValidationResults::Error& error);

 private:
  void report(const char* code, const YamlNode* at, const std::string& subject, std::string message,
              std::string hint = {}) {
    SourceLocation where = at != nullptr ? at->location : SourceLocation{};
    std::string full_subject = fmt::format("{}:{}", kind_, subject);
    if (!reported_.insert(fmt::format("{}|{}|{}", code, full_subject, message)).second) return;
    sink_.report(code, Severity::Error, where, std::move(message), std::move(hint), std::move(full_subject));
  }
  void report_unknown_keys(const PathTarget& target);

  const YamlDocument& document_;
  const nlohmann::json& schema_root_;
  std::string_view kind_;
  DiagnosticSink& sink_;
  std::set<std::string> reported_;
};

void ErrorTranslator::report_unknown_keys(const PathTarget& target) {
  if (target.node == nullptr || target.node->kind != YamlKind::Mapping) return;
  const std::vector<std::string> known = property_names(target.schema);
  for (const auto& [key, value] : target.node->entries) {
    if (std::find(known.begin(), known.end(), key->scalar) != known.end()) continue;
    std::string where = target.subject.empty() ? "at the top level" : "in '" + target.subject + "'";
    std::string suggestion = closest_match(key->scalar, known);
    std::string hint = suggestion.empty() ? fmt::format("allowed fields here: {}", quote_list(known))
                                          : fmt::format("did you mean '{}'?", suggestion);
    report("SCH003", key, target.subject + "." + key->scalar,
           fmt::format("unknown field '{}' {}", key->scalar, where), std::move(hint));
  }
}

void ErrorTranslator::translate(const valijson::ValidationResults::Error& error) {
  const std::string& text = error.description;
  // Container summaries repeat what their children already said.
  if (text.rfind("Failed to validate item #", 0) == 0 || text.rfind("Failed to validate against schema associated", 0) == 0 ||
      text.rfind("Failed to validate against additional properties", 0) == 0) {
    return;
  }
  PathTarget target = walk(*document_.root, schema_root_, error.context);
  const std::string field = target.subject.empty() ? std::string("the file") : "'" + target.subject + "'";
  if (text.rfind("Missing required property '", 0) == 0) {
    std::string name = text.substr(27, text.find('\'', 27) - 27);
    std::string hint;
    if (target.schema != nullptr && target.schema->contains("properties") && (*target.schema)["properties"].contains(name)) {
      const nlohmann::json& property = (*target.schema)["properties"][name];
      if (property.contains("description") && property["description"].is_string())
        hint = fmt::format("add '{}': {}", name, property["description"].get<std::string>());
    }
    if (hint.empty()) hint = fmt::format("add the field '{}'", name);
    report("SCH002", target.key != nullptr ? target.key : target.node, target.subject + "." + name,
           fmt::format("missing required field '{}' in {}", name, target.subject.empty() ? "the file" : field), hint);
  } else if (text.rfind("Object contains a property that could not be validated", 0) == 0) {
    report_unknown_keys(target);
  } else if (text.rfind("Value type not permitted", 0) == 0 && target.node != nullptr) {
    std::string expected = target.schema != nullptr && target.schema->contains("type")
                               ? describe_type((*target.schema)["type"]) : "another type";
    std::string hint;
    const bool control_field = target.schema != nullptr && target.schema->contains("pattern") &&
                               (*target.schema)["pattern"].get<std::string>().rfind("^A\\.", 0) == 0;
    if (control_field && target.node->kind == YamlKind::Scalar) {
      hint = fmt::format("write the control id as A.{}", target.node->scalar);
    } else if (target.node->kind == YamlKind::Scalar && !target.node->quoted && expected == "text") {
      hint = fmt::format("quote the value: \"{}\"", target.node->scalar);
    } else if (expected == "true or false" && !target.node->quoted && is_yaml11_boolean(target.node->scalar)) {
      hint = fmt::format("write true or false; YAML 1.2 reads '{}' as text", target.node->scalar);
    }
    report("SCH001", target.node, target.subject,
           fmt::format("{} must be {}, found {}", field, expected, describe_value(*target.node)), hint);
  } else if ((text.rfind("Failed to match against any enum", 0) == 0 || text.rfind("Failed to match expected value set by 'const'", 0) == 0) &&
             target.node != nullptr) {
    std::vector<std::string> allowed;
    if (target.schema != nullptr && target.schema->contains("enum")) {
      for (const nlohmann::json& value : (*target.schema)["enum"]) {
        std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) allowed.push_back(std::move(text));
      }
    } else if (target.schema != nullptr && target.schema->contains("const")) {
      const nlohmann::json& value = (*target.schema)["const"];
      allowed.push_back(value.is_string() ? value.get<std::string>() : value.dump());
    }
    std::string suggestion = closest_match(target.node->scalar, allowed);
    std::string hint = suggestion.empty() ? fmt::format("use one of: {}", quote_list(allowed))
                                          : fmt::format("did you mean '{}'? Allowed: {}", suggestion, quote_list(allowed));
    report("SCH004", target.node, target.subject,
           fmt::format("{} is {}, which is not an allowed value", field, describe_value(*target.node)), hint);
  } else if (text.rfind("Failed to match regex", 0) == 0 && target.node != nullptr) {
    report("SCH005", target.node, target.subject,
           fmt::format("{} must be {}, found {}", field, pattern_expectation(target.schema), describe_value(*target.node)));
  } else if ((text.rfind("Expected number", 0) == 0 || text.rfind("String should be", 0) == 0 ||
              text.rfind("Array should contain", 0) == 0 || text.rfind("Object should have", 0) == 0) &&
             target.node != nullptr) {
    std::string detail = text;
    if (!detail.empty() && detail.back() == '.') detail.pop_back();
    // valijson prints limits as doubles ("36.000000"); whole numbers read better without the zeros.
    for (std::size_t at = detail.find(".000000"); at != std::string::npos; at = detail.find(".000000")) {
      detail.erase(at, 7);
    }
    detail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
    report("SCH006", target.node, target.subject, fmt::format("{} is out of range: {}", field, detail));
  } else if (text.rfind("Elements at indexes", 0) == 0 && target.node != nullptr) {
    report("SCH007", target.node, target.subject, fmt::format("{} lists the same value more than once", field),
           "remove the repeated entry");
  } else {
    report("SCH007", target.node, target.subject, fmt::format("{}: {}", field, text));
  }
}

}  // namespace

SchemaValidator::SchemaValidator() : compiled_(std::make_unique<Compiled>()) {}
SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::validate(const YamlDocument& document, std::string_view kind, DiagnosticSink& sink) {
  if (document.root == nullptr) return true;
  auto found = compiled_->by_kind.find(kind);
  if (found == compiled_->by_kind.end()) {
    std::optional<std::string_view> text = find_embedded(schema_files(), fmt::format("{}.schema.json", kind));
    if (!text) {
      sink.report("SCH007", Severity::Error, {}, fmt::format("internal: no schema for '{}'", kind));
      return false;
    }
    auto entry = std::make_unique<Compiled::Entry>();
    entry->document = nlohmann::json::parse(*text, nullptr, false);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(entry->document);
    parser.populateSchema(adapter, entry->schema);
    found = compiled_->by_kind.emplace(std::string(kind), std::move(entry)).first;
  }
  nlohmann::json instance = yaml_to_json(*document.root);
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(instance);
  if (validator.validate(found->second->schema, target, &results)) return true;
  ErrorTranslator translator(document, found->second->document, kind, sink);
  valijson::ValidationResults::Error error;
  while (results.popError(error)) translator.translate(error);
  return false;
}

}  // namespace isms
