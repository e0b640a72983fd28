#include "cli/import_destination.h"

#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "load/decode_fields.h"
#include "load/decode_registers.h"
#include "load/file_reader.h"
#include "load/yaml_tree.h"

namespace isms {

namespace fs = std::filesystem;

Result<RepositoryFacts> read_manifest(const std::string& repository, ImportTarget target, ImportSettings& settings) {
  RepositoryFacts facts;
  std::error_code missing;
  if (!fs::exists(fs::symlink_status(fs::path(repository) / "isms.yaml", missing))) return facts;
  facts.has_manifest = true;
  // Read as `check` reads it: within the limits, and never through a symlink leading outside.
  std::string text;
  DiagnosticSink sink;
  if (!read_text_file(repository, "isms.yaml", Limits{}, {}, "isms.yaml", text, sink)) {
    return Error{sink.all().empty() ? "cannot read isms.yaml" : sink.all().front().message};
  }
  YamlDocument document;
  if (!parse_yaml(text, 1, Limits{}, document, sink) || document.root == nullptr) return facts;
  const FieldReader read(sink);
  Manifest manifest;
  decode_manifest(*document.root, read, manifest);
  settings.classification_levels = manifest.classification_levels;
  settings.likelihood_min = manifest.risk.likelihood.min;
  settings.likelihood_labels = manifest.risk.likelihood.labels;
  settings.impact_min = manifest.risk.impact.min;
  settings.impact_labels = manifest.risk.impact.labels;
  const Text moved = read.text(read.mapping(document.root, "paths"), import_register_name(target));
  if (moved.present) facts.register_path = moved.value;
  return facts;
}

Result<std::string> default_output(const std::string& repository, ImportTarget target, const RepositoryFacts& facts) {
  if (!facts.has_manifest) {
    return Error{
        fmt::format("'{}' is not a compliance repository (it has no isms.yaml); pass --repo REPO, or -o FILE", repository)};
  }
  std::string base = facts.register_path.empty() ? std::string(import_register_name(target)) : facts.register_path;
  while (!base.empty() && base.back() == '/') base.pop_back();
  for (const char* extension : {".yaml", ".yml"}) {
    if (base.ends_with(extension)) base.resize(base.size() - std::strlen(extension));
  }
  const fs::path root(repository);
  std::error_code error;
  if (fs::is_directory(root / base, error)) {
    return Error{fmt::format("the {} register is the folder {}; write the import into it with -o {}/imported.yaml, "
                             "keeping one register: block among its files",
                             import_register_name(target), (root / base).string(), (root / base).string())};
  }
  if (fs::exists(root / (base + ".yml"), error)) return (root / (base + ".yml")).string();
  return (root / (base + ".yaml")).string();
}

}  // namespace isms
