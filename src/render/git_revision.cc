#include "render/git_revision.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <vector>

extern char** environ;

namespace isms {
namespace {

/// Runs git with `arguments` in `folder`; returns its exit status (or -1) and its stdout.
int run_git(const std::string& folder, const std::vector<std::string>& arguments, std::string& output) {
  std::vector<std::string> command = {"git", "-C", folder, "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& part : command) argv.push_back(part.data());
  argv.push_back(nullptr);

  // git must not take locks or ask for anything, whatever the user's environment says.
  std::vector<std::string> environment_storage = {"GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "LC_ALL=C"};
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string variable = *entry;
    if (variable.rfind("GIT_", 0) == 0 || variable.rfind("LC_ALL=", 0) == 0) continue;
    environment_storage.push_back(variable);
  }
  std::vector<char*> envp;
  for (std::string& variable : environment_storage) envp.push_back(variable.data());
  envp.push_back(nullptr);

  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return -1;
  }
  std::array<char, 4096> buffer{};
  for (;;) {
    const ssize_t count = ::read(pipe_fds[0], buffer.data(), buffer.size());
    if (count > 0) {
      output.append(buffer.data(), static_cast<std::size_t>(count));
    } else if (count == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
