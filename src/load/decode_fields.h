#pragma once
/// Reading typed fields out of YAML mappings into the model. Structure was already checked
/// against the schema, so a field of the wrong type is simply left absent here.

#include <string_view>

#include "model/diagnostic.h"
#include "model/dates.h"
#include "model/model.h"
#include "load/yaml_tree.h"

namespace isms {

/// Reads fields of one file, reporting invalid dates to the sink.
class FieldReader {
 public:
  explicit FieldReader(DiagnosticSink& sink) : sink_(sink) {}

  /// A scalar as text (numbers keep their written form).
  Text text(const YamlNode* mapping, std::string_view key) const;
  /// A boolean.
  Flag flag(const YamlNode* mapping, std::string_view key) const;
  /// An integer.
  Number number(const YamlNode* mapping, std::string_view key) const;
  /// A YYYY-MM-DD date; an impossible date is reported (DAT001) and left absent.
  LocatedDate date(const YamlNode* mapping, std::string_view key) const;
  /// A list of scalars (ids); a single scalar counts as a list of one.
  IdList list(const YamlNode* mapping, std::string_view key) const;
  /// An approval block {by, role, date}.
  Approval approval(const YamlNode* mapping, std::string_view key) const;
  /// The sequence of mappings under `key` (empty when absent or of another type).
  std::vector<const YamlNode*> records(const YamlNode* mapping, std::string_view key) const;
  /// The mapping under `key`, or nullptr.
  const YamlNode* mapping(const YamlNode* parent, std::string_view key) const;

 private:
  DiagnosticSink& sink_;
};

}  // namespace isms
