// Clause 9.2: internal audit. The audits register records the programme and each audit; these
// rules judge what a certification auditor asks of it: a cycle that covers the whole ISMS,
// auditors who do not audit their own work, results that are recorded and reported, and a
// complete internal audit before the Stage 2 audit.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/dates.h"
#include "rules/audit_coverage.h"
#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// How many uncovered items a message names before it gives the count of the rest.
constexpr std::size_t kNamed = 5;

bool completed(const Audit& audit) { return audit.status.is(AuditStatus::Completed); }
bool whole(const Audit& audit) { return audit.whole_isms.present && audit.whole_isms.value; }

std::string lower_trimmed(std::string_view text) { return lower_case(trimmed(text)); }

/// "A.5.1, A.5.2, A.5.3, A.5.4, A.5.5 and 7 more", or "A.5.1 and A.5.2".
std::string first_few(const std::vector<std::string>& items) {
  std::string out;
  const std::size_t named = items.size() > kNamed ? kNamed : items.size();
  for (std::size_t index = 0; index < named; ++index) {
    if (index > 0) out += (index + 1 == named && items.size() == named) ? " and " : ", ";
    out += items[index];
  }
  if (items.size() > named) out += fmt::format(" and {} more", items.size() - named);
  return out;
}

/// The applicable Annex A controls the audit covers: all of them for a whole-ISMS audit.
std::vector<const SoaEntry*> covered_controls(const Repository& repository, const Audit& audit) {
  std::vector<const SoaEntry*> covered;
  for (const SoaEntry& entry : repository.soa) {
    if (!entry.applicable.present || !entry.applicable.value || !entry.control.present) continue;
    const bool listed = std::any_of(audit.controls.begin(), audit.controls.end(),
                                    [&entry](const Text& control) { return control.value == entry.control.value; });
    if (whole(audit) || listed) covered.push_back(&entry);
  }
  return covered;
}

/// Where a finding about the programme as a whole is reported.
SourceLocation programme_location(const RuleContext& context) {
  const AuditProgramme& programme = context.repository().audit_programme;
  return programme.present ? programme.location : context.register_location("audits");
}

/// True when internal audits are expected: the ISMS operates (Repository::operating(): the
/// manifest says since when, or records of work done exist). A fresh repository, with the empty
/// registers and the planned audits and reviews `isms init` writes, has no audits to judge yet.
bool audits_expected(const Repository& repository) { return repository.operating(); }

/// The names an auditor's ownership may be written by in the SoA: their id, their name, and the
/// ids and titles of their roles, lower-cased.
std::set<std::string> names_of(const Repository& repository, const Text& auditor) {
  std::set<std::string> names{lower_trimmed(auditor.value)};
  for (const Person& person : repository.people) {
    if (person.id.value != auditor.value) continue;
    if (person.name.present) names.insert(lower_trimmed(person.name.value));
    for (const Text& role_id : person.roles) {
      names.insert(lower_trimmed(role_id.value));
      for (const Role& role : repository.roles) {
        if (role.id.value == role_id.value && role.title.present) names.insert(lower_trimmed(role.title.value));
      }
    }
  }
  return names;
}

}  // namespace

void check_audit_programme_coverage(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!audits_expected(repository)) return;
  const Number& cycle = repository.audit_programme.cycle_months;
  const std::int64_t months = cycle.present && cycle.value > 0 ? cycle.value : repository.manifest.review_period_months;
  const std::int64_t start = context.today() - static_cast<std::int64_t>(std::llround(static_cast<double>(months) * 30.44));

  std::set<int> clauses;
  std::set<std::string> controls;
  bool whole_isms = false;
  for (const Audit& audit : repository.audits) {
    if (!completed(audit) || !audit.date.present || audit.date.value.days < start ||
        audit.date.value.days > context.today()) {
      continue;
    }
    whole_isms = whole_isms || whole(audit);
    for (const Text& clause : audit.clauses) clauses.insert(top_clause(clause.value));
    for (const Text& control : audit.controls) controls.insert(control.value);
  }
  std::vector<std::string> missing;
  std::size_t required = 0;
  for (int clause = kFirstAuditedClause; clause <= kLastAuditedClause; ++clause, ++required) {
    if (!whole_isms && !clauses.contains(clause)) missing.push_back(fmt::format("clause {}", clause));
  }
  for (const SoaEntry& entry : repository.soa) {
    if (!entry.applicable.present || !entry.applicable.value || !entry.control.present) continue;
    ++required;
    if (!whole_isms && !controls.contains(entry.control.value)) missing.push_back(entry.control.value);
  }
  context.examined(required, "clause or applicable control", "clauses and applicable controls");
  if (missing.empty()) return;
  context.report(programme_location(context),
                 fmt::format("the internal audits completed in the programme's cycle of {} months (since {}) do not "
                             "cover {} of the {} clauses and applicable controls: {}",
                             months, iso_date_of_days(start), missing.size(), required, first_few(missing)),
                 "plan and complete an audit of what is missing within the cycle, listing it under clauses and "
                 "controls, or record whole_isms: true on a completed audit of the whole ISMS",
                 "audits:coverage");
}

void check_auditor_independence(RuleContext& context) {
  const Repository& repository = context.repository();
  std::size_t examined = 0;
  for (const Audit& audit : repository.audits) {
    if (!audit.auditor.present || audit.status.is(AuditStatus::Cancelled)) continue;
    ++examined;
    const Text& auditor = audit.auditor;
    const bool auditee = std::any_of(audit.auditees.begin(), audit.auditees.end(),
                                     [&auditor](const Text& person) { return person.value == auditor.value; });
    if (auditee) {
      context.report(auditor.location,
                     fmt::format("audit {}: the auditor {} is also among its auditees, and would audit their own work",
                                 audit.id.value, auditor.value),
                     "appoint an auditor who is not audited, or have another auditor audit this person's work",
                     fmt::format("audit:{}:auditee", audit.id.value));
    }
    const std::set<std::string> names = names_of(repository, auditor);
    std::vector<std::string> owned;
    for (const SoaEntry* entry : covered_controls(repository, audit)) {
      if (entry->owner.present && names.contains(lower_trimmed(entry->owner.value))) owned.push_back(entry->control.value);
    }
    if (owned.empty()) continue;
    context.report(auditor.location,
                   fmt::format("audit {}: the auditor {} owns {} of the controls the audit covers ({}), and would "
                               "audit their own work",
                               audit.id.value, auditor.value, owned.size(), first_few(owned)),
                   "have these controls audited by someone who does not own them, or narrow the audit's controls",
                   fmt::format("audit:{}:owner", audit.id.value));
  }
  context.examined(examined, "audit", "audits");
}

void check_audit_results_recorded(RuleContext& context) {
  std::size_t examined = 0;
  for (const Audit& audit : context.repository().audits) {
    if (!completed(audit)) continue;
    ++examined;
    std::vector<std::string> missing;
    if (!audit.date.present) missing.emplace_back("the date it was performed (date)");
    if (!has_text(audit.report)) missing.emplace_back("its report (report)");
    if (!audit.reported.present) missing.emplace_back("the date its results were reported to management (reported)");
    if (!missing.empty()) {
      context.report(audit.id.location,
                     fmt::format("completed audit {} does not record {}", audit.id.value, first_few(missing)),
                     "record when the audit was performed, the document or evidence record of its report, and the date "
                     "its results went to management",
                     fmt::format("audit:{}:results", audit.id.value));
    }
    for (const AuditFinding& finding : audit.findings) {
      if (!finding.grade.present) {
        context.report(finding.id.location,
                       fmt::format("finding {} of audit {} has no grade", finding.id.value, audit.id.value),
                       "grade it major, minor or observation", fmt::format("finding:{}:grade", finding.id.value));
      } else if ((finding.grade.is(FindingGrade::Major) || finding.grade.is(FindingGrade::Minor)) &&
                 !has_text(finding.nonconformity)) {
        context.report(finding.id.location,
                       fmt::format("finding {} of audit {} is a {} nonconformity but names no nonconformity record",
                                   finding.id.value, audit.id.value, text_of(finding.grade)),
                       "raise it in the nonconformity register and name it under nonconformity (clause 10.2)",
                       fmt::format("finding:{}:nonconformity", finding.id.value));
      }
    }
  }
  context.examined(examined, "completed audit", "completed audits");
}

void check_whole_isms_audited(RuleContext& context) {
  const Repository& repository = context.repository();
  const LocatedDate& stage2 = repository.manifest.certification.stage2_date;
  if (!audits_expected(repository) && !stage2.present) return;
  context.examined(1, "internal audit of the whole ISMS", "internal audits of the whole ISMS");
  const bool audited = std::any_of(repository.audits.begin(), repository.audits.end(), [&stage2](const Audit& audit) {
    if (!completed(audit) || !covers_whole_isms(audit)) return false;
    return !stage2.present || (audit.date.present && audit.date.value.days < stage2.value.days);
  });
  if (audited) return;
  if (stage2.present) {
    context.report(stage2.location,
                   fmt::format("no completed internal audit of the whole ISMS is dated before the Stage 2 audit on {}",
                               stage2.value.text),
                   fmt::format("complete an internal audit of every clause 4 to 10 and every applicable control before "
                               "{} and record it in the audits register with whole_isms: true",
                               stage2.value.text),
                   "audits:whole-isms");
    return;
  }
  const LocatedDate& since = repository.manifest.operating_since;
  context.report(since.present ? since.location : context.register_location("audits"),
                 since.present ? fmt::format("the ISMS operates (since {}) but no completed internal audit of the "
                                             "whole ISMS is recorded",
                                             since.value.text)
                               : std::string("the ISMS operates (its registers record audits, reviews or other "
                                             "operating records) but no completed internal audit of the whole ISMS "
                                             "is recorded"),
                 "complete an internal audit of every clause 4 to 10 and every applicable control within the "
                 "programme's cycle and record it in the audits register with whole_isms: true",
                 "audits:whole-isms");
}

}  // namespace isms
