#include "util/embedded.h"

namespace isms {

std::span<const EmbeddedFile> schema_files() { return {embedded_schemas, embedded_schemas_count}; }
std::span<const EmbeddedFile> template_files() { return {embedded_templates, embedded_templates_count}; }
std::span<const EmbeddedFile> rule_doc_files() { return {embedded_rule_docs, embedded_rule_docs_count}; }

std::optional<std::string_view> find_embedded(std::span<const EmbeddedFile> files, std::string_view path) {
  for (const EmbeddedFile& file : files) {
    if (path == file.path) return std::string_view(file.data, file.size);
  }
  return std::nullopt;
}

}  // namespace isms
