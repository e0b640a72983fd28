#pragma once
/// Conversion of a YAML tree to JSON, resolving plain scalars by the YAML 1.2 core schema.

#include <nlohmann/json.hpp>

#include "load/yaml_tree.h"

namespace isms {

/// The JSON value of a node; duplicate keys keep their first value, as the loader does.
nlohmann::json yaml_to_json(const YamlNode& node);

/// The JSON value of a scalar: null, boolean, integer, float or string.
nlohmann::json resolve_scalar(const YamlNode& node);

}  // namespace isms
