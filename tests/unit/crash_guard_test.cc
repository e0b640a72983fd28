#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <new>
#include <stdexcept>

#include "cli/crash_guard.h"

namespace {

int returns_one(int, char**) { return 1; }
int throws_runtime_error(int, char**) { throw std::runtime_error("unexpected"); }
int throws_bad_alloc(int, char**) { throw std::bad_alloc(); }
int throws_int(int, char**) { throw 42; }
int crashes(int, char**) {
  ::raise(SIGSEGV);
  return 0;
}
int aborts(int, char**) { std::abort(); }
void throw_runtime_error() { throw std::runtime_error("escapes a noexcept function"); }
int terminates(int, char**) {
  // An exception leaving a noexcept function calls std::terminate, which aborts.
  [&]() noexcept { throw_runtime_error(); }();
  return 0;
}

/// run_guarded(body) in a child process, which keeps the handlers it installs out of the test
/// runner's own; the child's exit code, or -1 when it died by a signal.
int exit_code_in_child(int (*body)(int, char**)) {
  const pid_t child = ::fork();
  if (child < 0) return -2;
  if (child == 0) ::_exit(isms::run_guarded(body, 0, nullptr));
  int status = 0;
  if (::waitpid(child, &status, 0) != child) return -2;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("an exception that escapes a command ends it with exit code 3", "[crash_guard]") {
  CHECK(exit_code_in_child(returns_one) == 1);
  CHECK(exit_code_in_child(throws_runtime_error) == isms::kInternalError);
  CHECK(exit_code_in_child(throws_bad_alloc) == isms::kInternalError);
  CHECK(exit_code_in_child(throws_int) == isms::kInternalError);
}

// Under AddressSanitizer the guard leaves the signals to ASan (src/cli/crash_guard.cc): gcc says
// so with __SANITIZE_ADDRESS__, clang with __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define ISMS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ISMS_TEST_ASAN 1
#endif
#endif

#if !defined(ISMS_TEST_ASAN)
TEST_CASE("a crash ends the process with exit code 3, not with a signal", "[crash_guard]") {
  CHECK(exit_code_in_child(crashes) == isms::kInternalError);
  CHECK(exit_code_in_child(aborts) == isms::kInternalError);
  CHECK(exit_code_in_child(terminates) == isms::kInternalError);
}
#endif
