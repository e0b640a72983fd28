#include "diff/git_snapshot.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "util/git_process.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// More than any compliance repository's YAML; a revision beyond it is refused, not read.
constexpr std::size_t kMaxSnapshotBytes = 1024u * 1024u * 1024u;

/// One entry of `git ls-tree -r -l`: a file worth writing.
struct TreeEntry {
  std::string object;
  std::string path;  ///< relative to the listed tree
  std::size_t size = 0;
  bool symlink = false;
};

bool is_yaml_path(std::string_view path) { return path.ends_with(".yaml") || path.ends_with(".yml"); }

/// Git trees never hold these, but a crafted object could: nothing may land outside the folder.
bool is_safe_relative_path(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

bool is_hex(std::string_view text) {
  if (text.size() != 40 && text.size() != 64) return false;
  return text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

/// Parses the NUL-separated output of `git ls-tree -r -z -l`; keeps YAML files and symlinks.
bool parse_tree(const std::string& listing, std::vector<TreeEntry>& entries, std::size_t& total, std::string& error) {
  std::size_t start = 0;
  while (start < listing.size()) {
    std::size_t end = listing.find('\0', start);
    if (end == std::string::npos) end = listing.size();
    const std::string_view line(listing.data() + start, end - start);
    start = end + 1;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::vector<std::string_view> words;
    std::string_view meta = line.substr(0, tab);
    for (std::size_t at = 0; at < meta.size();) {
      const std::size_t next = std::min(meta.find(' ', at), meta.size());
      if (next > at) words.push_back(meta.substr(at, next - at));
      at = next + 1;
    }
    if (words.size() != 4 || words[1] != "blob" || !is_hex(words[2])) continue;  // trees, submodules
    const bool symlink = words[0] == "120000";
    const std::string_view path = line.substr(tab + 1);
    if (!symlink && (words[0] != "100644" && words[0] != "100755")) continue;
    if (!symlink && !is_yaml_path(path)) continue;  // evidence files and the like are never read
    if (!is_safe_relative_path(path)) {
      error = fmt::format("the revision holds an unsafe path '{}'", path);
      return false;
    }
    const std::size_t size = std::strtoull(std::string(words[3]).c_str(), nullptr, 10);
    total += size;
    if (total > kMaxSnapshotBytes) {
      error = "the revision's YAML files are larger than 1 GiB together";
      return false;
    }
    entries.push_back(TreeEntry{std::string(words[2]), std::string(path), size, symlink});
  }
  return true;
}

/// Creates the folders above `relative` under `root`, refusing to pass through anything that
/// is not a real folder, so a symlink written earlier can never redirect a later file.
bool make_parents(const std::string& root, const std::string& relative) {
  std::string path = root;
  std::size_t start = 0;
  for (std::size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', start)) {
    path += "/" + relative.substr(start, slash - start);
    start = slash + 1;
    struct stat status {};
    if (::lstat(path.c_str(), &status) == 0) {
      if (!S_ISDIR(status.st_mode)) return false;
    } else if (errno != ENOENT || ::mkdir(path.c_str(), 0700) != 0) {
      return false;
    }
  }
  return true;
}

bool write_new_file(const std::string& path, std::string_view contents) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t count = ::write(fd, contents.data() + written, contents.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) break;
    written += static_cast<std::size_t>(count);
  }
  return ::close(fd) == 0 && written == contents.size();
}

/// Where a symlink of the snapshot points. A target outside the listed folder is not in the
/// snapshot, so the link would dangle; pointing it at the snapshot's own parent folder, which
/// exists and is outside the repository, makes the loader report it as leading outside (IO006)
/// just as it does for the checkout.
std::string link_target(const TreeEntry& entry, std::string_view written_target, const TempFolder& into) {
  const fs::path target{std::string(written_target)};
  const fs::path resolved = (fs::path(entry.path).parent_path() / target).lexically_normal();
  const std::string text = resolved.generic_string();
  if (target.is_absolute() || text == ".." || text.starts_with("../")) return into.path();
  return std::string(written_target);
}

/// Splits `git cat-file --batch` output into one blob per entry, in the order asked for.
bool split_blobs(const std::string& output, const std::vector<TreeEntry>& entries, std::vector<std::string_view>& blobs) {
  std::size_t at = 0;
  for (const TreeEntry& entry : entries) {
    const std::size_t newline = output.find('\n', at);
    if (newline == std::string::npos) return false;
    const std::string_view header(output.data() + at, newline - at);
    const std::string expected = entry.object + " blob ";
    if (!header.starts_with(expected)) return false;
    const std::size_t size = std::strtoull(std::string(header.substr(expected.size())).c_str(), nullptr, 10);
    if (newline + 1 + size > output.size()) return false;
    blobs.emplace_back(output.data() + newline + 1, size);
    at = newline + 1 + size + 1;
  }
  return true;
}

}  // namespace

TempFolder::~TempFolder() {
  if (path_.empty()) return;
  std::error_code error;
  fs::remove_all(path_, error);
}

Status TempFolder::create() {
  std::error_code status;
  fs::path base = fs::temp_directory_path(status);
  if (status) base = "/tmp";
  std::string pattern = (base / "isms-diff-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Error{fmt::format("cannot create a temporary folder in {}: {}", base.string(), std::strerror(errno))};
  }
  path_ = pattern;
  return Done{};
}

Result<GitLocation> locate_in_git(const std::string& folder) {
  std::error_code status;
  if (!fs::is_directory(folder, status)) {
    return Error{fmt::format("--repo {} is not a folder", folder)};
  }
  const GitLookup repository = find_git_repository(folder);
  if (!repository.refusal.empty()) {
    return Error{fmt::format("git is not run on {}: {} [IO007]", folder, repository.refusal)};
  }
  std::string prefix;
  if (!repository.found || run_git(GitCommand{folder, {"rev-parse", "--show-prefix"}, {}}, prefix) != 0) {
    return Error{fmt::format(
        "{} is not in a git repository, so it has no revisions (if it is, check that git is installed)", folder)};
  }
  return GitLocation{trim_line_end(prefix)};
}

Result<std::string> resolve_commit(const std::string& folder, const std::string& revision) {
  std::string output;
  // A revision starting with '-' would be read as an option by older git; --end-of-options covers the rest.
  const bool resolved = !revision.empty() && revision.front() != '-' &&
                        run_git(GitCommand{folder, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"}, {}},
                                output) == 0;
  std::string commit = trim_line_end(output);
  if (!resolved || !is_hex(commit)) {
    return Error{fmt::format("'{}' is not a commit of the git repository at {}", revision, folder)};
  }
  return commit;
}

Result<std::string> write_snapshot(const std::string& folder, const GitLocation& location, const std::string& commit,
                                   const TempFolder& into) {
  std::string subtree = location.prefix;
  if (!subtree.empty() && subtree.back() == '/') subtree.pop_back();
  std::string listing;
  if (run_git(GitCommand{folder, {"ls-tree", "-r", "-z", "-l", "--full-tree", commit + ":" + subtree}, {}}, listing) != 0) {
    return Error{fmt::format("commit {} has no folder '{}'", commit.substr(0, 12), subtree)};
  }
  std::vector<TreeEntry> entries;
  std::size_t total = 0;
  if (std::string error; !parse_tree(listing, entries, total, error)) return Error{error};

  const std::string objects_file = into.path() + "/objects";
  {
    std::ofstream objects(objects_file, std::ios::binary);
    for (const TreeEntry& entry : entries) objects << entry.object << '\n';
    if (!objects) {
      return Error{fmt::format("cannot write {}", objects_file)};
    }
  }
  std::string blobs_output;
  const std::size_t budget = total + entries.size() * 128 + 4096;
  std::vector<std::string_view> blobs;
  if (run_git(GitCommand{folder, {"cat-file", "--batch"}, objects_file, budget}, blobs_output) != 0 ||
      !split_blobs(blobs_output, entries, blobs)) {
    return Error{fmt::format("cannot read the files of commit {} from git", commit.substr(0, 12))};
  }
  const std::string root = into.path() + "/tree";
  if (::mkdir(root.c_str(), 0700) != 0) {
    return Error{fmt::format("cannot create {}: {}", root, std::strerror(errno))};
  }
  // Symlinks last: every file is written before any link exists that could redirect it.
  for (const bool links : {false, true}) {
    for (std::size_t index = 0; index < entries.size(); ++index) {
      const TreeEntry& entry = entries[index];
      if (entry.symlink != links) continue;
      const std::string target = root + "/" + entry.path;
      const bool written = make_parents(root, entry.path) &&
                           (links ? ::symlink(link_target(entry, blobs[index], into).c_str(), target.c_str()) == 0
                                  : write_new_file(target, blobs[index]));
      if (!written) {
        return Error{fmt::format("cannot write {} of commit {} to {}", entry.path, commit.substr(0, 12), root)};
      }
    }
  }
  return root;
}

}  // namespace isms
