#include "cli/crash_guard.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "util/std_streams.h"

namespace isms {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

/// Only async-signal-safe calls here: write and _exit.
void on_crash(int signal_number) {
  const char* what = signal_number == SIGSEGV ? "a memory fault (SIGSEGV), for example a stack overflow"
                     : signal_number == SIGBUS ? "a bus error (SIGBUS)"
                     : signal_number == SIGFPE ? "an arithmetic fault (SIGFPE)"
                     : signal_number == SIGABRT
                         ? "an abort (SIGABRT), for example an exception thrown where none may be, or heap corruption"
                         : "an illegal instruction (SIGILL)";
  constexpr char kPrefix[] = "isms: internal error: ";
  constexpr char kSuffix[] = "; this is a bug in isms, please report it with the input that caused it\n";
  ssize_t ignored = ::write(STDERR_FILENO, kPrefix, sizeof kPrefix - 1);
  ignored = ::write(STDERR_FILENO, what, std::strlen(what));
  ignored = ::write(STDERR_FILENO, kSuffix, sizeof kSuffix - 1);
  (void)ignored;
  ::_exit(kInternalError);
}

void install_signal_handlers() {
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, nullptr);
  if (kSanitized) return;
  // A stack overflow leaves no stack to run the handler on, hence one of its own.
  static char alternate_stack[64 * 1024];
  stack_t stack{};
  stack.ss_sp = alternate_stack;
  stack.ss_size = sizeof alternate_stack;
  if (::sigaltstack(&stack, nullptr) != 0) return;
  struct sigaction crash {};
  crash.sa_handler = on_crash;
  crash.sa_flags = SA_ONSTACK | SA_RESETHAND;
  ::sigemptyset(&crash.sa_mask);
  for (int signal_number : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::sigaction(signal_number, &crash, nullptr);
}

}  // namespace

int run_guarded(int (*body)(int, char**), int argc, char** argv) {
  install_signal_handlers();
  try {
    return body(argc, argv);
  } catch (const std::bad_alloc&) {
    print_error("out of memory; the input may be larger than the limits allow (see the --max-* options)");
  } catch (const std::exception& error) {
    print_error(std::string("internal error: ") + error.what() + "; this is a bug in isms, please report it");
  } catch (...) {
    print_error("internal error; this is a bug in isms, please report it");
  }
  return kInternalError;
}

}  // namespace isms
