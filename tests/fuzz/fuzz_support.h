#pragma once
// Shared by the fuzz targets: one YAML document decoded into the model the way the loader
// decodes a register file, without touching the disk.

#include <cstdint>
#include <string_view>

#include "load/decode_registers.h"
#include "load/register_kinds.h"
#include "model/diagnostic.h"
#include "util/limits.h"
#include "model/model.h"
#include "load/schema/schema_validator.h"
#include "model/source_files.h"
#include "load/yaml_tree.h"
#include "render/review_changes.h"

namespace isms::fuzz {

/// The file kinds, in the order the first input byte selects them.
/// New registers are appended, so that the seeds' first bytes keep their meaning.
inline constexpr std::string_view kKinds[] = {
    "manifest", "context", "parties", "scope",      "assets", "risks",   "soa",             "documents", "evidence",
    "suppliers", "roles",  "competence", "audits", "reviews", "nonconformities", "treatment", "objectives"};

/// Limits small enough that each input stays fast, large enough to reach every limit check.
inline Limits fuzz_limits() {
  Limits limits;
  limits.max_file_bytes = 1u << 20;
  limits.max_alias_nodes = 100000;
  limits.max_scalar_bytes = 64u * 1024u;
  return limits;
}

/// Parses `text`, validates it as `kind` and decodes it into `repository`, as the loader does.
/// Returns false when the text is not a usable YAML mapping.
inline bool decode_document(std::string_view text, std::string_view kind, SchemaValidator& validator,
                            Repository& repository, DiagnosticSink& sink) {
  YamlDocument document;
  if (!parse_yaml(text, 1, fuzz_limits(), document, sink) || document.root == nullptr) return false;
  if (document.root->kind != YamlKind::Mapping) return false;
  validator.validate(document, kind, sink);
  FieldReader read(sink);
  const YamlNode& root = *document.root;
  if (kind == "manifest") {
    decode_manifest(root, read, repository.manifest);
  } else if (const RegisterKind* decoder = find_register_kind(kind)) {
    decoder->decode(root, read, repository);
  }
  decode_suppressions(root, read, repository.suppressions);
  RegisterInfo info;
  info.name = std::string(kind);
  info.found = true;
  info.files.push_back(1);
  info.control = decode_register_control(root, read);
  repository.registers.push_back(std::move(info));
  return true;
}

/// The git changes of a review pack when there is no checkout, as for a repository out of git.
inline ReviewChanges no_git_changes() {
  ReviewChanges changes;
  changes.reason = "the repository is not in a git checkout";
  return changes;
}

}  // namespace isms::fuzz
