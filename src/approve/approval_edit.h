#pragma once
/// Writing an approval into a register file's `register:` block by editing its text in place,
/// so that the user's comments, quoting and layout survive byte for byte outside the approval.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/limits.h"

namespace isms {

/// The approval to record; values are plain text, quoted here as YAML needs.
struct ApprovalFields {
  std::string by;
  std::string role;
  std::string date;    ///< YYYY-MM-DD
  std::string digest;  ///< "sha256:…"
};

/// How an edit ended.
enum class EditStatus {
  Edited,           ///< `text` holds the new file
  AlreadyApproved,  ///< the block has an approval and replacing it was not allowed
  Unsupported,      ///< the file cannot be edited safely; `problem` says why
};

/// The result of editing one file.
struct ApprovalEdit {
  EditStatus status = EditStatus::Unsupported;
  std::string text;            ///< the whole edited file
  std::string problem;         ///< why the file was not edited
  std::string previous;        ///< the approval that was (or would be) replaced, as written
  bool replaced = false;       ///< an existing approval was replaced, rather than one inserted
  std::uint32_t line = 0;      ///< 1-based line of the approval in the edited file
  std::size_t begin = 0;       ///< the bytes [begin, old_end) of the old file ...
  std::size_t old_end = 0;
  std::size_t new_end = 0;     ///< ... became [begin, new_end) of the new one
};

/// A scalar as it is written in a flow mapping: plain when that reads back as the same text,
/// else double-quoted with escapes.
std::string flow_scalar(std::string_view value);

/// `{by: …, role: …, date: …, digest: …}`.
std::string approval_flow_mapping(const ApprovalFields& fields);

/// Sets `register.approval` in the file `text`: replaces the value of an existing `approval:`
/// (only when `replace_existing`) with a flow mapping, or inserts an `approval:` line after the
/// last key of the block. The edit is re-parsed and checked: the file loads, nothing outside
/// the approval changed, its content digest is the same, and the approval reads back as given.
ApprovalEdit edit_approval(std::string_view text, const ApprovalFields& fields, bool replace_existing,
                           const Limits& limits);

}  // namespace isms
