#include "util/git_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "util/path_containment.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

bool exists_as(const fs::path& path, fs::file_type type) {
  std::error_code error;
  return fs::symlink_status(path, error).type() == type;
}

/// The test git applies to a folder before using it as a bare repository (setup.c,
/// is_git_directory), made broader: any HEAD with refs beside it, and objects or a commondir.
bool looks_like_bare_repository(const fs::path& folder) {
  std::error_code error;
  const bool head = fs::exists(fs::symlink_status(folder / "HEAD", error));
  const bool refs = fs::exists(fs::symlink_status(folder / "refs", error));
  const bool objects = fs::exists(fs::symlink_status(folder / "objects", error)) ||
                       fs::exists(fs::symlink_status(folder / "commondir", error));
  return head && refs && objects;
}

/// The folder a `.git` file names ("gitdir: PATH", relative to the file's folder), or "".
fs::path read_gitfile(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::array<char, 4096> buffer{};
  stream.read(buffer.data(), buffer.size());
  std::string text(buffer.data(), static_cast<std::size_t>(stream.gcount()));
  constexpr std::string_view kPrefix = "gitdir: ";
  if (text.rfind(kPrefix, 0) != 0) return {};
  text.erase(0, kPrefix.size());
  text.erase(std::find_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }), text.end());
  if (text.empty()) return {};
  fs::path target(text);
  if (target.is_relative()) target = file.parent_path() / target;
  std::error_code error;
  fs::path resolved = fs::weakly_canonical(target, error);
  return error ? fs::path() : resolved;
}

/// Every override of a setting that can start a program or reach the network. Command-line
/// settings outrank every configuration file, the repository's own included.
const std::vector<std::string>& safe_settings() {
  static const std::vector<std::string> kSettings = {
      "safe.bareRepository=explicit",  // never take a folder of committed files for a repository
      "core.fsmonitor=false",          // a hook program run on every index refresh
      "core.hooksPath=/dev/null",      // hooks
      "core.pager=cat",                // with --no-pager: no pager, whatever pager.<command> says
      "core.askPass=",                 // prompts for credentials
      "credential.helper=",            // an empty value clears every configured helper
      "protocol.allow=never",          // no transport at all, so no core.sshCommand, core.gitProxy,
                                       // remote.*.uploadpack or lazy fetch of a partial clone runs
      "log.showSignature=false",       // gpg.program (no log or show is run either)
      "gc.auto=0",                     // no automatic gc, hence no pre-auto-gc hook
      "maintenance.auto=false",
      "core.untrackedCache=false",     // nothing written to the index
      "submodule.recurse=false",
  };
  return kSettings;
}

/// The read-only subcommands isms runs, each without a pager, an editor or a transport.
bool is_allowed_subcommand(const std::vector<std::string>& arguments) {
  static const std::array<std::string_view, 6> kAllowed = {"rev-parse", "rev-list", "ls-tree", "ls-files", "cat-file",
                                                          "hash-object"};
  return !arguments.empty() && std::find(kAllowed.begin(), kAllowed.end(), arguments.front()) != kAllowed.end();
}

}  // namespace

GitLookup find_git_repository(const std::string& folder) {
  GitLookup lookup;
  std::error_code error;
  const fs::path start = fs::canonical(folder, error);
  if (error) return lookup;
  // Levels are named from `folder` as given ("compliance", "compliance/.."), never by their
  // absolute path, so that messages are the same on every machine.
  std::string shown = folder;
  for (fs::path level = start;; level = level.parent_path(), shown += "/..") {
    // Checked before `.git`, unlike git: whichever git would take, these files are not a
    // repository anyone meant, and a pull request can commit them.
    if (looks_like_bare_repository(level)) {
      lookup.refusal = fmt::format("'{}' holds the files of a bare git repository (HEAD, refs/, objects/), "
                                   "which git would read as a repository with its own configuration",
                                   shown);
      return lookup;
    }
    const fs::path dot_git = level / ".git";
    if (exists_as(dot_git, fs::file_type::directory)) {
      lookup.git_dir = dot_git.string();
    } else if (exists_as(dot_git, fs::file_type::regular)) {
      const fs::path target = read_gitfile(dot_git);
      if (target.empty()) {
        lookup.refusal = fmt::format("'{}/.git' is a .git file that names no git directory", shown);
        return lookup;
      }
      if (is_within(target, start)) {
        lookup.refusal = fmt::format("'{}/.git' names a git directory inside the repository folder, whose "
                                     "configuration would come from the repository's own content",
                                     shown);
        return lookup;
      }
      lookup.git_dir = target.string();
    }
    if (!lookup.git_dir.empty()) {
      lookup.work_tree = level.string();
      lookup.found = true;
      return lookup;
    }
    if (level == level.root_path() || level.parent_path() == level) return lookup;
  }
}

std::vector<std::string> safe_git_prefix(const GitLookup& repository) {
  std::vector<std::string> words = {"git", "--no-pager", "--no-replace-objects", "--git-dir=" + repository.git_dir,
                                    "--work-tree=" + repository.work_tree};
  for (const std::string& setting : safe_settings()) {
    words.push_back("-c");
    words.push_back(setting);
  }
  return words;
}

std::vector<std::string> safe_git_environment() {
  std::vector<std::string> environment = {
      "GIT_CONFIG_NOSYSTEM=1",        // no system configuration
      "GIT_CONFIG_GLOBAL=/dev/null",  // no user configuration (~/.gitconfig, XDG)
      "GIT_ATTR_NOSYSTEM=1",          // no system attributes naming filter or diff drivers
      "GIT_NO_LAZY_FETCH=1",          // a partial clone fetches nothing (newer git; protocol.allow covers older)
      "GIT_OPTIONAL_LOCKS=0",         // reading never takes index.lock
      "GIT_TERMINAL_PROMPT=0",
      "LC_ALL=C",
  };
  for (const char* name : {"PATH", "TMPDIR"}) {
    const char* value = std::getenv(name);
    if (value != nullptr) environment.push_back(fmt::format("{}={}", name, value));
  }
  return environment;
}

int run_git(const GitCommand& command, std::string& output) {
  if (!is_allowed_subcommand(command.arguments)) return -1;
  const GitLookup repository = find_git_repository(command.folder);
  if (!repository.found) return -1;
  std::vector<std::string> words = safe_git_prefix(repository);
  words.insert(words.end(), command.arguments.begin(), command.arguments.end());
  std::vector<char*> argv;
  for (std::string& part : words) argv.push_back(part.data());
  argv.push_back(nullptr);
  std::vector<std::string> environment_storage = safe_git_environment();
  std::vector<char*> envp;
  for (std::string& variable : environment_storage) envp.push_back(variable.data());
  envp.push_back(nullptr);

  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return -1;
  const std::string input = command.input_file.empty() ? std::string("/dev/null") : command.input_file;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, command.folder.c_str());
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.c_str(), O_RDONLY, 0);
  pid_t pid = 0;
  // git is looked up on the caller's PATH, the one thing isms trusts git to come from.
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
