#pragma once
/// Structural validation of YAML files against the embedded JSON Schemas.

#include <memory>
#include <string_view>

#include "model/diagnostic.h"
#include "load/yaml_tree.h"

namespace isms {

/// The embedded schemas, compiled on first use and kept for the whole run.
class SchemaValidator {
 public:
  SchemaValidator();
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  /// Checks `document` against schemas/<kind>.schema.json; findings go to `sink` at the YAML
  /// positions. Returns true when the document is structurally valid.
  bool validate(const YamlDocument& document, std::string_view kind, DiagnosticSink& sink);

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace isms
