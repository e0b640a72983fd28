// Clause 7.5.2 and 7.5.3: the approval recorded in each register's document-control block.
// These judge the content (is it approved, is the approval still of this content); that the
// block is there at all is the format's (REG001, src/check/repository_checks.cc).
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "load/approval_digest.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// The `isms approve` arguments that name a register: "scope", "soa" or "register assets".
std::string approve_target(std::string_view name) {
  if (name == "scope" || name == "soa") return std::string(name);
  return fmt::format("register {}", name);
}

/// A value as the shell needs it in a suggested command: bare when it is one plain word, else
/// in double quotes, or in single quotes when it holds characters special inside double quotes.
std::string shell_word(std::string_view value) {
  const bool plain = !value.empty() && value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                               "0123456789._-/+=:,@") == std::string_view::npos;
  if (plain) return std::string(value);
  if (value.find_first_of("\"$`\\!") == std::string_view::npos) return fmt::format("\"{}\"", value);
  std::string quoted = "'";
  for (char c : value) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

void check_approval_current(RuleContext& context) {
  std::size_t digests = 0;
  for (const RegisterInfo& info : context.repository().registers) {
    const Approval& approval = info.control.approval;
    // Without a digest there is nothing to compare: approvals written by hand, or before
    // digests existed, are taken as they are. A malformed digest is the schema's finding, and
    // a register with a file that did not load has no digest of its whole content.
    if (!info.control.present || !approval.present || !approval.digest.present) continue;
    if (!is_content_digest(approval.digest.value) || info.content_digest.empty()) continue;
    ++digests;
    if (approval.digest.value == info.content_digest) continue;
    const std::string who = has_text(approval.role) ? fmt::format("{} ({})", approval.by.value, approval.role.value)
                                                    : approval.by.value;
    const std::string when = approval.date.present ? fmt::format(" on {}", approval.date.value.text) : "";
    context.report(approval.location,
                   fmt::format("the {} was approved by {}{}, but its content has changed since (digest {} recorded, {} now)",
                               register_title(info.name), who, when, short_digest(approval.digest.value),
                               short_digest(info.content_digest)),
                   fmt::format("review the changes, then approve again: isms approve {} --by {} --role {} --force",
                               approve_target(info.name), shell_word(approval.by.value), shell_word(approval.role.value)),
                   fmt::format("register:{}:approval", info.name));
  }
  context.examined(digests, "approval digest", "approval digests");
}

void check_register_approved(RuleContext& context) {
  std::size_t blocks = 0;
  for (const RegisterInfo& info : context.repository().registers) {
    // The register: block may be in the file that could not be read; that error is reported.
    if (info.files.empty() || info.incomplete || !info.control.present) continue;
    // The scope and the SoA have their own, stricter rules (SCP001, SOA009).
    if (info.name == "scope" || info.name == "soa") continue;
    ++blocks;
    if (info.control.approval.present) continue;
    context.report(info.control.location,
                   fmt::format("the {} (version {}) has no recorded approval", register_title(info.name),
                               info.control.version.value),
                   "record who approved it: approval: {by, role, date}", "register:" + info.name);
  }
  context.examined(blocks, "register", "registers");
}

}  // namespace isms
