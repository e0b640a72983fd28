#pragma once
/// A JSON Schema compiled into plain structs that the validator walks beside a YAML tree.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "load/schema/pattern_matcher.h"

namespace isms {

/// The JSON types a "type" keyword can name, as bits.
enum SchemaType : std::uint8_t {
  kTypeNull = 1,
  kTypeBoolean = 2,
  kTypeInteger = 4,
  kTypeNumber = 8,
  kTypeString = 16,
  kTypeArray = 32,
  kTypeObject = 64,
};

/// One schema position, with `$ref` already followed. Absent keywords leave members empty.
struct SchemaNode {
  const nlohmann::json* source = nullptr;  ///< the schema object, for wording findings
  std::uint8_t types = 0;                  ///< allowed types; 0 when "type" is absent
  std::vector<std::pair<std::string, const SchemaNode*>> properties;  ///< sorted by name
  bool additional_allowed = true;          ///< false for "additionalProperties": false
  const SchemaNode* additional = nullptr;  ///< the "additionalProperties" schema, if one
  std::vector<std::string> required;       ///< sorted, as valijson reports them
  const nlohmann::json* allowed = nullptr;   ///< the "enum" array
  const nlohmann::json* constant = nullptr;  ///< the "const" value
  std::optional<Pattern> pattern;
  std::optional<std::uint64_t> min_length;
  std::optional<std::uint64_t> min_items;
  std::optional<double> minimum;
  std::optional<double> maximum;
  bool unique_items = false;
  const SchemaNode* items = nullptr;

  /// The schema for property `name`, or nullptr when "properties" does not name it.
  const SchemaNode* property(std::string_view name) const;
};

/// A compiled schema document; nodes point into `document`, which it owns.
struct SchemaProgram {
  std::unique_ptr<nlohmann::json> document;
  std::deque<SchemaNode> nodes;
  const SchemaNode* root = nullptr;
};

/// Compiles the schema text; an error when it is not JSON, uses a keyword the validator does
/// not enforce, or has a `$ref` that leads nowhere.
Result<SchemaProgram> compile_schema(std::string_view text);

}  // namespace isms
