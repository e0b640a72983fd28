#pragma once
/// Files compiled into the binary: schemas, `isms init` templates and rule pages.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace isms {

/// One embedded file, keyed by its path relative to its source folder.
struct EmbeddedFile {
  const char* path;
  const char* data;
  std::size_t size;
};

extern const EmbeddedFile embedded_schemas[];
extern const std::size_t embedded_schemas_count;
extern const EmbeddedFile embedded_templates[];
extern const std::size_t embedded_templates_count;
extern const EmbeddedFile embedded_rule_docs[];
extern const std::size_t embedded_rule_docs_count;

/// The JSON Schemas from schemas/, keyed by file name ("assets.schema.json").
std::span<const EmbeddedFile> schema_files();
/// The templates from templates/: "init/<profile>/<path>" for `isms init`, "render/<file>" for `isms render`.
std::span<const EmbeddedFile> template_files();
/// The rule pages from docs/rules/, keyed by "<CODE>.md".
std::span<const EmbeddedFile> rule_doc_files();
/// Finds a file by its key in one of the tables above.
std::optional<std::string_view> find_embedded(std::span<const EmbeddedFile> files, std::string_view path);

}  // namespace isms
