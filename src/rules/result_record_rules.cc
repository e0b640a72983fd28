// Clauses 9.2.2 and 9.3.3: the results of internal audits and management reviews are kept as
// records of their own, apart from the programme or procedure that plans them, and the newest
// is recent. DOC001 accepts the programme alone as documented information for Clause 9.2; an
// auditor does not.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// One kind of result record: the clauses it is filed under and the words of its findings.
struct ResultKind {
  std::array<std::string_view, 4> clauses;  ///< unused slots are empty
  std::string_view clause_list;             ///< "9.2, 9.2.1 or 9.2.2", for messages
  std::string_view types;                   ///< "report or record"
  std::string_view result;                  ///< "internal audit result"
  std::string_view results;                 ///< "internal audit results"
  std::string_view planned_by;              ///< what a non-result document of the clause does
  std::string_view event;                   ///< "the audit was completed"
  std::string_view record_hint;             ///< how to record a result
  std::string_view renew_hint;              ///< what to do when the newest result is old
  std::string_view subject;                 ///< "internal-audit"
};

constexpr ResultKind kInternalAudit = {
    {"9.2", "9.2.1", "9.2.2", ""},
    "9.2, 9.2.1 or 9.2.2",
    "report or record",
    "internal audit result",
    "internal audit results",
    "plans the internal audits",
    "the audit was completed",
    "record each completed audit as a document of its own: type: report, clause: \"9.2.2\", date: the day the "
    "audit was completed; Clause 9.2.2 requires the audit results to be kept as evidence",
    "carry out the next audit of the programme and list its report with its date; if a later audit took place, "
    "list that report",
    "internal-audit",
};

constexpr ResultKind kManagementReview = {
    {"9.3", "9.3.1", "9.3.2", "9.3.3"},
    "9.3, 9.3.1, 9.3.2 or 9.3.3",
    "record or report",
    "management review result",
    "management review results",
    "describes the management review",
    "the review was held",
    "record each management review as a document of its own: type: record (the minutes), clause: \"9.3.3\", "
    "date: the day the review was held; Clause 9.3.3 requires the results of management reviews to be kept as "
    "evidence",
    "hold the next management review and list its minutes with the day it was held; if a later review took "
    "place, list its minutes",
    "management-review",
};

/// True when the document is filed under one of the kind's clauses.
bool of_clause(const Document& document, const ResultKind& kind) {
  if (!document.clause.present) return false;
  const std::string_view clause = trimmed(document.clause.value);
  for (std::string_view accepted : kind.clauses) {
    if (!accepted.empty() && accepted == clause) return true;
  }
  return false;
}

/// True for the types a result is kept as: a programme is a plan, a procedure a procedure.
bool is_result_type(const Choice<DocumentType>& type) {
  return type.is(DocumentType::Report) || type.is(DocumentType::Record);
}

/// When the result's event took place: its own date, else the date of its approval.
const LocatedDate& event_date(const Document& document) {
  return document.date.present ? document.date : document.approval.date;
}

/// Reports that no document of the kind's clauses is a result, at the document that plans or
/// describes them if there is one.
void report_no_result(RuleContext& context, const ResultKind& kind, const Document* planning) {
  const std::string problem = fmt::format("no document of clause {} has type {}", kind.clause_list, kind.types);
  if (planning != nullptr) {
    context.report(planning->id.location,
                   fmt::format("document {} ({}) {}, but the register holds no {}: {}", planning->id.value,
                               text_of(planning->type), kind.planned_by, kind.results, problem),
                   std::string(kind.record_hint), fmt::format("documents:{}:results", kind.subject));
    return;
  }
  context.report(context.register_location("documents"),
                 fmt::format("the document register holds no {}: {}", kind.results, problem),
                 std::string(kind.record_hint), fmt::format("documents:{}:results", kind.subject));
}

/// Reports a result that says neither when its event took place nor when it was approved.
void report_undated(RuleContext& context, const ResultKind& kind, const Document& result) {
  context.report(result.id.location,
                 fmt::format("{} {} is undated: it has neither a date nor an approval, so it does not show when {}",
                             kind.result, result.id.value, kind.event),
                 fmt::format("add date: YYYY-MM-DD, the day {}", kind.event),
                 fmt::format("document:{}:date", result.id.value));
}

/// Reports that the newest result is older than the review period.
void report_stale(RuleContext& context, const ResultKind& kind, const Document& newest) {
  const LocatedDate& date = event_date(newest);
  const std::int64_t months = context.repository().manifest.review_period_months;
  const char* source = newest.date.present ? "" : " (its approval date; it records no date of its own)";
  context.report(date.location,
                 fmt::format("the newest {}, {}, is dated {}{}, {} days ago; the review period is {} month{}",
                             kind.result, newest.id.value, date.value.text, source, context.today() - date.value.days,
                             months, months == 1 ? "" : "s"),
                 std::string(kind.renew_hint), fmt::format("documents:{}:stale", kind.subject));
}

void check_results_recorded(RuleContext& context, const ResultKind& kind) {
  const std::vector<Document>& documents = context.repository().documents;
  const Document* planning = nullptr;
  std::vector<const Document*> results;
  for (const Document& document : documents) {
    if (!of_clause(document, kind)) continue;
    if (is_result_type(document.type)) results.push_back(&document);
    else if (planning == nullptr) planning = &document;
  }
  // The rule looks at the register as a whole: one register with or without results.
  context.examined(1, "document register", "document registers");
  if (results.empty()) {
    report_no_result(context, kind, planning);
    return;
  }
  const Document* newest = nullptr;
  for (const Document* result : results) {
    const LocatedDate& date = event_date(*result);
    if (!date.present) {
      report_undated(context, kind, *result);
    } else if (newest == nullptr || date.value.days > event_date(*newest).value.days) {
      newest = result;
    }
  }
  if (newest != nullptr && context.overdue(event_date(*newest))) report_stale(context, kind, *newest);
}

}  // namespace

void check_internal_audit_results_recorded(RuleContext& context) { check_results_recorded(context, kInternalAudit); }

void check_management_review_results_recorded(RuleContext& context) {
  check_results_recorded(context, kManagementReview);
}

}  // namespace isms
