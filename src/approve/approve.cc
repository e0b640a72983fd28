#include "approve/approve.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "load/approval_digest.h"
#include "approve/approval_edit.h"
#include "model/dates.h"
#include "rules/codes.h"
#include "util/output_file.h"
#include "util/result.h"
#include "util/suggest.h"
#include "util/text_util.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// "context, parties, scope, ... and evidence".
std::string register_list() {
  std::string text;
  const std::span<const std::string> names = approvable_registers();
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += (i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ")) + names[i];
  }
  return text;
}

bool is_approvable(std::string_view name) {
  const std::span<const std::string> names = approvable_registers();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string unknown_register(const std::string& name) {
  std::vector<std::string> candidates(approvable_registers().begin(), approvable_registers().end());
  return fmt::format("unknown register '{}'{}", name, did_you_mean(name, candidates));
}

std::string register_hint() {
  return fmt::format("the registers are {}; write 'isms approve scope', 'isms approve soa' or "
                     "'isms approve register NAME'",
                     register_list());
}

/// Whether `value` can be recorded as a name or role; the error says why not. It must be one
/// line of printable UTF-8 text, because it becomes one scalar of one YAML line.
Status check_recordable_text(std::string_view option, std::string_view value) {
  if (value.empty()) return Error{fmt::format("{} must not be empty", option)};
  for (std::size_t at = 0; at < value.size();) {
    const auto lead = static_cast<unsigned char>(value[at]);
    const std::size_t length = lead < 0x80            ? 1
                               : (lead >> 5) == 0x06 ? 2
                               : (lead >> 4) == 0x0E ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || at + length > value.size()) return Error{fmt::format("{} is not valid UTF-8 text", option)};
    std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(value[at + i]);
      if ((next & 0xC0) != 0x80) return Error{fmt::format("{} is not valid UTF-8 text", option)};
      code = (code << 6) | (next & 0x3F);
    }
    const std::array<std::uint32_t, 4> smallest = {0, 0x80, 0x800, 0x10000};
    if (code < smallest[length - 1] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return Error{fmt::format("{} is not valid UTF-8 text", option)};
    }
    if (code == '\n' || code == '\r' || code == 0x85 || code == 0x2028 || code == 0x2029) {
      return Error{fmt::format("{} must be a single line of text", option)};
    }
    if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0xFFFE || code == 0xFFFF) {
      return Error{fmt::format("{} must not contain control characters", option)};
    }
    at += length;
  }
  return Done{};
}

/// True for findings of the loader, which say the file does not read as the format requires.
bool is_reading_error(const Diagnostic& diagnostic) {
  if (diagnostic.severity != Severity::Error || diagnostic.code == "APR001") return false;
  const CodeInfo* info = find_code(diagnostic.code);
  return info == nullptr || info->check == nullptr;
}

/// The errors that make the register's content unreliable: those in its files, and, when one
/// of its files did not load, those in files that belong to no register.
std::vector<Diagnostic> blocking_errors(const CheckRun& run, const RegisterInfo& info) {
  std::vector<std::uint32_t> loaded;
  for (const RegisterInfo& other : run.repository.registers) {
    loaded.insert(loaded.end(), other.files.begin(), other.files.end());
  }
  std::vector<Diagnostic> blocking;
  for (const Diagnostic& diagnostic : run.report.diagnostics) {
    if (!is_reading_error(diagnostic)) continue;
    const std::uint32_t file = diagnostic.location.file;
    const bool own = std::find(info.files.begin(), info.files.end(), file) != info.files.end();
    const bool orphan = file != run.repository.manifest.location.file &&
                        std::find(loaded.begin(), loaded.end(), file) == loaded.end();
    if (own || (info.incomplete && orphan)) blocking.push_back(diagnostic);
  }
  return blocking;
}

std::string describe_approval(const Approval& approval) {
  std::string text = approval.by.value;
  if (approval.role.present) text += fmt::format(" ({})", approval.role.value);
  if (approval.date.present) text += fmt::format(" on {}", approval.date.value.text);
  return text;
}

/// Reads the file again, to be sure it is still what was loaded and checked.
bool unchanged_on_disk(const fs::path& path, const std::string& loaded) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return false;
  std::ostringstream contents;
  contents << stream.rdbuf();
  return contents.str() == loaded;
}

void refuse(ApproveResult& result, ApproveStatus status, std::string error, std::string hint = {}) {
  result.status = status;
  result.error = std::move(error);
  result.hint = std::move(hint);
}

}  // namespace

std::span<const std::string> approvable_registers() {
  static const std::array<std::string, 11> kNames = {"context", "parties",   "scope",    "assets",   "risks",
                                                     "suppliers", "soa", "documents", "evidence", "roles",
                                                     "objectives"};
  return kNames;
}

ApproveWordsProblem parse_approve_words(const std::vector<std::string>& words, ApproveOptions& options) {
  if (words.empty()) return {"say what to approve", register_hint()};
  std::size_t next = 1;
  const std::string& first = words.front();
  if (first == "scope" || first == "soa") {
    options.register_name = first;
  } else if (first == "register") {
    if (words.size() < 2) return {"'register' needs the name of a register", register_hint()};
    if (!is_approvable(words[1])) return {unknown_register(words[1]), register_hint()};
    options.register_name = words[1];
    next = 2;
  } else if (is_approvable(first)) {
    return {fmt::format("to approve the {}, write 'isms approve register {}'", register_title(first), first), {}};
  } else {
    return {unknown_register(first), register_hint()};
  }
  if (words.size() > next + 1) {
    return {fmt::format("too many arguments: '{}' after the repository '{}'", words[next + 1], words[next]), {}};
  }
  if (words.size() == next + 1) options.repository = words[next];
  return {};
}

void run_approve(const ApproveOptions& options, ApproveResult& result) {
  if (!is_approvable(options.register_name)) {
    return refuse(result, ApproveStatus::InvalidArgument, unknown_register(options.register_name), register_hint());
  }
  const std::string by(trimmed(options.by, " \t"));
  const std::string role(trimmed(options.role, " \t"));
  if (const Status recordable = check_recordable_text("--by", by); !recordable) {
    return refuse(result, ApproveStatus::InvalidArgument, recordable.error());
  }
  if (const Status recordable = check_recordable_text("--role", role); !recordable) {
    return refuse(result, ApproveStatus::InvalidArgument, recordable.error());
  }
  if (options.date.empty()) {
    Result<std::string> today = generation_date("");
    if (!today) return refuse(result, ApproveStatus::InvalidArgument, today.error());
    result.date = *today;
  } else {
    result.date = options.date;
  }
  Date parsed;
  if (!parse_date(result.date, parsed)) {
    return refuse(result, ApproveStatus::InvalidArgument,
                  fmt::format("--date must be a real date written YYYY-MM-DD, not '{}'", result.date));
  }

  // Only the loader's findings matter here; selecting APR001 runs no other rule.
  CheckOptions check;
  check.repository = options.repository;
  check.as_of = result.date;
  check.selection.select = {"APR001"};
  check.limits = options.limits;
  run_check(check, result.run);
  if (result.run.status != LoadStatus::Loaded) {
    return refuse(result, ApproveStatus::NotARepository,
                  fmt::format("{} is not a compliance repository that can be loaded", options.repository));
  }
  const std::vector<RegisterInfo>& registers = result.run.repository.registers;
  const auto found = std::find_if(registers.begin(), registers.end(),
                                  [&options](const RegisterInfo& info) { return info.name == options.register_name; });
  const std::string title(register_title(options.register_name));
  if (found == registers.end() || !found->found) {
    // A register file that exists but was not read (a symlink leading outside, say) is not missing.
    for (const Diagnostic& diagnostic : result.run.report.diagnostics) {
      if (diagnostic.code.rfind("IO", 0) == 0 && diagnostic.subject.rfind(options.register_name, 0) == 0) {
        return refuse(result, ApproveStatus::Refused,
                      fmt::format("the {} is not read: {} [{}]", title, diagnostic.message, diagnostic.code),
                      diagnostic.hint);
      }
    }
    return refuse(result, ApproveStatus::Refused, fmt::format("the repository has no {} to approve", title),
                  fmt::format("create {}.yaml (or the file that paths.{} in isms.yaml names) first",
                              options.register_name, options.register_name));
  }
  const RegisterInfo& info = *found;
  result.blocking = blocking_errors(result.run, info);
  if (!result.blocking.empty()) {
    return refuse(result, ApproveStatus::BlockedByErrors,
                  fmt::format("the {} cannot be approved: {} error{} above in its files; nothing was written", title,
                              result.blocking.size(), result.blocking.size() == 1 ? "" : "s"),
                  "fix them first: an approval records the content as it reads now");
  }
  const std::string digest = info.content_digest.empty()
                                 ? register_content_digest(result.run.files, info.files, options.limits)
                                 : info.content_digest;
  if (info.incomplete || digest.empty()) {
    return refuse(result, ApproveStatus::Refused, fmt::format("the {} could not be read completely", title),
                  "run 'isms check' and fix the errors it reports");
  }
  if (!info.control.present) {
    return refuse(result, ApproveStatus::Refused,
                  fmt::format("the {} has no 'register:' block to record the approval in", title),
                  "add register: {version, owner} to one of its files first");
  }

  result.by = by;
  result.role = role;
  const SourceFile& source = result.run.files.at(info.control.location.file);
  result.file = source.display_path;
  result.digest = digest;
  const ApprovalFields fields{by, role, result.date, digest};
  const ApprovalEdit edit = edit_approval(source.contents, fields, options.force, options.limits);
  result.previous = edit.previous;
  result.written = "approval: " + approval_flow_mapping(fields);
  if (edit.status == EditStatus::AlreadyApproved) {
    const Approval& existing = info.control.approval;
    result.line = existing.location.line;
    std::string state = "it records no digest of the content it approved";
    if (existing.digest.present) {
      state = existing.digest.value == digest ? "its content has not changed since"
                                                           : "its content has changed since (APR001)";
    }
    return refuse(result, ApproveStatus::AlreadyApproved,
                  fmt::format("the {} is already approved by {}; {}", title, describe_approval(existing), state),
                  "an approval is a signature: to replace it with yours, run the command again with --force");
  }
  if (edit.status == EditStatus::Unsupported) {
    return refuse(result, ApproveStatus::Refused,
                  fmt::format("cannot edit {} safely: {}", source.display_path, edit.problem),
                  fmt::format("nothing was written; add the approval to its register: block by hand:\n    {}",
                              result.written));
  }
  fs::path path = fs::path(options.repository) / source.relative_path;
  std::error_code error;
  if (fs::is_symlink(path, error)) path = fs::canonical(path, error);
  if (error || !unchanged_on_disk(path, source.contents)) {
    return refuse(result, ApproveStatus::Refused,
                  fmt::format("{} changed while isms approve was running; nothing was written", source.display_path),
                  "run the command again");
  }
  const fs::perms permissions = fs::status(path, error).permissions();
  if (const Status written = write_file_atomically(path.string(), edit.text); !written) {
    return refuse(result, ApproveStatus::Refused, written.error());
  }
  // The atomic write creates a new file; keep the permissions the register file had.
  if (!error) fs::permissions(path, permissions, error);
  result.line = edit.line;
  result.status = ApproveStatus::Approved;
}

}  // namespace isms
