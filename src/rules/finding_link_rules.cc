// Clause 10.2 with 9.2.2: a nonconformity raised from an internal audit finding says what the
// finding says. A finding the auditor graded major but recorded as a minor nonconformity escapes
// NCR003 and the Stage 2 gate, so the verdict would be kinder than the auditor; and a finding and
// its nonconformity that do not name each other cannot be traced from audit to correction.
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {
namespace {

/// A finding of an internal audit and the nonconformity linked to it, from either side.
struct FindingLink {
  const Audit* audit;
  const AuditFinding* finding;
  const Nonconformity* nc;
};

/// The linked pairs, once each: first as the findings name their nonconformities, then as the
/// nonconformities name their findings. Ids that name no record are left to the reference checks.
std::vector<FindingLink> linked_pairs(const Repository& repository) {
  std::unordered_map<std::string, const Nonconformity*> ncs;
  for (const Nonconformity& nc : repository.nonconformities) {
    if (has_text(nc.id)) ncs.emplace(nc.id.value, &nc);
  }
  std::unordered_map<std::string, std::pair<const Audit*, const AuditFinding*>> findings;
  for (const Audit& audit : repository.audits) {
    for (const AuditFinding& finding : audit.findings) {
      if (has_text(finding.id)) findings.emplace(finding.id.value, std::pair{&audit, &finding});
    }
  }

  std::vector<FindingLink> pairs;
  std::set<std::pair<const AuditFinding*, const Nonconformity*>> seen;
  const auto add = [&pairs, &seen](const Audit* audit, const AuditFinding* finding, const Nonconformity* nc) {
    if (seen.insert({finding, nc}).second) pairs.push_back({audit, finding, nc});
  };
  for (const Audit& audit : repository.audits) {
    for (const AuditFinding& finding : audit.findings) {
      if (!has_text(finding.nonconformity)) continue;
      const auto nc = ncs.find(finding.nonconformity.value);
      if (nc != ncs.end()) add(&audit, &finding, nc->second);
    }
  }
  for (const Nonconformity& nc : repository.nonconformities) {
    if (!has_text(nc.source_record)) continue;
    const auto finding = findings.find(nc.source_record.value);
    if (finding != findings.end()) add(finding->second.first, finding->second.second, &nc);
  }
  return pairs;
}

/// a) The nonconformity keeps the auditor's grade. A grade the schema rejects is left to it.
void check_grade(RuleContext& context, const FindingLink& link) {
  const Choice<FindingGrade>& found = link.finding->grade;
  const Choice<FindingGrade>& recorded = link.nc->grade;
  if (!found.known || !recorded.known || found.value == recorded.value) return;
  context.report(recorded.location,
                 fmt::format("nonconformity {} is graded {}, but finding {} of audit {}, which raised it, is graded {}",
                             link.nc->id.value, text_of(recorded), link.finding->id.value, link.audit->id.value,
                             text_of(found)),
                 "give both the same grade: a finding keeps the grade the auditor gave it unless the auditor "
                 "regrades it, with the reason recorded",
                 fmt::format("nonconformities:{}:finding-grade", link.nc->id.value));
}

constexpr const char* kNameEachOther =
    "name the finding under the nonconformity's source_record and the nonconformity under the finding's "
    "nonconformity, so that each can be traced to the other";

/// b) The finding and the nonconformity name each other. A major or minor finding that names no
/// nonconformity at all is AUD003's.
void check_links(RuleContext& context, const FindingLink& link) {
  const AuditFinding& finding = *link.finding;
  const Nonconformity& nc = *link.nc;
  const bool finding_names_nc = has_text(finding.nonconformity) && finding.nonconformity.value == nc.id.value;
  const bool nc_names_finding = has_text(nc.source_record) && nc.source_record.value == finding.id.value;
  const std::string subject = fmt::format("nonconformities:{}:finding-link:{}", nc.id.value, finding.id.value);
  if (finding_names_nc && !has_text(nc.source_record)) {
    context.report(nc.id.location,
                   fmt::format("nonconformity {} does not name finding {} of audit {}, which raised it, as its "
                               "source_record",
                               nc.id.value, finding.id.value, link.audit->id.value),
                   kNameEachOther, subject);
  } else if (finding_names_nc && !nc_names_finding) {
    context.report(nc.source_record.location,
                   fmt::format("nonconformity {} names {} as its source_record, but finding {} of audit {} names "
                               "{} as the nonconformity it raised",
                               nc.id.value, nc.source_record.value, finding.id.value, link.audit->id.value,
                               nc.id.value),
                   kNameEachOther, subject);
  } else if (nc_names_finding && has_text(finding.nonconformity) && !finding_names_nc) {
    context.report(finding.nonconformity.location,
                   fmt::format("finding {} of audit {} names nonconformity {}, but nonconformity {} names the "
                               "finding as its source_record",
                               finding.id.value, link.audit->id.value, finding.nonconformity.value, nc.id.value),
                   kNameEachOther, subject);
  }
}

/// c) A finding of the audits register is an internal audit's, so its nonconformity's source is
/// internal-audit. A source the schema rejects is left to it.
void check_source(RuleContext& context, const FindingLink& link) {
  const Nonconformity& nc = *link.nc;
  const bool nc_names_finding = has_text(nc.source_record) && nc.source_record.value == link.finding->id.value;
  if (!nc_names_finding || !nc.source.known || nc.source.is(NonconformitySource::InternalAudit)) return;
  context.report(nc.source.location,
                 fmt::format("nonconformity {} came from finding {} of internal audit {}, but its source is {}",
                             nc.id.value, link.finding->id.value, link.audit->id.value, text_of(nc.source)),
                 "set source: internal-audit, since the audits register holds internal audits; a certification "
                 "body's finding is recorded with source: external-audit and no finding of that register",
                 fmt::format("nonconformities:{}:finding-source", nc.id.value));
}

}  // namespace

void check_nonconformity_matches_finding(RuleContext& context) {
  const std::vector<FindingLink> pairs = linked_pairs(context.repository());
  context.examined(pairs.size(), "nonconformity raised from an audit finding",
                   "nonconformities raised from an audit finding");
  for (const FindingLink& link : pairs) {
    check_grade(context, link);
    check_links(context, link);
    check_source(context, link);
  }
}

}  // namespace isms
