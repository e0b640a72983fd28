#include "render/git_revision.h"

#include <string>
#include <vector>

#include "git_process.h"

namespace isms {
namespace {

/// Runs git with `arguments` in `folder`; returns its exit status (or -1) and its stdout.
int run_git(const std::string& folder, const std::vector<std::string>& arguments, std::string& output) {
  return isms::run_git(GitCommand{folder, arguments, {}}, output);
}

bool is_hex_hash(const std::string& text) {
  if (text.size() != 40 && text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

GitRevision read_git_revision(const std::string& folder) {
  GitRevision revision;
  std::string head;
  if (run_git(folder, {"rev-parse", "--verify", "--quiet", "HEAD"}, head) != 0) return revision;
  while (!head.empty() && (head.back() == '\n' || head.back() == '\r')) head.pop_back();
  if (!is_hex_hash(head)) return revision;
  revision.commit = head;
  // Any change under the folder, new files included, means the document does not match the commit.
  std::string changes;
  const int status = run_git(folder, {"status", "--porcelain", "--untracked-files=normal", "--", "."}, changes);
  revision.modified = status != 0 || !changes.empty();
  return revision;
}

}  // namespace isms
