#include "load/yaml_json.h"

#include "load/scalar_value.h"

namespace isms {

nlohmann::json resolve_scalar(const YamlNode& node) {
  const ScalarValue value = resolve_scalar_value(node);
  switch (value.type) {
    case ScalarType::Null: return nullptr;
    case ScalarType::Boolean: return value.boolean;
    case ScalarType::Integer: return value.integer;
    case ScalarType::Float: return value.number;
    case ScalarType::String: break;
  }
  return node.scalar;
}

nlohmann::json yaml_to_json(const YamlNode& node) {
  switch (node.kind) {
    case YamlKind::Scalar:
      return resolve_scalar(node);
    case YamlKind::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const YamlNode* item : node.items) array.push_back(yaml_to_json(*item));
      return array;
    }
    case YamlKind::Mapping: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& [key, value] : node.entries) {
        if (!object.contains(key->scalar)) object[key->scalar] = yaml_to_json(*value);
      }
      return object;
    }
  }
  return nullptr;
}

}  // namespace isms
