// `isms diff`: resolve both sides, check each, and compare the models and the findings.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "diff/git_snapshot.h"
#include "diff/model_diff.h"
#include "model/dates.h"
#include "run/check_run.h"
#include "diff/diff.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// A side ready to be checked: the folder to load, and the temporary folder that owns it.
struct PreparedSide {
  std::string folder;
  std::unique_ptr<TempFolder> temp;  ///< set for revisions; removes the snapshot when the side goes
};

/// Materialises one revision.
Status prepare_revision(const DiffOptions& options, const GitLocation& location, std::string_view role,
                        const std::string& revision, DiffSide& side, PreparedSide& prepared) {
  side.label = revision;
  side.kind = "revision";
  Result<std::string> commit = resolve_commit(options.repository, revision);
  if (!commit) return Error{commit.error()};
  side.commit = *commit;
  prepared.temp = std::make_unique<TempFolder>();
  if (Status created = prepared.temp->create(); !created) return created;
  Result<std::string> folder = write_snapshot(options.repository, location, side.commit, *prepared.temp);
  if (!folder) return Error{fmt::format("{} {}: {}", role, revision, folder.error())};
  prepared.folder = *folder;
  return Done{};
}

/// Decides what BASE and HEAD are and makes a folder of each.
Status prepare_sides(const DiffOptions& options, DiffReport& report, PreparedSide& base, PreparedSide& head) {
  std::error_code status;
  if (fs::is_directory(options.base, status)) {
    if (options.head.empty() || !fs::is_directory(options.head, status)) {
      return Error{options.head.empty()
                       ? fmt::format("BASE {} is a folder, so HEAD must be a folder too; to compare with git revisions, "
                                     "give revisions and --repo",
                                     options.base)
                       : fmt::format("BASE {} is a folder but HEAD {} is not; give two folders or two revisions",
                                     options.base, options.head)};
    }
    report.base = DiffSide{options.base, "folder", {}, {}, 0};
    report.head = DiffSide{options.head, "folder", {}, {}, 0};
    base.folder = options.base;
    head.folder = options.head;
    return Done{};
  }
  Result<GitLocation> location = locate_in_git(options.repository);
  if (!location) return Error{location.error()};
  report.prefix = location->prefix;
  if (Status prepared = prepare_revision(options, *location, "BASE", options.base, report.base, base); !prepared) {
    return prepared;
  }
  if (options.head.empty()) {
    report.head = DiffSide{"working tree", "working-tree", {}, {}, 0};
    head.folder = options.repository;
    return Done{};
  }
  if (Status prepared = prepare_revision(options, *location, "HEAD", options.head, report.head, head); !prepared) {
    if (fs::is_directory(options.head, status)) {
      return Error{prepared.error() + "; to compare folders, BASE must be a folder too"};
    }
    return prepared;
  }
  return Done{};
}

/// Why a side could not be loaded, in terms of what the user gave rather than temporary paths.
std::string unloadable(std::string_view role, const DiffSide& side, const std::string& prefix, const CheckRun& run) {
  if (side.kind == "revision") {
    return fmt::format("{} {} (commit {}) has no compliance repository in '{}': there is no isms.yaml", role, side.label,
                       side.commit.substr(0, 12), prefix.empty() ? "." : prefix);
  }
  const std::string reason = run.report.diagnostics.empty() ? "it cannot be loaded" : run.report.diagnostics.front().message;
  return fmt::format("{} {} is not a compliance repository: {}", role, side.label, reason);
}

/// `text` without the folder the side was loaded from: a few findings quote file paths as
/// shown, which would name a temporary folder and keep the two sides from matching.
std::string without_root(std::string text, const std::string& root) {
  if (root.empty() || root == ".") return text;
  const std::string prefix = root.back() == '/' ? root : root + "/";
  for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
  return text;
}

/// The findings of a run as plain values, with the fingerprints that match them across sides.
std::vector<FindingChange> findings_of(const CheckRun& run, const std::string& root) {
  std::vector<FindingChange> findings;
  for (Diagnostic diagnostic : run.report.diagnostics) {
    diagnostic.message = without_root(diagnostic.message, root);
    diagnostic.hint = without_root(diagnostic.hint, root);
    diagnostic.subject = without_root(diagnostic.subject, root);
    const SourceFile* file = source_file_of(run.report, diagnostic);
    findings.push_back(FindingChange{fingerprint(diagnostic, run.files), diagnostic.code, diagnostic.severity,
                                     file != nullptr ? file->relative_path : std::string(),
                                     file != nullptr ? diagnostic.location.line : 0, diagnostic.message, diagnostic.hint});
  }
  return findings;
}

/// The findings of `from` that `against` does not have, each fingerprint absorbing one finding.
std::vector<FindingChange> unmatched(const std::vector<FindingChange>& from, const std::vector<FindingChange>& against) {
  std::unordered_map<std::string, std::size_t> known;
  for (const FindingChange& finding : against) ++known[finding.fingerprint];
  std::vector<FindingChange> out;
  for (const FindingChange& finding : from) {
    std::size_t& count = known[finding.fingerprint];
    if (count > 0) {
      --count;
    } else {
      out.push_back(finding);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FindingChange& a, const FindingChange& b) {
    return std::tuple(b.severity, a.file, a.line, a.code) < std::tuple(a.severity, b.file, b.line, b.code);
  });
  return out;
}

void record_side(const CheckRun& run, DiffSide& side) {
  side.findings = count_by_severity(run.report);
  side.files = run.report.files_checked;
}

}  // namespace

Status run_diff(const DiffOptions& options, DiffReport& report) {
  report.as_of = options.as_of.empty() ? today_iso_date() : options.as_of;
  report.tool_version = ISMS_VERSION;
  PreparedSide base, head;
  if (Status prepared = prepare_sides(options, report, base, head); !prepared) return prepared;

  CheckOptions check;
  check.as_of = report.as_of;
  check.limits = options.limits;
  // A revision's snapshot holds only YAML, so its document files would all look missing; both
  // sides skip them, or every document would differ between a revision and the working tree.
  if (base.temp != nullptr || head.temp != nullptr) check.limits.read_document_files = false;
  CheckRun base_run, head_run;
  check.repository = base.folder;
  run_check(check, base_run);
  if (base_run.status != LoadStatus::Loaded) return Error{unloadable("BASE", report.base, report.prefix, base_run)};
  check.repository = head.folder;
  run_check(check, head_run);
  if (head_run.status != LoadStatus::Loaded) return Error{unloadable("HEAD", report.head, report.prefix, head_run)};
  record_side(base_run, report.base);
  record_side(head_run, report.head);
  report.changes = compare_repositories(base_run.repository, head_run.repository);
  const std::vector<FindingChange> old_findings = findings_of(base_run, base.folder);
  const std::vector<FindingChange> new_findings = findings_of(head_run, head.folder);
  report.new_findings = unmatched(new_findings, old_findings);
  report.fixed_findings = unmatched(old_findings, new_findings);
  return Done{};
}

std::size_t count_new_findings(const DiffReport& report, Severity severity) {
  return static_cast<std::size_t>(std::count_if(report.new_findings.begin(), report.new_findings.end(),
                                                [severity](const FindingChange& finding) { return finding.severity >= severity; }));
}

}  // namespace isms
