#include "load/file_reader.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "util/path_containment.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

bool is_yaml_name(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

std::string relative_to(const fs::path& root, const fs::path& path) {
  return fs::path(path).lexically_relative(root).generic_string();
}

/// Reports IO006 unless `path` resolves inside `root`; true when it does.
bool contained(const fs::path& root, const fs::path& path, SourceLocation blame, DiagnosticSink& sink) {
  const Containment containment = resolve_containment(root, path);
  if (containment == Containment::Inside) return true;
  const std::string relative = relative_to(root, path);
  std::error_code link_error;
  if (containment == Containment::Loop) {
    sink.report("IO006", Severity::Error, blame, fmt::format("'{}' is a symlink loop and is not read", relative),
                "replace the symlink with the file itself", relative);
    return false;
  }
  sink.report("IO006", Severity::Error, blame, fmt::format("'{}' leads outside the repository and is not read", relative),
              fs::is_symlink(path, link_error) ? "replace the symlink with the file itself"
                                               : "keep every register inside the repository folder",
              relative);
  return false;
}

}  // namespace

bool read_text_file(const fs::path& root, const std::string& relative, const Limits& limits, SourceLocation blame,
                    const std::string& shown_as, std::string& contents, DiagnosticSink& sink) {
  const fs::path path = root / relative;
  if (!contained(root, path, blame, sink)) return false;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::is_regular_file(status)) {
    sink.report("IO001", Severity::Error, blame,
                fmt::format("cannot read '{}': {}", shown_as, error ? error.message() : "not a regular file"),
                "check that the file exists and is readable", shown_as);
    return false;
  }
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error && size > limits.max_file_bytes) {
    sink.report("IO003", Severity::Error, blame,
                fmt::format("'{}' is {} bytes; the limit is {} bytes", shown_as, size, limits.max_file_bytes),
                "split the register into several files in a folder, or raise the limit with --max-file-size", shown_as);
    return false;
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    sink.report("IO001", Severity::Error, blame, fmt::format("cannot open '{}': {}", shown_as, std::strerror(errno)),
                "check the file's permissions", shown_as);
    return false;
  }
  // Read in one go when the size is known; fall back to streaming for pipes and the like.
  if (!error && size > 0) {
    contents.resize(static_cast<std::size_t>(size));
    stream.read(contents.data(), static_cast<std::streamsize>(size));
    contents.resize(static_cast<std::size_t>(stream.gcount()));
  } else {
    contents.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  }
  if (stream.bad()) {
    sink.report("IO001", Severity::Error, blame, fmt::format("error while reading '{}'", shown_as), {}, shown_as);
    return false;
  }
  if (contents.find('\0') != std::string::npos) {
    sink.report("IO002", Severity::Error, blame, fmt::format("'{}' is a binary file, not YAML text", shown_as),
                "registers must be UTF-8 YAML files; move binary evidence out of the register folders", shown_as);
    return false;
  }
  return true;
}

std::vector<std::string> find_register_files(const fs::path& root, const std::string& base, SourceLocation blame,
                                             DiagnosticSink& sink) {
  std::vector<std::string> found;
  std::error_code error;
  const fs::path folder = root / base;
  std::vector<fs::path> single_files;
  for (const char* extension : {".yaml", ".yml"}) {
    fs::path candidate = root / (base + extension);
    if (fs::exists(fs::symlink_status(candidate, error))) single_files.push_back(candidate);
  }
  const bool has_folder = fs::is_directory(folder, error);
  if (has_folder && !single_files.empty()) {
    sink.report("IO005", Severity::Error, blame,
                fmt::format("register '{}' exists both as '{}' and as the folder '{}/'", base,
                            relative_to(root, single_files.front()), base),
                "keep either the single file or the folder, not both", base);
    return found;
  }
  if (single_files.size() > 1) {
    sink.report("IO005", Severity::Error, blame,
                fmt::format("register '{}' exists both as '{}.yaml' and '{}.yml'", base, base, base),
                "keep one of the two files", base);
    return found;
  }
  auto admit = [&](const fs::path& path) {
    if (contained(root, path, blame, sink)) found.push_back(relative_to(root, path));
  };
  if (!single_files.empty()) {
    admit(single_files.front());
    return found;
  }
  if (!has_folder) return found;
  if (resolve_containment(root, folder) != Containment::Inside) {
    admit(folder);
    return {};
  }
  // Directory symlinks are not followed, so a symlink loop cannot make the walk endless.
  fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied, error);
  std::vector<fs::path> files;
  for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
    const fs::directory_entry& entry = *walk;
    if (entry.is_directory(error) && !entry.is_symlink(error)) continue;
    if (is_yaml_name(entry.path())) files.push_back(entry.path());
  }
  if (error) {
    sink.report("IO001", Severity::Error, blame, fmt::format("cannot list '{}/': {}", base, error.message()), {}, base);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) admit(path);
  return found;
}

}  // namespace isms
