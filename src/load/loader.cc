#include "load/loader.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "load/approval_digest.h"
#include "load/decode_registers.h"
#include "load/register_kinds.h"
#include "load/document_locations.h"
#include "load/file_reader.h"
#include "util/git_process.h"
#include "load/schema/schema_validator.h"
#include "load/yaml_tree.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// State shared by the loading passes.
struct LoadContext {
  fs::path root;
  std::string display_root;
  const Limits& limits;
  Repository& repository;
  SourceFiles& files;
  DiagnosticSink& sink;
  SchemaValidator validator;
  std::size_t files_read = 0;
};

std::string display_path(const std::string& display_root, const std::string& relative) {
  if (display_root.empty() || display_root == ".") return relative;
  return display_root.back() == '/' ? display_root + relative : display_root + "/" + relative;
}

/// Reads, parses and schema-checks one file; returns the document when it is usable.
/// `wrong_types` is set when the schema found a value of the wrong type: the decoder leaves
/// such a value out, so what the file says is only half read.
bool load_document(LoadContext& context, const std::string& relative, const char* kind, YamlDocument& document,
                   std::uint32_t& file_index, bool& wrong_types) {
  if (++context.files_read > context.limits.max_files) {
    if (context.files_read == context.limits.max_files + 1) {
      context.sink.report("IO004", Severity::Error, {},
                          fmt::format("the repository has more than {} files; the rest are not read",
                                      context.limits.max_files),
                          "remove files that are not registers from the register folders, or raise the limit with --max-files", "files");
    }
    return false;
  }
  const std::string shown = display_path(context.display_root, relative);
  file_index = context.files.add(SourceFile{shown, relative, {}});
  std::string contents;
  if (!read_text_file(context.root, relative, context.limits, SourceLocation{file_index, 0, 0}, shown, contents,
                      context.sink)) {
    return false;
  }
  context.files.set_contents(file_index, std::move(contents));
  if (!parse_yaml(context.files.at(file_index).contents, file_index, context.limits, document, context.sink)) {
    return false;
  }
  if (document.root == nullptr) {
    context.sink.report("YML006", Severity::Error, SourceLocation{file_index, 0, 0},
                        fmt::format("'{}' is empty", shown),
                        std::string_view(kind) == "manifest" ? "isms.yaml needs at least format, organisation and standard"
                                                             : "add the register's content or delete the file",
                        relative);
    return false;
  }
  if (document.root->kind != YamlKind::Mapping) {
    context.sink.report("SCH001", Severity::Error, document.root->location,
                        fmt::format("'{}' must hold a mapping at the top level", shown),
                        std::string_view(kind) == "manifest" ? "start isms.yaml with keys such as 'format:' and 'organisation:'"
                                                             : "start the file with keys such as 'register:' and the register's list",
                        relative);
    return false;
  }
  const std::size_t findings_before = context.sink.all().size();
  context.validator.validate(document, kind, context.sink);
  const auto& findings = context.sink.all();
  wrong_types = std::any_of(findings.begin() + static_cast<std::ptrdiff_t>(findings_before), findings.end(),
                            [](const Diagnostic& finding) { return finding.code == "SCH001"; });
  return true;
}

void load_register(LoadContext& context, const RegisterKind& kind, const std::string& base, SourceLocation blame) {
  RegisterInfo info;
  info.name = kind.name;
  const std::size_t findings_before = context.sink.all().size();
  std::vector<std::string> relatives = find_register_files(context.root, base, blame, context.sink);
  info.found = !relatives.empty();
  info.incomplete = context.sink.all().size() != findings_before;
  if (kind.single_file && relatives.size() > 1) {
    context.sink.report("IO005", Severity::Error, blame, fmt::format("the {} must be a single file", register_title(kind.name)),
                        fmt::format("merge the files into {}.yaml", base), base);
    relatives.resize(1);
  }
  FieldReader reader(context.sink);
  // What an approval with a digest covers (APR001). Hashed only while it may be needed: until
  // the register block turns up without a digest, since it may be in any of the files.
  ContentDigest digest;
  bool digest_needed = true;
  for (const std::string& relative : relatives) {
    YamlDocument document;
    std::uint32_t file_index = 0;
    bool wrong_types = false;
    if (!load_document(context, relative, kind.name, document, file_index, wrong_types)) {
      info.incomplete = true;
      continue;
    }
    // A value of the wrong type was not decoded: the rules reading this register would judge a
    // record with a field or a list missing, so they stand down as for an unreadable file.
    if (wrong_types) info.incomplete = true;
    info.files.push_back(file_index);
    kind.decode(*document.root, reader, context.repository);
    decode_suppressions(*document.root, reader, context.repository.suppressions);
    RegisterControl control = decode_register_control(*document.root, reader);
    if (control.present && !info.control.present) digest_needed = control.approval.digest.present;
    if (digest_needed) digest.add_file(*document.root);
    if (!control.present) continue;
    if (info.control.present) {
      context.sink.report("REG002", Severity::Error, control.location,
                          fmt::format("the {} already has its document control in '{}'", register_title(kind.name),
                                      context.files.at(info.control.location.file).display_path),
                          "keep one 'register:' block per register, in one of its files", kind.name);
      continue;
    }
    info.control = std::move(control);
  }
  if (digest_needed && info.control.present && !info.incomplete) info.content_digest = digest.finish();
  context.repository.registers.push_back(std::move(info));
}

/// A `paths:` entry must name something inside the repository other than its root or manifest.
bool valid_register_path(LoadContext& context, const char* name, const Text& path) {
  const fs::path normal = fs::path(path.value).lexically_normal();
  const std::string text = normal.generic_string();
  std::string problem;
  if (normal.is_absolute() || text == ".." || text.starts_with("../")) {
    problem = "leads outside the repository";
  } else if (text.empty() || text == "." || text == "./" || text == "isms" || text == "isms.yaml") {
    problem = "names the repository root or the manifest";
  } else {
    std::error_code error;
    const bool exists = fs::exists(context.root / normal, error) || fs::exists(context.root / (text + ".yaml"), error) ||
                        fs::exists(context.root / (text + ".yml"), error);
    if (!exists) problem = "does not exist";
  }
  if (problem.empty()) return true;
  context.sink.report("CFG002", Severity::Error, path.location,
                      fmt::format("paths.{} is '{}', which {}", name, path.value, problem),
                      "give a file or folder relative to the repository root, such as inventory/assets",
                      fmt::format("paths.{}", name));
  return false;
}

}  // namespace

LoadStatus load_repository(const std::string& root, const Limits& limits, Repository& repository, SourceFiles& files,
                           DiagnosticSink& sink) {
  std::error_code error;
  if (!fs::is_directory(root, error)) {
    const bool exists = fs::exists(root, error);
    sink.report("IO001", Severity::Error, {},
                exists ? fmt::format("'{}' is not a folder", root) : fmt::format("'{}' does not exist", root),
                "pass the folder that holds isms.yaml", "repository");
    return LoadStatus::NotARepository;
  }
  LoadContext context{fs::path(root), root, limits, repository, files, sink, {}, 0};
  if (!fs::exists(context.root / "isms.yaml", error)) {
    sink.report("MAN001", Severity::Error, {}, fmt::format("no isms.yaml manifest in '{}'", root),
                "run 'isms init' to create a repository, or pass the folder that holds isms.yaml", "isms.yaml");
    return LoadStatus::NotARepository;
  }
  YamlDocument manifest;
  std::uint32_t manifest_file = 0;
  FieldReader reader(sink);
  const YamlNode* paths = nullptr;
  bool manifest_wrong_types = false;  // the manifest is not a register: no rule stands down on it
  if (load_document(context, "isms.yaml", "manifest", manifest, manifest_file, manifest_wrong_types)) {
    decode_manifest(*manifest.root, reader, repository.manifest);
    paths = reader.mapping(manifest.root, "paths");
  }
  // Found here, without running git, so that `check` reports what `render` and `diff` refuse.
  const GitLookup git = find_git_repository(root);
  if (!git.refusal.empty()) {
    sink.report("IO007", Severity::Error, SourceLocation{manifest_file, 0, 0},
                fmt::format("git is not run on this folder: {}", git.refusal),
                "delete git's own files (HEAD, config, refs/, objects/, a .git file) from the repository; they are not registers", "git");
  }
  for (const RegisterKind& kind : register_kinds()) {
    Text custom = reader.text(paths, kind.name);
    if (custom.present && !valid_register_path(context, kind.name, custom)) {
      // Recorded as present but incomplete, so that CFG002 is not followed by findings about
      // the register's absence or its missing records.
      RegisterInfo info;
      info.name = kind.name;
      info.found = true;
      info.incomplete = true;
      repository.registers.push_back(std::move(info));
      continue;
    }
    std::string base = custom.present ? custom.value : kind.name;
    while (!base.empty() && base.back() == '/') base.pop_back();
    for (const char* extension : {".yaml", ".yml"}) {
      if (base.size() > 5 && base.ends_with(extension)) base.resize(base.size() - std::string_view(extension).size());
    }
    load_register(context, kind, base, custom.present ? custom.location : SourceLocation{manifest_file, 0, 0});
  }
  if (limits.read_document_files) inspect_document_locations(context.root, repository.documents);
  return LoadStatus::Loaded;
}

}  // namespace isms
