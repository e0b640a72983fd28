#include "render/template_files.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string_view>

#include <fmt/format.h>

#include "util/embedded.h"
#include "util/path_containment.h"
#include "render/template_limits.h"

namespace isms {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBuiltinPrefix = "render/";

/// Reads a template from the override folder; refuses files that resolve outside it.
Status read_override(const fs::path& folder, const std::string& relative, std::uintmax_t max_bytes,
                     std::string& text, bool& found) {
  found = false;
  std::error_code error;
  const fs::path candidate = folder / relative;
  if (!fs::exists(fs::symlink_status(candidate, error))) return Done{};
  fs::path resolved;
  switch (resolve_containment(folder, candidate, &resolved)) {
    case Containment::Inside: break;
    case Containment::Loop: return Error{fmt::format("template {} is a symlink loop", candidate.string())};
    case Containment::Outside:
      return Error{fmt::format("template {} resolves outside the templates folder; templates are read only from inside it",
                               candidate.string())};
  }
  if (!fs::is_regular_file(resolved, error)) {
    return Error{fmt::format("template {} is not a regular file", candidate.string())};
  }
  if (fs::file_size(resolved, error) > max_bytes) {
    return Error{fmt::format("template {} is larger than {}", candidate.string(), size_text(max_bytes))};
  }
  std::ifstream stream(resolved, std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  if (!stream.good() && !stream.eof()) return Error{fmt::format("cannot read template {}", candidate.string())};
  text = contents.str();
  found = true;
  return Done{};
}

/// A template's text: from the override folder when it has the file, else built in.
Status load_template(const std::string& override_dir, const std::string& relative, std::uintmax_t max_bytes,
                     std::string& text, bool& found) {
  if (!override_dir.empty()) {
    Status read = read_override(override_dir, relative, max_bytes, text, found);
    if (!read || found) return read;
  }
  std::optional<std::string_view> builtin = find_embedded(template_files(), std::string(kBuiltinPrefix) + relative);
  found = builtin.has_value();
  if (found) text.assign(builtin->data(), builtin->size());
  return Done{};
}

}  // namespace

std::set<std::string> partial_names(const std::string& override_dir) {
  const std::string_view suffix = kTemplateSuffix;
  std::set<std::string> names;
  const std::string prefix = std::string(kBuiltinPrefix) + kPartialFolder;
  for (const EmbeddedFile& file : template_files()) {
    std::string_view path = file.path;
    if (!path.starts_with(prefix) || !path.ends_with(suffix)) continue;
    path.remove_prefix(prefix.size());
    path.remove_suffix(suffix.size());
    names.emplace(path);
  }
  if (!override_dir.empty()) {
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(override_dir) / kPartialFolder, error)) {
      const std::string name = entry.path().filename().string();
      if (name.size() > suffix.size() && name.ends_with(suffix)) names.emplace(name.substr(0, name.size() - suffix.size()));
    }
  }
  return names;
}

TemplateLoader folder_template_loader(const std::string& override_dir, std::set<std::string> partial_set,
                                      std::uintmax_t max_bytes) {
  auto partials = std::make_shared<const std::set<std::string>>(std::move(partial_set));
  return [override_dir, max_bytes, partials](const std::string& relative, std::string& text, bool& found) {
    const std::string_view folder = kPartialFolder;
    const std::string_view suffix = kTemplateSuffix;
    if (relative.starts_with(folder)) {
      // A partial tag names anything; only the files listed in the folder may be read.
      std::string name = relative.substr(folder.size());
      if (!name.ends_with(suffix) || partials->count(name.substr(0, name.size() - suffix.size())) == 0) {
        found = false;
        return Status(Done{});
      }
    }
    return load_template(override_dir, relative, max_bytes, text, found);
  };
}

}  // namespace isms
