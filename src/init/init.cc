#include "init/init.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "util/embedded.h"
#include "util/output_file.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

std::string substitute(std::string_view text, const InitOptions& options) {
  std::string result(text);
  auto replace_all = [&result](std::string_view from, const std::string& to) {
    for (std::size_t at = result.find(from); at != std::string::npos; at = result.find(from, at + to.size())) {
      result.replace(at, from.size(), to);
    }
  };
  replace_all("{{organisation}}", options.organisation);
  replace_all("{{today}}", options.today);
  return result;
}

}  // namespace

std::vector<std::string> init_profiles() {
  std::set<std::string> profiles;
  for (const EmbeddedFile& file : template_files()) {
    std::string_view path = file.path;
    if (!path.starts_with("init/")) continue;
    path.remove_prefix(5);
    profiles.emplace(path.substr(0, path.find('/')));
  }
  return {profiles.begin(), profiles.end()};
}

InitResult run_init(const InitOptions& options) {
  InitResult result;
  const std::string prefix = "init/" + options.profile + "/";
  const fs::path root(options.directory);
  // Each planned file: where it goes, what it holds, and whether it is a schema (listed apart).
  struct Planned {
    fs::path target;
    std::string text;
    bool schema;
  };
  std::vector<Planned> planned;
  for (const EmbeddedFile& file : template_files()) {
    if (!std::string_view(file.path).starts_with(prefix)) continue;
    planned.push_back({root / std::string_view(file.path).substr(prefix.size()), substitute({file.data, file.size}, options), false});
  }
  if (planned.empty()) {
    std::string known;
    for (const std::string& profile : init_profiles()) known += (known.empty() ? "" : ", ") + profile;
    result.error = fmt::format("unknown profile '{}'; available profiles: {}", options.profile, known);
    return result;
  }
  // The templates' modelines name schemas/NAME.schema.json, so editors check the files offline
  // against the schemas of this very version.
  for (const EmbeddedFile& file : schema_files()) planned.push_back({root / kSchemasFolder / file.path, std::string(file.data, file.size), true});
  std::error_code error;
  for (const Planned& file : planned) {
    if (fs::exists(fs::symlink_status(file.target, error))) result.conflicts.push_back(file.target.generic_string());
  }
  if (!result.conflicts.empty()) {
    result.error = fmt::format("{} file(s) already exist; nothing was written", result.conflicts.size());
    return result;
  }
  for (const Planned& file : planned) {
    fs::create_directories(file.target.parent_path(), error);
    if (error) {
      result.error = fmt::format("cannot create '{}': {}", file.target.parent_path().generic_string(), error.message());
      return result;
    }
    if (const Status created = create_new_file(file.target.string(), file.text); !created) {
      result.error = created.error();
      return result;
    }
    (file.schema ? result.schemas_created : result.created).push_back(file.target.generic_string());
  }
  result.ok = true;
  return result;
}

}  // namespace isms
