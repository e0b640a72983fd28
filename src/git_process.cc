#include "git_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

extern char** environ;

namespace isms {

int run_git(const GitCommand& command, std::string& output) {
  std::vector<std::string> words = {"git", "-C", command.folder, "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"};
  words.insert(words.end(), command.arguments.begin(), command.arguments.end());
  std::vector<char*> argv;
  for (std::string& part : words) argv.push_back(part.data());
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
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return -1;
  const std::string input = command.input_file.empty() ? std::string("/dev/null") : command.input_file;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.c_str(), O_RDONLY, 0);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return -1;
  }
  std::array<char, 65536> buffer{};
  bool stopped = false;
  for (;;) {
    const ssize_t count = ::read(pipe_fds[0], buffer.data(), buffer.size());
    if (count > 0) {
      if (output.size() + static_cast<std::size_t>(count) > command.max_output) {
        // Stop git rather than leave it blocked on a pipe nobody reads.
        ::kill(pid, SIGKILL);
        stopped = true;
        break;
      }
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
  if (stopped) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string trim_line_end(std::string output) {
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
  return output;
}

}  // namespace isms
