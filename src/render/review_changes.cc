// 9.3.2 b) and c): the context and parties registers at the last commit on or before the date
// of the last management review, compared with the working tree.
#include "render/review_changes.h"

#include <fmt/format.h>

#include "diff/git_snapshot.h"
#include "diff/model_diff.h"
#include "util/git_process.h"

namespace isms {
namespace {

constexpr std::size_t kMaxCommitOutput = 256;

/// The last commit of HEAD's history whose committer date is on or before `date`; empty when
/// there is none. Commit dates are compared at the end of that day in UTC.
std::string last_commit_on_or_before(const std::string& folder, const std::string& date) {
  std::string output;
  const GitCommand command{folder, {"rev-list", "-1", fmt::format("--before={} 23:59:59 +0000", date), "HEAD", "--"}, {},
                           kMaxCommitOutput};
  if (run_git(command, output) != 0) return {};
  return trim_line_end(output);
}

ReviewChanges unavailable(ReviewChanges changes, std::string reason) {
  changes.available = false;
  changes.reason = std::move(reason);
  return changes;
}

void keep_register(const std::vector<RecordChange>& all, std::string_view name, std::vector<RecordChange>& out) {
  for (const RecordChange& change : all) {
    if (change.register_name == name) out.push_back(change);
  }
}

}  // namespace

ReviewChanges review_changes(const CheckOptions& check, const Repository& head, const std::string& since) {
  ReviewChanges changes;
  changes.since = since;
  if (since.empty()) {
    return unavailable(changes, "no management review has been held and isms.yaml does not say since when the ISMS "
                                "operates (settings.operation.since), so there is no date to compare with");
  }
  const GitLookup lookup = find_git_repository(check.repository);
  if (!lookup.found) {
    return unavailable(changes, lookup.refusal.empty() ? std::string("the repository is not in a git checkout, so its "
                                                                     "registers as they were on that date are unknown")
                                                       : fmt::format("git was not run: {}", lookup.refusal));
  }
  Result<GitLocation> location = locate_in_git(check.repository);
  if (!location) return unavailable(changes, location.error());
  changes.commit = last_commit_on_or_before(check.repository, since);
  if (changes.commit.empty()) {
    return unavailable(changes, fmt::format("the git history has no commit on or before {}, so the registers as "
                                            "they were on that date are unknown",
                                            since));
  }
  TempFolder temp;
  if (Status created = temp.create(); !created) return unavailable(changes, created.error());
  Result<std::string> folder = write_snapshot(check.repository, *location, changes.commit, temp);
  if (!folder) return unavailable(changes, folder.error());
  CheckOptions base_check = check;
  base_check.repository = *folder;
  // The snapshot holds only YAML; its documents' files would all look missing.
  base_check.limits.read_document_files = false;
  CheckRun base;
  run_check(base_check, base);
  if (base.status != LoadStatus::Loaded) {
    return unavailable(changes, fmt::format("commit {} has no compliance repository that can be loaded",
                                            changes.commit.substr(0, 12)));
  }
  const ModelDiff diff = compare_repositories(base.repository, head);
  keep_register(diff.records, "context", changes.issues);
  keep_register(diff.records, "parties", changes.parties);
  keep_register(diff.records, "requirements", changes.requirements);
  for (const IncompleteRegister& register_side : diff.incomplete) {
    if (register_side.register_name == "context" || register_side.register_name == "parties") {
      changes.incomplete.push_back(fmt::format("{} ({})", register_side.register_name,
                                               register_side.side == "BASE" ? "at the commit" : "now"));
    }
  }
  changes.available = true;
  return changes;
}

}  // namespace isms
