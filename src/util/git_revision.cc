#include "util/git_revision.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/git_process.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// Runs git with `arguments` in `folder`; returns its exit status (or -1) and its stdout.
int run_git(const std::string& folder, const std::vector<std::string>& arguments, std::string& output,
            const std::string& input_file = {}) {
  return isms::run_git(GitCommand{folder, arguments, input_file}, output);
}

bool is_hex_hash(std::string_view text) {
  if (text.size() != 40 && text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

/// NUL-separated records of git output.
std::vector<std::string_view> split_nul(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const std::size_t end = text.find('\0');
    parts.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return parts;
}

/// The files of HEAD under the folder, path (relative to the folder) to blob hash, from
/// `ls-tree -r -z` lines "MODE TYPE HASH\tPATH". False when the folder holds a symlink or a
/// submodule, which the work tree comparison below does not cover: such a folder counts as
/// modified, never as matching.
bool committed_files(const std::string& folder, std::unordered_map<std::string, std::string>& files) {
  std::string listing;
  if (run_git(folder, {"ls-tree", "-r", "-z", "HEAD"}, listing) != 0) return false;
  for (std::string_view line : split_nul(listing)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || !line.starts_with("100")) return false;
    const std::size_t hash_start = line.rfind(' ', tab);
    if (hash_start == std::string_view::npos) return false;
    files.emplace(std::string(line.substr(tab + 1)), std::string(line.substr(hash_start + 1, tab - hash_start - 1)));
  }
  return true;
}

/// Whether the work tree under the folder differs from HEAD: a tracked file changed or gone,
/// or a file that is neither tracked nor ignored. The files are hashed by git without filters,
/// and `git status` is not used, because status may run the clean filter of a driver that a
/// `.gitattributes` of the pull request names. Without filters a file that a filter changes
/// (line endings, LFS) counts as modified: the stamp errs towards "does not match the commit".
bool work_tree_modified(const std::string& folder) {
  std::unordered_map<std::string, std::string> committed;
  if (!committed_files(folder, committed)) return true;
  std::string listing;
  if (run_git(folder, {"ls-files", "-z", "--cached", "--others", "--exclude-standard"}, listing) != 0) return true;
  std::vector<std::string> present;
  for (std::string_view path : split_nul(listing)) {
    if (!committed.contains(std::string(path))) return true;  // new, or staged but not committed
    std::error_code error;
    if (fs::symlink_status(fs::path(folder) / path, error).type() != fs::file_type::regular) return true;
    present.emplace_back(path);
  }
  if (present.size() != committed.size()) return true;  // a committed file is no longer tracked
  // Paths go on the command line, a thousand at a time, to stay far below the argument limit.
  constexpr std::size_t kChunk = 1000;
  for (std::size_t first = 0; first < present.size(); first += kChunk) {
    std::vector<std::string> arguments = {"hash-object", "--no-filters", "--"};
    const std::size_t last = std::min(present.size(), first + kChunk);
    arguments.insert(arguments.end(), present.begin() + static_cast<std::ptrdiff_t>(first),
                     present.begin() + static_cast<std::ptrdiff_t>(last));
    std::string hashes;
    if (run_git(folder, arguments, hashes) != 0) return true;
    std::string_view rest = hashes;
    for (std::size_t index = first; index < last; ++index) {
      const std::size_t end = rest.find('\n');
      if (end == std::string_view::npos || rest.substr(0, end) != committed[present[index]]) return true;
      rest.remove_prefix(end + 1);
    }
  }
  return false;
}

}  // namespace

GitRevision read_git_revision(const std::string& folder) {
  GitRevision revision;
  std::string head;
  if (run_git(folder, {"rev-parse", "--verify", "--quiet", "HEAD"}, head) != 0) return revision;
  head = trim_line_end(head);
  if (!is_hex_hash(head)) return revision;
  revision.commit = head;
  revision.modified = work_tree_modified(folder);
  return revision;
}

}  // namespace isms
