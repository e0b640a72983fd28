#pragma once
/// Turns schema violations into findings worded for people, at the YAML positions.

#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "model/diagnostic.h"
#include "load/yaml_tree.h"

namespace isms {

/// What a violation is about; each kind maps to one finding code.
enum class ViolationKind {
  MissingRequired,   ///< SCH002; `detail` is the property name
  UnknownProperty,   ///< SCH003; every unknown key of the mapping is reported
  WrongType,         ///< SCH001
  NotAllowedValue,   ///< SCH004; enum or const
  PatternMismatch,   ///< SCH005
  OutOfRange,        ///< SCH006; `detail` is the limit in valijson's wording
  NotUnique,         ///< SCH007
  Other,             ///< SCH007; `detail` says what
};

/// One way a YAML node breaks its schema.
struct SchemaViolation {
  ViolationKind kind = ViolationKind::Other;
  const YamlNode* node = nullptr;            ///< the offending value
  const YamlNode* key = nullptr;             ///< its key, when reached through a mapping
  const nlohmann::json* schema = nullptr;    ///< the schema at the node, for wording
  std::string subject;                       ///< logical path, record ids instead of indexes
  std::string detail;
};

/// Reports violations of one document, once each.
class SchemaFindingWriter {
 public:
  SchemaFindingWriter(std::string_view kind, DiagnosticSink& sink) : kind_(kind), sink_(sink) {}

  /// Reports `violation` unless the same finding was already reported.
  void write(const SchemaViolation& violation);

 private:
  void report(const char* code, const YamlNode* at, const std::string& subject, std::string message,
              std::string hint = {});
  void report_unknown_keys(const SchemaViolation& violation);

  std::string_view kind_;
  DiagnosticSink& sink_;
  std::set<std::string> reported_;
};

/// The record label used in subjects: a mapping's `id` or `control`, else empty.
std::string record_label(const YamlNode& item);

}  // namespace isms
