#pragma once
/// What a YAML scalar means under the YAML 1.2 core schema, without building a JSON value.

#include <cstdint>

#include "load/yaml_tree.h"

namespace isms {

/// The JSON type a scalar resolves to.
enum class ScalarType : std::uint8_t { Null, Boolean, Integer, Float, String };

/// A resolved scalar; only the member for `type` is meaningful.
struct ScalarValue {
  ScalarType type = ScalarType::String;
  bool boolean = false;
  long long integer = 0;
  double number = 0;

  bool is_number() const { return type == ScalarType::Integer || type == ScalarType::Float; }
  /// The numeric value of an integer or float.
  double as_double() const { return type == ScalarType::Integer ? static_cast<double>(integer) : number; }
};

/// Resolves a scalar node: quoted and block scalars are always strings.
ScalarValue resolve_scalar_value(const YamlNode& node);

}  // namespace isms
