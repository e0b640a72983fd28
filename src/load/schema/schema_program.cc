#include "load/schema/schema_program.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace isms {
namespace {

/// Keywords that only describe; they never make a document invalid.
const std::set<std::string, std::less<>>& annotation_keywords() {
  static const std::set<std::string, std::less<>> words = {"$id", "$schema", "$comment", "title", "description",
                                                           "examples", "default", "definitions", "deprecated",
                                                           "readOnly", "writeOnly"};
  return words;
}

std::uint8_t type_bit(const std::string& name) {
  if (name == "null") return kTypeNull;
  if (name == "boolean") return kTypeBoolean;
  if (name == "integer") return kTypeInteger;
  if (name == "number") return kTypeNumber;
  if (name == "string") return kTypeString;
  if (name == "array") return kTypeArray;
  if (name == "object") return kTypeObject;
  return 0;
}

class Compiler {
 public:
  Compiler(const nlohmann::json& root, SchemaProgram& program, std::string& error)
      : root_(root), program_(program), error_(error) {}

  /// The node for the schema at `pointer`; nullptr after an error.
  const SchemaNode* compile(const nlohmann::json& schema, const std::string& pointer, int hops = 0);

 private:
  bool fail(const std::string& pointer, const std::string& problem) {
    if (error_.empty()) error_ = fmt::format("{}: {}", pointer.empty() ? "#" : pointer, problem);
    return false;
  }
  bool fill(SchemaNode& node, const nlohmann::json& schema, const std::string& pointer);
  static bool non_negative(const nlohmann::json& value) { return value.is_number_unsigned(); }

  const nlohmann::json& root_;
  SchemaProgram& program_;
  std::string& error_;
  std::map<const nlohmann::json*, const SchemaNode*> compiled_;
};

const SchemaNode* Compiler::compile(const nlohmann::json& schema, const std::string& pointer, int hops) {
  if (hops > 32) return fail(pointer, "$ref chain too long"), nullptr;
  if (schema.is_object() && schema.contains("$ref")) {
    for (const auto& [key, value] : schema.items()) {
      if (key != "$ref" && annotation_keywords().count(key) == 0) {
        return fail(pointer, fmt::format("'{}' beside $ref is ignored by JSON Schema draft 7", key)), nullptr;
      }
    }
    const nlohmann::json& ref = schema["$ref"];
    if (!ref.is_string() || ref.get<std::string>().rfind('#', 0) != 0) {
      return fail(pointer, "only local $ref ('#/...') is supported"), nullptr;
    }
    const std::string target = ref.get<std::string>().substr(1);
    nlohmann::json::json_pointer json_pointer;
    try {
      json_pointer = nlohmann::json::json_pointer(target);
    } catch (const nlohmann::json::exception&) {
      return fail(pointer, fmt::format("$ref '{}' is not a JSON pointer", ref.get<std::string>())), nullptr;
    }
    if (!root_.contains(json_pointer)) return fail(pointer, fmt::format("$ref '{}' leads nowhere", ref.get<std::string>())), nullptr;
    return compile(root_.at(json_pointer), target, hops + 1);
  }
  auto found = compiled_.find(&schema);
  if (found != compiled_.end()) return found->second;
  SchemaNode& node = program_.nodes.emplace_back();
  compiled_.emplace(&schema, &node);  // before filling, so that recursive schemas terminate
  node.source = &schema;
  if (schema.is_boolean() && schema.get<bool>()) return &node;
  if (!schema.is_object()) return fail(pointer, "a schema must be an object or true"), nullptr;
  return fill(node, schema, pointer) ? &node : nullptr;
}

bool Compiler::fill(SchemaNode& node, const nlohmann::json& schema, const std::string& pointer) {
  for (const auto& [key, value] : schema.items()) {
    const std::string at = pointer + "/" + key;
    if (annotation_keywords().count(key) != 0) continue;
    if (key == "type") {
      const nlohmann::json names = value.is_array() ? value : nlohmann::json::array({value});
      for (const nlohmann::json& name : names) {
        const std::uint8_t bit = name.is_string() ? type_bit(name.get<std::string>()) : 0;
        if (bit == 0) return fail(at, fmt::format("unknown type {}", name.dump()));
        node.types |= bit;
      }
    } else if (key == "properties") {
      if (!value.is_object()) return fail(at, "must be an object");
      for (const auto& [name, property] : value.items()) {
        const SchemaNode* child = compile(property, at + "/" + name);
        if (child == nullptr) return false;
        node.properties.emplace_back(name, child);
      }
      std::sort(node.properties.begin(), node.properties.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
    } else if (key == "additionalProperties") {
      if (value.is_boolean()) {
        node.additional_allowed = value.get<bool>();
      } else if ((node.additional = compile(value, at)) == nullptr) {
        return false;
      }
    } else if (key == "required") {
      if (!value.is_array()) return fail(at, "must be an array");
      for (const nlohmann::json& name : value) {
        if (!name.is_string()) return fail(at, "must list property names");
        node.required.push_back(name.get<std::string>());
      }
      std::sort(node.required.begin(), node.required.end());
      node.required.erase(std::unique(node.required.begin(), node.required.end()), node.required.end());
    } else if (key == "enum") {
      if (!value.is_array() || value.empty()) return fail(at, "must be a non-empty array");
      node.allowed = &value;
    } else if (key == "const") {
      node.constant = &value;
    } else if (key == "pattern") {
      if (!value.is_string()) return fail(at, "must be a string");
      Result<Pattern> pattern = Pattern::compile(value.get<std::string>());
      if (!pattern) return fail(at, fmt::format("invalid regular expression: {}", pattern.error()));
      node.pattern = std::move(*pattern);
    } else if (key == "minLength" || key == "minItems") {
      if (!non_negative(value)) return fail(at, "must be a non-negative integer");
      (key == "minLength" ? node.min_length : node.min_items) = value.get<std::uint64_t>();
    } else if (key == "minimum" || key == "maximum") {
      if (!value.is_number()) return fail(at, "must be a number");
      (key == "minimum" ? node.minimum : node.maximum) = value.get<double>();
    } else if (key == "uniqueItems") {
      if (!value.is_boolean()) return fail(at, "must be true or false");
      node.unique_items = value.get<bool>();
    } else if (key == "items") {
      if (value.is_array()) return fail(at, "only a single 'items' schema is supported");
      if ((node.items = compile(value, at)) == nullptr) return false;
    } else {
      return fail(at, fmt::format("the keyword '{}' is not enforced by isms", key));
    }
  }
  return true;
}

}  // namespace

const SchemaNode* SchemaNode::property(std::string_view name) const {
  // A record schema names a few dozen properties; lengths and first bytes rule out nearly all
  // of them faster than a binary search compares strings.
  for (const auto& [candidate, schema] : properties) {
    if (candidate.size() == name.size() && (name.empty() || (candidate[0] == name[0] && candidate == name))) return schema;
  }
  return nullptr;
}

Result<SchemaProgram> compile_schema(std::string_view text) {
  SchemaProgram program;
  program.document = std::make_unique<nlohmann::json>(nlohmann::json::parse(text, nullptr, false));
  if (program.document->is_discarded()) return Error{"the schema is not valid JSON"};
  std::string error;
  Compiler compiler(*program.document, program, error);
  program.root = compiler.compile(*program.document, "");
  if (program.root == nullptr) return Error{error};
  return program;
}

}  // namespace isms
