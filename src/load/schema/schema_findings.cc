#include "load/schema/schema_findings.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/suggest.h"
#include "load/yaml_json.h"

namespace isms {
namespace {

bool is_yaml11_boolean(std::string_view text) {
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

}  // namespace

std::string record_label(const YamlNode& item) {
  for (const char* key : {"id", "control"}) {
    const YamlNode* value = item.find(key);
    if (value != nullptr && value->kind == YamlKind::Scalar && !value->scalar.empty()) return std::string(value->scalar);
  }
  return {};
}

void SchemaFindingWriter::report(const char* code, const YamlNode* at, const std::string& subject, std::string message,
                                 std::string hint) {
  SourceLocation where = at != nullptr ? at->location : SourceLocation{};
  std::string full_subject = fmt::format("{}:{}", kind_, subject);
  if (!reported_.insert(fmt::format("{}|{}|{}", code, full_subject, message)).second) return;
  sink_.report(code, Severity::Error, where, std::move(message), std::move(hint), std::move(full_subject));
}

void SchemaFindingWriter::report_unknown_keys(const SchemaViolation& target) {
  if (target.node == nullptr || target.node->kind != YamlKind::Mapping) return;
  const std::vector<std::string> known = property_names(target.schema);
  for (const auto& [key, value] : target.node->entries) {
    if (std::find(known.begin(), known.end(), key->scalar) != known.end()) continue;
    std::string where = target.subject.empty() ? "at the top level" : "in '" + target.subject + "'";
    std::string suggestion = closest_match(key->scalar, known);
    std::string hint = suggestion.empty() ? fmt::format("allowed fields here: {}", quote_list(known))
                                          : fmt::format("did you mean '{}'?", suggestion);
    report("SCH003", key, fmt::format("{}.{}", target.subject, key->scalar),
           fmt::format("unknown field '{}' {}", key->scalar, where), std::move(hint));
  }
}

void SchemaFindingWriter::write(const SchemaViolation& target) {
  const std::string field = target.subject.empty() ? std::string("the file") : "'" + target.subject + "'";
  switch (target.kind) {
    case ViolationKind::MissingRequired: {
      const std::string& name = target.detail;
      std::string hint;
      if (target.schema != nullptr && target.schema->contains("properties") && (*target.schema)["properties"].contains(name)) {
        const nlohmann::json& property = (*target.schema)["properties"][name];
        if (property.contains("description") && property["description"].is_string())
          hint = fmt::format("add '{}': {}", name, property["description"].get<std::string>());
      }
      if (hint.empty()) hint = fmt::format("add the field '{}'", name);
      report("SCH002", target.key != nullptr ? target.key : target.node, target.subject + "." + name,
             fmt::format("missing required field '{}' in {}", name, target.subject.empty() ? "the file" : field), hint);
      return;
    }
    case ViolationKind::UnknownProperty:
      report_unknown_keys(target);
      return;
    default:
      break;
  }
  if (target.node == nullptr) {
    report("SCH007", target.node, target.subject, fmt::format("{}: {}", field, target.detail));
    return;
  }
  switch (target.kind) {
    case ViolationKind::WrongType: {
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
      return;
    }
    case ViolationKind::NotAllowedValue: {
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
      return;
    }
    case ViolationKind::PatternMismatch:
      report("SCH005", target.node, target.subject,
             fmt::format("{} must be {}, found {}", field, pattern_expectation(target.schema), describe_value(*target.node)));
      return;
    case ViolationKind::OutOfRange: {
      std::string detail = target.detail;
      if (!detail.empty() && detail.back() == '.') detail.pop_back();
      // Limits are worded as doubles ("36.000000"); whole numbers read better without the zeros.
      for (std::size_t at = detail.find(".000000"); at != std::string::npos; at = detail.find(".000000")) {
        detail.erase(at, 7);
      }
      if (!detail.empty()) detail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
      report("SCH006", target.node, target.subject, fmt::format("{} is out of range: {}", field, detail));
      return;
    }
    case ViolationKind::NotUnique:
      report("SCH007", target.node, target.subject, fmt::format("{} lists the same value more than once", field),
             "remove the repeated entry");
      return;
    default:
      report("SCH007", target.node, target.subject, fmt::format("{}: {}", field, target.detail));
      return;
  }
}

}  // namespace isms
