#pragma once
/// The last line of defence: an unexpected internal error ends `isms` with a message and exit
/// code 3, never with a signal or an uncaught exception, wherever that is possible.

#include "cli/exit_codes.h"

namespace isms {

/// The exit code of an internal error, as the process returns it.
constexpr int kInternalError = process_exit_code(ExitCode::InternalError);

/// Runs `body` (the whole command) and turns an exception that escapes it into a message on
/// standard error and kInternalError. Also installs, once, handlers that turn a crash (SIGSEGV,
/// a stack overflow included, SIGBUS, SIGFPE, SIGILL) into the same, and ignores SIGPIPE so that
/// a closed pipe is a write error rather than a death. Sanitizer builds keep their own handlers.
int run_guarded(int (*body)(int, char**), int argc, char** argv);

}  // namespace isms
