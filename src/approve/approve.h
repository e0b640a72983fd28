#pragma once
/// `isms approve`: records who approved a register, in what role and when, together with the
/// digest of the content they approved, by editing the register's file in place.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "run/check_run.h"
#include "util/limits.h"

namespace isms {

/// What the user asked for.
struct ApproveOptions {
  std::string register_name;     ///< "scope", "soa", "assets", ...
  std::string repository = ".";
  std::string by;
  std::string role;
  std::string date;              ///< YYYY-MM-DD; empty means SOURCE_DATE_EPOCH, else today
  bool force = false;            ///< replace an existing approval
  Limits limits;
};

/// How an approval ended. Everything but Approved leaves the files untouched.
enum class ApproveStatus {
  Approved,         ///< the approval was written
  InvalidArgument,  ///< `error` says which argument is wrong
  NotARepository,   ///< the run's findings say why
  BlockedByErrors,  ///< `blocking` lists errors in the register's files
  AlreadyApproved,  ///< the register has an approval and --force was not given
  Refused,          ///< the register or its file cannot be approved as it is; `error` says why
};

/// One approval's result. `run` keeps the loaded repository, so that findings can be printed.
struct ApproveResult {
  ApproveStatus status = ApproveStatus::Refused;
  std::string error;                 ///< one sentence, for every status but Approved
  std::string hint;                  ///< what to do about it; may be empty
  std::vector<Diagnostic> blocking;  ///< BlockedByErrors: the errors in the register's files
  std::string file;                  ///< the file edited (or that would be), as shown to the user
  std::uint32_t line = 0;            ///< line of the approval in it
  std::string previous;              ///< the approval replaced (or kept), as it was written
  std::string written;               ///< the approval line as written: "approval: {...}"
  std::string by;                    ///< the approver and role recorded, trimmed
  std::string role;
  std::string digest;                ///< the digest recorded
  std::string date;                  ///< the date recorded
  CheckRun run;
};

/// The registers an approval can be recorded on, in the loader's order.
std::span<const std::string> approvable_registers();

/// Interprets the words after `isms approve`: "scope [REPO]", "soa [REPO]" or
/// "register NAME [REPO]". Sets the register and repository; returns what is wrong (an empty
/// error when nothing is), with a hint on what to write instead.
struct ApproveWordsProblem {
  std::string error;
  std::string hint;
};
ApproveWordsProblem parse_approve_words(const std::vector<std::string>& words, ApproveOptions& options);

/// Validates the options, loads the repository, edits the file that holds the register's
/// `register:` block and writes it atomically.
void run_approve(const ApproveOptions& options, ApproveResult& result);

}  // namespace isms
