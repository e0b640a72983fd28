// Clause 6.1.3 d): the Statement of Applicability.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "model/catalogue.h"
#include "model/placeholder.h"
#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// Justifications shorter than this cannot say why a control does not apply.
constexpr std::size_t kMinimumJustificationLength = 15;

/// SOA010's default: this many entries sharing one justification is a copied stock phrase.
constexpr std::int64_t kDefaultRepeatedJustifications = 5;

/// SOA011's default: one record as the only evidence of this many controls.
constexpr std::int64_t kDefaultSoleEvidenceControls = 8;

/// What two justifications are compared by: case and spacing aside, and one trailing period.
std::string justification_key(std::string_view text) {
  std::string key = comparison_key(text);
  if (key.ends_with('.')) key.pop_back();
  return key;
}

/// "A.5.1, A.5.2 and A.5.3".
std::string control_list(const std::vector<const SoaEntry*>& entries) {
  std::string list;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) list += i + 1 == entries.size() ? " and " : ", ";
    list += entries[i]->control.value;
  }
  return list;
}

/// True when a justification is missing, blank or too short to give a reason. Placeholder text
/// ("TBD", "N/A", "To be assessed") is PLH001's, reported once by the shared detector, so it
/// does not count here.
bool lacks_justification(const Text& justification) {
  if (!justification.present) return true;
  if (is_placeholder(justification.value, FieldKind::Reason)) return false;
  std::string_view text = trimmed(justification.value);
  if (text.empty()) return true;
  if (text.ends_with('.')) text.remove_suffix(1);
  return text.size() < kMinimumJustificationLength;
}

bool is_excluded(const SoaEntry& entry) { return entry.applicable.present && !entry.applicable.value; }

bool is_included(const SoaEntry& entry) { return entry.applicable.present && entry.applicable.value; }

bool is_implemented(const SoaEntry& entry) { return entry.status.is(SoaStatus::Implemented); }

/// SoA entries grouped by a key, in the order each key first appears.
class EntryGroups {
 public:
  void add(const std::string& key, const SoaEntry& entry) {
    auto [found, inserted] = index_.emplace(key, groups_.size());
    if (inserted) groups_.emplace_back();
    groups_[found->second].push_back(&entry);
  }
  const std::vector<std::vector<const SoaEntry*>>& groups() const { return groups_; }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::vector<const SoaEntry*>> groups_;
};

/// Reports that there is no SoA, or that it lists no controls: one finding instead of 93.
void report_empty_soa(RuleContext& context) {
  const RegisterInfo* info = context.find_register("soa");
  const bool has_file = info != nullptr && !info->files.empty();
  context.report(context.register_location("soa"),
                 has_file ? "the Statement of Applicability lists no controls; Clause 6.1.3 d) requires it to cover "
                            "every Annex A control"
                          : "the repository has no Statement of Applicability; Clause 6.1.3 d) requires one covering "
                            "every Annex A control",
                 "create soa.yaml (or a soa/ folder) with one entry per Annex A 2022 control: applicable, "
                 "justification, status and owner",
                 "register:soa");
}

/// The newest dated evidence record among these ids, or nullptr when none is known.
const Evidence* newest_evidence(const IdList& ids,
                                const std::unordered_map<std::string_view, const Evidence*>& evidence_by_id) {
  const Evidence* newest = nullptr;
  for (const Text& id : ids) {
    auto found = evidence_by_id.find(id.value);
    if (found == evidence_by_id.end() || !found->second->date.present) continue;  // REF001 reports unknown ids
    if (newest == nullptr || found->second->date.value.days > newest->date.value.days) newest = found->second;
  }
  return newest;
}

/// The controls that at least one risk lists under controls: the ones a "risk" reason can rest on.
std::unordered_set<std::string_view> controls_named_by_risks(const Repository& repository) {
  std::unordered_set<std::string_view> named;
  for (const Risk& risk : repository.risks) {
    for (const Text& control : risk.controls) named.insert(control.value);
  }
  return named;
}

/// True when the entry gives this reason for its inclusion.
bool cites_reason(const SoaEntry& entry, std::string_view reason) {
  return std::any_of(entry.reasons.begin(), entry.reasons.end(),
                     [reason](const Text& given) { return given.value == reason; });
}

/// Reports an applicable control with no reasons.
void report_missing_reasons(RuleContext& context, const SoaEntry& entry) {
  context.report(entry.control.location,
                 fmt::format("control {} is applicable but gives no reason for its inclusion", entry.control.value),
                 "add reasons: [risk, legal, contract, business, best-practice], whichever apply",
                 fmt::format("soa:{}:reasons", entry.control.value));
}

/// Reports an applicable control whose justification is missing, blank or too short.
void report_placeholder_inclusion(RuleContext& context, const SoaEntry& entry) {
  const std::string problem = has_text(entry.justification)
                                  ? fmt::format("\"{}\" is not a justification", entry.justification.value)
                                  : std::string("no justification is given");
  context.report(entry.justification.present ? entry.justification.location : entry.control.location,
                 fmt::format("control {} is applicable but {}", entry.control.value, problem),
                 "say what the control is for: the risks, legal duties, contracts or business needs it answers",
                 fmt::format("soa:{}:inclusion-justification", entry.control.value));
}

/// Reports a "risk" reason that no risk in the register bears out.
void report_unsupported_risk_reason(RuleContext& context, const SoaEntry& entry) {
  context.report(entry.control.location,
                 fmt::format("control {} is included for reason risk, but no risk in the risk register lists it "
                             "under controls",
                             entry.control.value),
                 fmt::format("add {} to the controls of the risks it treats, or give the reason it is really "
                             "included (legal, contract, business, best-practice)",
                             entry.control.value),
                 fmt::format("soa:{}:risk-reason", entry.control.value));
}

}  // namespace

void check_soa_complete(RuleContext& context) {
  context.examined(1, "Statement of Applicability", "Statements of Applicability");
  if (context.repository().soa.empty()) {
    report_empty_soa(context);
    return;
  }
  const SourceLocation where = context.register_location("soa");
  for (const AnnexAControl& control : annex_a_controls()) {
    if (context.soa_entry(control.id) != nullptr) continue;
    context.report(where,
                   fmt::format("the Statement of Applicability does not list Annex A control {} {}", control.id,
                               control.title),
                   fmt::format("add an entry for {} stating whether it is applicable and why", control.id),
                   fmt::format("soa:{}:missing", control.id));
  }
}

void check_exclusion_justified(RuleContext& context) {
  context.examined(count_where(context.repository().soa, is_excluded), "excluded control", "excluded controls");
  for (const SoaEntry& entry : context.repository().soa) {
    if (!is_excluded(entry) || !lacks_justification(entry.justification)) continue;
    const std::string problem = has_text(entry.justification)
                                    ? fmt::format("\"{}\" is not a justification", entry.justification.value)
                                    : std::string("no justification is given");
    context.report(entry.justification.present ? entry.justification.location : entry.control.location,
                   fmt::format("control {} is excluded from the Statement of Applicability but {}", entry.control.value,
                               problem),
                   "say why the control does not apply to this ISMS, e.g. the activity it governs does not take "
                   "place in scope",
                   fmt::format("soa:{}:justification", entry.control.value));
  }
}

void check_applicability_status_consistent(RuleContext& context) {
  context.examined(context.repository().soa.size(), "SoA entry", "SoA entries");
  for (const SoaEntry& entry : context.repository().soa) {
    if (!entry.status.present) continue;
    const bool status_not_applicable = entry.status.is(SoaStatus::NotApplicable);
    if (is_excluded(entry) && !status_not_applicable) {
      context.report(entry.status.location,
                     fmt::format("control {} is excluded (applicable: false) but its status is {}",
                                 entry.control.value, text_of(entry.status)),
                     "set status: not-applicable, or make the control applicable if it is being implemented",
                     fmt::format("soa:{}:status", entry.control.value));
    } else if (is_included(entry) && status_not_applicable) {
      context.report(entry.status.location,
                     fmt::format("control {} is applicable but its status is not-applicable", entry.control.value),
                     "set its implementation status (not-started, planned, partial or implemented), or exclude it "
                     "with a justification",
                     fmt::format("soa:{}:status", entry.control.value));
    }
  }
}

void check_implemented_without_evidence(RuleContext& context) {
  context.examined(count_where(context.repository().soa, is_implemented), "implemented control", "implemented controls");
  for (const SoaEntry& entry : context.repository().soa) {
    if (!is_implemented(entry) || !entry.evidence.empty()) continue;
    context.report(entry.status.location,
                   fmt::format("control {} is marked implemented but lists no evidence", entry.control.value),
                   "list the evidence records that show the control operating under evidence: [...], or set the "
                   "status to partial",
                   fmt::format("soa:{}:evidence", entry.control.value));
  }
}

void check_applicable_without_owner(RuleContext& context) {
  context.examined(count_where(context.repository().soa, is_included), "applicable control", "applicable controls");
  for (const SoaEntry& entry : context.repository().soa) {
    if (!is_included(entry) || has_text(entry.owner)) continue;
    context.report(entry.control.location,
                   fmt::format("applicable control {} has no owner", entry.control.value),
                   "name the role or person responsible for the control under owner:",
                   fmt::format("soa:{}:owner", entry.control.value));
  }
}

void check_evidence_stale(RuleContext& context) {
  std::unordered_map<std::string_view, const Evidence*> evidence_by_id;
  for (const Evidence& evidence : context.repository().evidence) evidence_by_id.emplace(evidence.id.value, &evidence);
  for (const SoaEntry& entry : context.repository().soa) {
    if (!is_implemented(entry) || entry.evidence.empty()) continue;
    context.examined(1, "evidenced control", "evidenced controls");
    const Evidence* newest = newest_evidence(entry.evidence, evidence_by_id);
    if (newest == nullptr || !context.overdue(newest->date)) continue;
    context.report(entry.evidence.front().location,
                   fmt::format("control {} is marked implemented but its newest evidence, {} of {}, is older than "
                               "the {}-month review period",
                               entry.control.value, newest->id.value, newest->date.value.text,
                               context.repository().manifest.review_period_months),
                   "record recent evidence that the control still operates, or review its implementation status",
                   fmt::format("soa:{}:evidence-stale", entry.control.value));
  }
}

void check_inclusion_justified(RuleContext& context) {
  const std::unordered_set<std::string_view> treating_risks = controls_named_by_risks(context.repository());
  // Without a usable risk register RSK001 says so once; judging every "risk" reason against it would repeat that.
  const bool risks_usable = !context.repository().risks.empty() && !context.register_incomplete("risks");
  for (const SoaEntry& entry : context.repository().soa) {
    if (!is_included(entry)) continue;
    context.examined(1, "applicable control", "applicable controls");
    if (entry.reasons.empty()) report_missing_reasons(context, entry);
    if (lacks_justification(entry.justification)) report_placeholder_inclusion(context, entry);
    if (risks_usable && cites_reason(entry, "risk") && !treating_risks.contains(entry.control.value)) {
      report_unsupported_risk_reason(context, entry);
    }
  }
}

void check_soa_approved(RuleContext& context) {
  const RegisterInfo* info = context.find_register("soa");
  // A missing SoA is SOA002's finding, and a missing register block is REG001's.
  if (info == nullptr || info->files.empty() || !info->control.present) return;
  context.examined(1, "SoA document-control block", "SoA document-control blocks");
  const Approval& approval = info->control.approval;
  if (!approval.present) {
    context.report(info->control.location,
                   fmt::format("the Statement of Applicability (version {}) has no recorded approval",
                               info->control.version.value),
                   "record who approved this version: approval: {by, role, date}", "soa:approval");
    return;
  }
  if (!has_text(approval.by) || !has_text(approval.role) || !approval.date.present) {
    context.report(approval.location, "the Statement of Applicability's approval does not say who, in what role and when",
                   "give approval: {by, role, date}", "soa:approval");
  }
}

void check_repeated_justification(RuleContext& context) {
  // A threshold of 1 would call every justification repeated.
  const std::int64_t minimum = std::max<std::int64_t>(2, context.option(kDefaultRepeatedJustifications));
  EntryGroups by_text;
  context.examined(count_where(context.repository().soa, [](const SoaEntry& e) { return has_text(e.justification); }), "justification", "justifications");
  for (const SoaEntry& entry : context.repository().soa) {
    // Placeholders (PLH001) and missing or too short justifications (SOA003, SOA008) are
    // already reported once per entry.
    if (lacks_justification(entry.justification) || is_placeholder(entry.justification.value, FieldKind::Reason)) {
      continue;
    }
    by_text.add(justification_key(entry.justification.value), entry);
  }
  for (const std::vector<const SoaEntry*>& entries : by_text.groups()) {
    if (static_cast<std::int64_t>(entries.size()) < minimum) continue;
    const SoaEntry& first = *entries.front();
    context.report(first.justification.location,
                   fmt::format("the same justification \"{}\" is given for {} controls: {}", first.justification.value,
                               entries.size(), control_list(entries)),
                   "say for each control why it is included or excluded in this ISMS: the risks, obligations or "
                   "activities it concerns; a stock phrase copied across entries justifies none of them",
                   fmt::format("soa:{}:repeated-justification", first.control.value));
  }
}

void check_sole_evidence_reused(RuleContext& context) {
  const std::int64_t minimum = std::max<std::int64_t>(2, context.option(kDefaultSoleEvidenceControls));
  EntryGroups by_evidence;
  context.examined(context.repository().soa.size(), "SoA entry", "SoA entries");
  for (const SoaEntry& entry : context.repository().soa) {
    if (entry.evidence.size() == 1 && has_text(entry.evidence.front())) by_evidence.add(entry.evidence.front().value, entry);
  }
  for (const std::vector<const SoaEntry*>& entries : by_evidence.groups()) {
    if (static_cast<std::int64_t>(entries.size()) < minimum) continue;
    const Text& first = entries.front()->evidence.front();
    context.report(first.location,
                   fmt::format("evidence {} is the only evidence of {} controls: {}", first.value, entries.size(),
                               control_list(entries)),
                   "one record rarely shows that many different controls operating; cite for each control the "
                   "records of its own operation (logs, reviews, tickets, tests)",
                   fmt::format("soa:evidence:{}:sole", first.value));
  }
}

}  // namespace isms
