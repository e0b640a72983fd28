// Dates that cannot be true: events recorded as happening after the as-of date, and document
// control dates in an impossible order.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {
namespace {

/// Reports `date` when it lies after the as-of date. `what` names the event ("the approval of
/// the risk register"); `subject` keeps the finding stable for baselines.
void report_if_future(RuleContext& context, const LocatedDate& date, std::string_view what, std::string subject) {
  if (!date.present) return;
  context.examined(1, "recorded date", "recorded dates");
  if (date.value.days <= context.today()) return;
  context.report(date.location,
                 fmt::format("{} is dated {}, {} days after the as-of date: it records something that has not "
                             "happened yet",
                             what, date.value.text, date.value.days - context.today()),
                 "record the date on which it actually happened; if it is only planned, record it once it has "
                 "taken place",
                 std::move(subject));
}

void check_register_dates(RuleContext& context) {
  for (const RegisterInfo& info : context.repository().registers) {
    const std::string title(register_title(info.name));
    report_if_future(context, info.control.approval.date, fmt::format("the approval of the {}", title),
                     fmt::format("register:{}:approval", info.name));
    report_if_future(context, info.control.last_review, fmt::format("the last review of the {}", title),
                     fmt::format("register:{}:last_review", info.name));
  }
}

void check_context_and_scope_dates(RuleContext& context) {
  const Repository& repository = context.repository();
  report_if_future(context, repository.party_identification.date, "the identification of the interested parties",
                   "parties:identification");
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      report_if_future(context, requirement.confirmed_date,
                       fmt::format("the confirmation of requirement {}", requirement.id.value),
                       fmt::format("requirement:{}:confirmed", requirement.id.value));
    }
  }
  for (const Communication& communication : repository.scope.communication) {
    report_if_future(context, communication.date,
                     fmt::format("the communication of the scope to {}", communication.audience.value),
                     fmt::format("scope:communication:{}", communication.audience.value));
  }
  for (const HistoryEntry& entry : repository.scope.history) {
    report_if_future(context, entry.date, fmt::format("scope version {}", entry.version.value),
                     fmt::format("scope:history:{}", entry.version.value));
  }
}

void check_record_dates(RuleContext& context) {
  const Repository& repository = context.repository();
  for (const Risk& risk : repository.risks) {
    report_if_future(context, risk.acceptance.date, fmt::format("the acceptance of risk {}", risk.id.value),
                     fmt::format("risk:{}:acceptance", risk.id.value));
  }
  for (const Supplier& supplier : repository.suppliers) {
    report_if_future(context, supplier.due_diligence_date,
                     fmt::format("the due diligence of supplier {}", supplier.id.value),
                     fmt::format("supplier:{}:due_diligence", supplier.id.value));
    for (const Agreement& agreement : supplier.agreements) {
      report_if_future(context, agreement.signed_on,
                       fmt::format("the signing of {}'s {} agreement", supplier.id.value, text_of(agreement.type)),
                       fmt::format("supplier:{}:agreement:{}", supplier.id.value, text_of(agreement.type)));
    }
  }
  for (const Document& document : repository.documents) {
    report_if_future(context, document.approval.date, fmt::format("the approval of document {}", document.id.value),
                     fmt::format("document:{}:approval", document.id.value));
    report_if_future(context, document.last_review, fmt::format("the last review of document {}", document.id.value),
                     fmt::format("document:{}:last_review", document.id.value));
    report_if_future(context, document.date, fmt::format("the event recorded in document {}", document.id.value),
                     fmt::format("document:{}:date", document.id.value));
  }
  for (const Evidence& evidence : repository.evidence) {
    report_if_future(context, evidence.date, fmt::format("evidence {}", evidence.id.value),
                     fmt::format("evidence:{}:date", evidence.id.value));
  }
}

/// Reports a scope approved before the version it approves was written: scope.yaml is the only
/// register whose history records when each version was made.
void check_scope_version_approval(RuleContext& context) {
  const RegisterInfo* info = context.find_register("scope");
  if (info == nullptr || !info->control.approval.date.present || !info->control.version.present) return;
  const Approval& approval = info->control.approval;
  for (const HistoryEntry& entry : context.repository().scope.history) {
    if (entry.version.value != info->control.version.value || !entry.date.present) continue;
    context.examined(1, "approval with a version or event date", "approvals with a version or event date");
    if (approval.date.value.days >= entry.date.value.days) continue;
    context.report(approval.date.location,
                   fmt::format("the scope is approved on {}, before its version {} was made on {} (history)",
                               approval.date.value.text, entry.version.value, entry.date.value.text),
                   "approve the version in force after it is written: record the date of that approval, or correct "
                   "the date of the version in history:",
                   "register:scope:approval-order");
  }
}

/// Reports a record or report approved before the event it records: minutes cannot be approved
/// before the meeting, nor an audit report before the audit was completed.
void check_record_approval(RuleContext& context) {
  for (const Document& document : context.repository().documents) {
    if (!document.date.present || !document.approval.date.present) continue;
    context.examined(1, "approval with a version or event date", "approvals with a version or event date");
    if (document.approval.date.value.days >= document.date.value.days) continue;
    context.report(document.approval.date.location,
                   fmt::format("document {} is approved on {}, before the event it records took place on {} "
                               "(date)",
                               document.id.value, document.approval.date.value.text, document.date.value.text),
                   "approve the record after the audit or review it records: correct the approval date, or the "
                   "record's date",
                   fmt::format("document:{}:approval-order", document.id.value));
  }
}

}  // namespace

void check_future_dates(RuleContext& context) {
  check_register_dates(context);
  check_context_and_scope_dates(context);
  check_record_dates(context);
}

// A last_review older than the approval is not checked: a review that leads to a revised
// version comes before that version's approval, so the order is the normal one.
void check_approval_order(RuleContext& context) {
  check_scope_version_approval(context);
  check_record_approval(context);
}

}  // namespace isms
