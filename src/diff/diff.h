#pragma once
/// `isms diff`: what changed in an ISMS between two git revisions or two folders, told as an
/// auditor reads it: records by id, control decisions, risk levels against the acceptance
/// threshold, the scope, and the findings that appeared or went away.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"
#include "model/diagnostic.h"
#include "util/limits.h"
#include "model/report.h"

namespace isms {

/// What the user asked for.
struct DiffOptions {
  std::string base;              ///< a folder, or a revision of the git repository holding `repository`
  std::string head;              ///< the same kind as `base`; empty means the working tree of `repository`
  std::string repository = ".";  ///< --repo: the compliance repository folder, for revisions
  std::string as_of;             ///< YYYY-MM-DD for the checks of both sides; empty means today
  Limits limits;
};

/// Whether something is new, gone or different.
enum class ChangeKind { Added, Removed, Changed };

/// "added", "removed" or "changed".
std::string_view change_kind_name(ChangeKind kind);

/// One field of a record that differs; values are as written, "" when absent.
struct FieldChange {
  std::string field;   ///< "residual.likelihood", "justification"
  std::string before;
  std::string after;
  bool list = false;   ///< a list of ids: `added` and `removed` say how it changed
  std::vector<std::string> added, removed;
};

/// A record added, removed or changed in a register, matched by id.
struct RecordChange {
  std::string register_name;  ///< "risks", "soa", "scope", "requirements", "manifest", "document-control"
  std::string id;
  std::string title;          ///< the record's name or title, HEAD's if it has one
  ChangeKind kind = ChangeKind::Changed;
  std::vector<FieldChange> fields;  ///< only for changed records
};

/// A control whose applicability or implementation status changed, or whose exclusion was
/// justified differently. Values are "applicable", "excluded", "undecided" or "not listed".
struct ControlChange {
  std::string control;  ///< "A.8.16"
  std::string title;    ///< from the Annex A catalogue; empty for an unknown id
  std::string applicability_before, applicability_after;
  std::string status_before, status_after;
  std::string justification_before, justification_after;  ///< set when excluded on HEAD
};

/// A risk level under the repository's method; `known` is false without likelihood and impact.
struct RiskLevel {
  bool known = false;
  std::int64_t likelihood = 0;
  std::int64_t impact = 0;
  std::int64_t level = 0;
};

/// Which way a residual risk crossed the acceptance threshold.
enum class Crossing { None, Up, Down };

/// A risk whose inherent or residual level, treatment or acceptability changed, or that was
/// added or removed. The residual level is the residual scores, or the inherent ones without them.
struct RiskChange {
  std::string id, title;
  ChangeKind kind = ChangeKind::Changed;
  RiskLevel inherent_before, inherent_after;
  RiskLevel residual_before, residual_after;
  std::string treatment_before, treatment_after;
  std::int64_t threshold_before = 0, threshold_after = 0;
  bool above_before = false, above_after = false;  ///< residual level above the acceptance threshold
  Crossing crossing = Crossing::None;  ///< Up also for a new risk that is above the threshold
};

/// A change to the scope of the ISMS (Clause 4.3).
struct ScopeChange {
  std::string aspect;  ///< "service", "location", "technology", "people", "exclusion", "boundary", "statement", "soa_version"
  std::string id;      ///< the item's id, or the boundary's name
  std::string name;    ///< the item's name, or the exclusion's `what`
  ChangeKind kind = ChangeKind::Changed;
  std::string before, after;  ///< items: "in scope"/"out of scope"; exclusions: the rationale; else the text
};

/// A register one of whose files could not be read, so its changes may be incomplete.
struct IncompleteRegister {
  std::string register_name;
  std::string side;  ///< "BASE" or "HEAD"
};

/// Everything that differs between two models.
struct ModelDiff {
  std::vector<RecordChange> records;
  std::vector<ControlChange> controls;
  std::vector<RiskChange> risks;
  std::vector<ScopeChange> scope;
  std::vector<IncompleteRegister> incomplete;
};

/// A finding present on one side only, matched by fingerprint.
struct FindingChange {
  std::string fingerprint, code;
  Severity severity = Severity::Error;
  std::string file;  ///< relative to the compliance repository; empty when it has none
  std::uint32_t line = 0;
  std::string message, hint;
};

/// One side of the comparison.
struct DiffSide {
  std::string label;   ///< as given: "HEAD~1", "old-isms", or "working tree"
  std::string kind;    ///< "revision", "folder" or "working-tree"
  std::string commit;  ///< full hash for a revision; else empty
  SeverityCounts findings;
  std::size_t files = 0;
};

/// A finished comparison.
struct DiffReport {
  DiffSide base, head;
  std::string as_of;
  std::string tool_version;
  std::string prefix;  ///< the compliance repository's folder in the git tree ("compliance/"), for revisions
  ModelDiff changes;
  std::vector<FindingChange> new_findings;    ///< on HEAD only, most severe first
  std::vector<FindingChange> fixed_findings;  ///< on BASE only, most severe first
};

/// Loads and checks both sides and compares them. The error is a usage error (a folder and a
/// revision mixed), a bad revision, no git repository, or a side that is not a compliance
/// repository. Temporary folders are removed before it returns.
Status run_diff(const DiffOptions& options, DiffReport& report);

/// Plain text for a terminal.
std::string format_diff_text(const DiffReport& report);
/// GitHub-flavoured Markdown for a pull-request comment.
std::string format_diff_markdown(const DiffReport& report);
/// JSON, `schema_version` 1, documented in docs/reference/commands.md.
std::string format_diff_json(const DiffReport& report);

/// Number of new findings at or above `severity`.
std::size_t count_new_findings(const DiffReport& report, Severity severity);

}  // namespace isms
