#include "load/schema/schema_validator.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/embedded.h"
#include "load/scalar_value.h"
#include "load/schema/schema_findings.h"
#include "load/schema/schema_program.h"
#include "load/yaml_json.h"

namespace isms {

struct SchemaValidator::Compiled {
  std::map<std::string, SchemaProgram, std::less<>> by_kind;
};

namespace {

/// The JSON type bit of a node, as a strict JSON Schema validator sees the YAML value.
std::uint8_t type_of(const YamlNode& node, const ScalarValue& value) {
  switch (node.kind) {
    case YamlKind::Mapping: return kTypeObject;
    case YamlKind::Sequence: return kTypeArray;
    case YamlKind::Scalar: break;
  }
  switch (value.type) {
    case ScalarType::Null: return kTypeNull;
    case ScalarType::Boolean: return kTypeBoolean;
    case ScalarType::Integer: return kTypeInteger;
    case ScalarType::Float: return kTypeNumber;
    case ScalarType::String: break;
  }
  return kTypeString;
}

bool type_allowed(std::uint8_t allowed, std::uint8_t actual) {
  if ((allowed & actual) != 0) return true;
  return actual == kTypeInteger && (allowed & kTypeNumber) != 0;
}

/// Strict JSON equality between a scalar node and one "enum" or "const" value.
bool scalar_equals(const YamlNode& node, const ScalarValue& value, const nlohmann::json& expected) {
  switch (value.type) {
    case ScalarType::Null: return expected.is_null();
    case ScalarType::Boolean: return expected.is_boolean() && expected.get<bool>() == value.boolean;
    case ScalarType::Integer:
      if (expected.is_number_integer()) return expected.get<long long>() == value.integer;
      return expected.is_number_float() && expected.get<double>() == value.as_double();
    case ScalarType::Float: return expected.is_number() && expected.get<double>() == value.number;
    case ScalarType::String: return expected.is_string() && expected.get_ref<const std::string&>() == node.scalar;
  }
  return false;
}

bool value_equals(const YamlNode& node, const ScalarValue& value, const nlohmann::json& expected) {
  if (node.kind == YamlKind::Scalar) return scalar_equals(node, value, expected);
  return yaml_to_json(node) == expected;
}

/// Characters, not bytes, as JSON Schema counts string length.
std::uint64_t utf8_length(std::string_view text) {
  return static_cast<std::uint64_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// A text form of a value that is equal for equal JSON values, for "uniqueItems".
void canonical_form(const YamlNode& node, std::string& out) {
  switch (node.kind) {
    case YamlKind::Scalar: {
      const ScalarValue value = resolve_scalar_value(node);
      switch (value.type) {
        case ScalarType::Null: out += 'z'; return;
        case ScalarType::Boolean: out += value.boolean ? "b1" : "b0"; return;
        case ScalarType::Integer:
        case ScalarType::Float: out += fmt::format("n{}", value.as_double()); return;
        case ScalarType::String: break;
      }
      out += fmt::format("s{}:{}", node.scalar.size(), node.scalar);
      return;
    }
    case YamlKind::Sequence:
      out += '[';
      for (const YamlNode* item : node.items) canonical_form(*item, out), out += ',';
      out += ']';
      return;
    case YamlKind::Mapping: {
      std::vector<std::pair<std::string_view, std::string>> members;
      for (const auto& entry : node.entries) {
        const std::string_view key = entry.first->scalar;
        const bool seen = std::any_of(members.begin(), members.end(), [key](const auto& m) { return m.first == key; });
        if (seen) continue;  // the first of duplicate keys counts, as when loading
        std::string text;
        canonical_form(*entry.second, text);
        members.emplace_back(key, std::move(text));
      }
      std::sort(members.begin(), members.end());
      out += '{';
      for (const auto& [key, text] : members) out += fmt::format("{}:{}={},", key.size(), key, text);
      out += '}';
      return;
    }
  }
}

/// Strict JSON equality of two scalars.
bool same_scalar(const YamlNode& a, const YamlNode& b) {
  const ScalarValue left = resolve_scalar_value(a);
  const ScalarValue right = resolve_scalar_value(b);
  if (left.is_number() && right.is_number()) return left.as_double() == right.as_double();
  if (left.type != right.type) return false;
  switch (left.type) {
    case ScalarType::Null: return true;
    case ScalarType::Boolean: return left.boolean == right.boolean;
    case ScalarType::String: return a.scalar == b.scalar;
    default: return false;
  }
}

bool has_duplicates(const YamlNode& sequence) {
  // Lists of ids are short and hold only scalars: comparing pairs needs no allocation.
  constexpr std::size_t kPairwiseLimit = 16;
  const bool scalars = std::all_of(sequence.items.begin(), sequence.items.end(),
                                   [](const YamlNode* item) { return item->kind == YamlKind::Scalar; });
  if (scalars && sequence.items.size() <= kPairwiseLimit) {
    for (std::size_t i = 1; i < sequence.items.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (same_scalar(*sequence.items[i], *sequence.items[j])) return true;
      }
    }
    return false;
  }
  std::vector<std::string> forms;
  forms.reserve(sequence.items.size());
  for (const YamlNode* item : sequence.items) {
    std::string form;
    canonical_form(*item, form);
    forms.push_back(std::move(form));
  }
  std::sort(forms.begin(), forms.end());
  return std::adjacent_find(forms.begin(), forms.end()) != forms.end();
}

/// Walks a document beside its compiled schema and reports what breaks it.
class TreeValidator {
 public:
  explicit TreeValidator(SchemaFindingWriter& writer) : writer_(writer) {}

  bool valid() const { return valid_; }

  void visit(const YamlNode& node, const YamlNode* key, const SchemaNode& schema) {
    const ScalarValue value = node.kind == YamlKind::Scalar ? resolve_scalar_value(node) : ScalarValue{};
    const std::uint8_t type = type_of(node, value);
    if (schema.types != 0 && !type_allowed(schema.types, type)) fail(ViolationKind::WrongType, node, key, schema);
    if (schema.allowed != nullptr &&
        std::none_of(schema.allowed->begin(), schema.allowed->end(),
                     [&](const nlohmann::json& expected) { return value_equals(node, value, expected); })) {
      fail(ViolationKind::NotAllowedValue, node, key, schema);
    }
    if (schema.constant != nullptr && !value_equals(node, value, *schema.constant)) {
      fail(ViolationKind::NotAllowedValue, node, key, schema);
    }
    if (type == kTypeString) check_string(node, key, schema);
    if (type == kTypeInteger || type == kTypeNumber) check_number(node, key, schema, value.as_double());
    if (type == kTypeArray) check_array(node, key, schema);
    if (type == kTypeObject) check_object(node, key, schema);
  }

 private:
  void fail(ViolationKind kind, const YamlNode& node, const YamlNode* key, const SchemaNode& schema,
            std::string detail = {}) {
    valid_ = false;
    writer_.write(SchemaViolation{kind, &node, key, schema.source, subject(), std::move(detail)});
  }

  void check_string(const YamlNode& node, const YamlNode* key, const SchemaNode& schema) {
    if (schema.min_length && utf8_length(node.scalar) < *schema.min_length) {
      fail(ViolationKind::OutOfRange, node, key, schema,
           fmt::format("String should be no fewer than {} characters in length.", *schema.min_length));
    }
    if (schema.pattern && !schema.pattern->search(node.scalar)) fail(ViolationKind::PatternMismatch, node, key, schema);
  }

  void check_number(const YamlNode& node, const YamlNode* key, const SchemaNode& schema, double number) {
    if (schema.maximum && number > *schema.maximum) {
      fail(ViolationKind::OutOfRange, node, key, schema,
           "Expected number less than or equal to " + std::to_string(*schema.maximum));
    }
    if (schema.minimum && number < *schema.minimum) {
      fail(ViolationKind::OutOfRange, node, key, schema,
           "Expected number greater than or equal to " + std::to_string(*schema.minimum));
    }
  }

  void check_array(const YamlNode& node, const YamlNode* key, const SchemaNode& schema) {
    if (schema.min_items && node.items.size() < *schema.min_items) {
      fail(ViolationKind::OutOfRange, node, key, schema,
           fmt::format("Array should contain no fewer than {} elements.", *schema.min_items));
    }
    if (schema.unique_items && node.items.size() > 1 && has_duplicates(node)) {
      fail(ViolationKind::NotUnique, node, key, schema);
    }
    if (schema.items == nullptr) return;
    for (std::size_t index = 0; index < node.items.size(); ++index) {
      path_.push_back(Step{node.items[index], index});
      visit(*node.items[index], nullptr, *schema.items);
      path_.pop_back();
    }
  }

  void check_object(const YamlNode& node, const YamlNode* key, const SchemaNode& schema) {
    for (const std::string& name : schema.required) {
      if (node.find(name) == nullptr) fail(ViolationKind::MissingRequired, node, key, schema, name);
    }
    bool unknown = false;
    for (std::size_t i = 0; i < node.entries.size(); ++i) {
      const auto& [entry_key, entry_value] = node.entries[i];
      // Only the first of duplicate keys is the value; the loader has reported the others.
      if (node.has_duplicate_keys && node.find(entry_key->scalar) != entry_value) continue;
      const SchemaNode* property = schema.property(entry_key->scalar);
      if (property == nullptr) property = schema.additional;
      if (property == nullptr) {
        unknown = unknown || !schema.additional_allowed;
        continue;
      }
      path_.push_back(Step{entry_key, kKeyStep});
      visit(*entry_value, entry_key, *property);
      path_.pop_back();
    }
    if (unknown) fail(ViolationKind::UnknownProperty, node, key, schema);
  }

  /// The logical path of the node being visited, built only when a finding needs it.
  std::string subject() const {
    std::string text;
    for (const Step& step : path_) {
      if (step.index == kKeyStep) {
        if (!text.empty()) text += '.';
        text += step.node->scalar;
      } else {
        const std::string label = record_label(*step.node);
        text += "[" + (label.empty() ? std::to_string(step.index) : label) + "]";
      }
    }
    return text;
  }

  static constexpr std::size_t kKeyStep = static_cast<std::size_t>(-1);
  /// A mapping key (index kKeyStep, node is the key) or a list item (node is the item).
  struct Step {
    const YamlNode* node;
    std::size_t index;
  };

  SchemaFindingWriter& writer_;
  std::vector<Step> path_;
  bool valid_ = true;
};

}  // namespace

SchemaValidator::SchemaValidator() : compiled_(std::make_unique<Compiled>()) {}
SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::validate(const YamlDocument& document, std::string_view kind, DiagnosticSink& sink) {
  if (document.root == nullptr) return true;
  auto found = compiled_->by_kind.find(kind);
  if (found == compiled_->by_kind.end()) {
    std::optional<std::string_view> text = find_embedded(schema_files(), fmt::format("{}.schema.json", kind));
    Result<SchemaProgram> program = text ? compile_schema(*text) : Result<SchemaProgram>(Error{"no such schema"});
    if (!program) {
      sink.report("SCH007", Severity::Error, {}, fmt::format("internal: schema '{}' cannot be used: {}", kind, program.error()));
      return false;
    }
    found = compiled_->by_kind.emplace(std::string(kind), std::move(*program)).first;
  }
  SchemaFindingWriter writer(kind, sink);
  TreeValidator validator(writer);
  validator.visit(*document.root, nullptr, *found->second.root);
  return validator.valid();
}

}  // namespace isms
