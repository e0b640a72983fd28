#include "due/due_items.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "model/dates.h"

namespace isms {
namespace {

/// Adds the items of one repository; `add` grades and keeps the ones inside the window.
class DueCollector {
 public:
  DueCollector(const Repository& repository, std::int64_t as_of_days, std::int64_t within_days)
      : repository_(repository), period_(repository.manifest.review_period_days()) {
    list_.as_of_days = as_of_days;
    list_.within_days = within_days;
  }

  DueList collect() {
    registers();
    documents();
    risks();
    suppliers();
    evidence();
    suppressions();
    competence();
    planned_audits();
    corrective_actions();
    treatment_actions();
    objectives();
    reviews();
    std::stable_sort(list_.items.begin(), list_.items.end(),
                     [](const DueItem& a, const DueItem& b) { return a.due_days < b.due_days; });
    return std::move(list_);
  }

 private:
  /// A review or renewal due a review period after `last`.
  void after_period(const LocatedDate& last, std::string what, std::string kind, std::string clause, std::string key) {
    if (!last.present) return;
    add(last.value.days + period_, last.location, std::move(what), std::move(kind), std::move(clause), std::move(key));
  }

  void on(const LocatedDate& date, std::string what, std::string kind, std::string clause, std::string key) {
    if (!date.present) return;
    add(date.value.days, date.location, std::move(what), std::move(kind), std::move(clause), std::move(key));
  }

  void add(std::int64_t due_days, SourceLocation location, std::string what, std::string kind, std::string clause,
           std::string key) {
    ++list_.dated;
    const std::int64_t days_left = due_days - list_.as_of_days;
    if (days_left > list_.within_days) return;
    DueItem item{due_days, iso_date_of_days(due_days), std::move(what), std::move(kind), std::move(clause),
                 std::move(key), location};
    item.days_left = days_left;
    const Manifest& manifest = repository_.manifest;
    item.level = days_left < 0                           ? DueLevel::Overdue
                 : days_left <= manifest.due_error_days ? DueLevel::Error
                 : days_left <= manifest.due_warn_days  ? DueLevel::Warning
                                                        : DueLevel::Upcoming;
    list_.items.push_back(std::move(item));
  }

  void registers() {
    for (const RegisterInfo& info : repository_.registers) {
      if (!info.control.present) continue;
      const std::string title(register_title(info.name));
      after_period(info.control.last_review, fmt::format("review the {}", title), "register review", "7.5.2",
                   fmt::format("register:{}:review", info.name));
      after_period(info.control.approval.date, fmt::format("re-approve the {}", title), "register approval", "7.5.2",
                   fmt::format("register:{}:approval", info.name));
    }
  }

  void documents() {
    for (const Document& document : repository_.documents) {
      after_period(document.last_review, fmt::format("review document {} ({})", document.id.value, document.title.value),
                   "document review", "7.5.2", fmt::format("document:{}:review", document.id.value));
    }
  }

  void risks() {
    for (const Risk& risk : repository_.risks) {
      on(risk.review_date, fmt::format("review risk {} ({})", risk.id.value, risk.title.value), "risk review", "8.2",
         fmt::format("risk:{}:review", risk.id.value));
    }
  }

  void suppliers() {
    for (const Supplier& supplier : repository_.suppliers) {
      after_period(supplier.due_diligence_date,
                   fmt::format("renew the due diligence of supplier {} ({})", supplier.id.value, supplier.name.value),
                   "supplier due diligence", "A.5.19", fmt::format("supplier:{}:due_diligence", supplier.id.value));
      for (const Certification& certification : supplier.certifications) {
        on(certification.expiry,
           fmt::format("the {} certificate of supplier {} ({}) expires", certification.standard.value,
                       supplier.id.value, supplier.name.value),
           "certificate expiry", "A.5.22",
           fmt::format("supplier:{}:certification:{}", supplier.id.value, certification.standard.value));
      }
    }
  }

  void evidence() {
    for (const Evidence& evidence : repository_.evidence) {
      after_period(evidence.date, fmt::format("collect fresh evidence for {} ({})", evidence.id.value, evidence.title.value),
                   "evidence refresh", "9.1", fmt::format("evidence:{}:refresh", evidence.id.value));
    }
  }

  void suppressions() {
    for (const Suppression& suppression : repository_.suppressions) {
      on(suppression.expires, fmt::format("the suppression of {} expires: fix the finding or review the reason",
                                          suppression.rule.value),
         "suppression expiry", "", fmt::format("suppression:{}:{}:{}", suppression.rule.value, suppression.file,
                                               suppression.first_line));
    }
  }

  /// Competence that lapses (7.2), and each in-scope person's next awareness session (7.3), a
  /// review period after their latest.
  void competence() {
    for (const CompetenceRecord& record : repository_.competence_records) {
      const std::string& person = record.person.value;
      for (const CompetenceEvidence& evidence : record.competence) {
        on(evidence.expires, fmt::format("the {} of person {} expires", evidence.title.value, person),
           "competence expiry", "7.2", fmt::format("competence:{}:{}:expires", person, evidence.title.value));
      }
      const bool in_scope = std::any_of(repository_.people.begin(), repository_.people.end(), [&](const Person& p) {
        return p.id.value == person && p.in_scope.present && p.in_scope.value;
      });
      const AwarenessRecord* latest = nullptr;
      for (const AwarenessRecord& awareness : record.awareness) {
        if (awareness.date.present && (latest == nullptr || awareness.date.value.days > latest->date.value.days))
          latest = &awareness;
      }
      if (!in_scope || latest == nullptr) continue;
      after_period(latest->date, fmt::format("person {} attends security awareness again", person), "awareness",
                   "7.3", fmt::format("awareness:{}", person));
    }
  }

  void planned_audits() {
    for (const Audit& audit : repository_.audits) {
      if (!audit.status.is(AuditStatus::Planned)) continue;
      on(audit.planned, fmt::format("perform internal audit {} ({})", audit.id.value, audit.title.value),
         "internal audit", "9.2", fmt::format("audit:{}:planned", audit.id.value));
    }
  }

  /// The corrective actions still to do: those of nonconformities not closed, not yet completed.
  void corrective_actions() {
    for (const Nonconformity& nc : repository_.nonconformities) {
      if (nc.status.is(NonconformityStatus::Closed) || !nc.action.present || nc.action.completed.present) continue;
      on(nc.action.due, fmt::format("complete the corrective action of nonconformity {} ({})", nc.id.value, nc.title.value),
         "corrective action", "10.2", fmt::format("nonconformity:{}:action", nc.id.value));
    }
  }

  /// The open actions of the risk treatment plan, on their due dates (8.3).
  void treatment_actions() {
    for (const TreatmentAction& action : repository_.treatment_actions) {
      if (!action_open(action.status)) continue;
      on(action.due, fmt::format("complete treatment action {} ({})", action.id.value, action.title.value),
         "treatment action", "8.3", fmt::format("treatment:{}:due", action.id.value));
    }
  }

  /// Planned management reviews on their dates, the next one a review period after the last held
  /// when none is planned after it, and the open actions of held reviews on their due dates.
  void reviews() {
    const ManagementReview* last_held = nullptr;
    bool planned_after = false;
    for (const ManagementReview& review : repository_.reviews) {
      if (review.status.is(ReviewStatus::Held) && review.date.present &&
          (last_held == nullptr || review.date.value.days > last_held->date.value.days)) {
        last_held = &review;
      }
    }
    for (const ManagementReview& review : repository_.reviews) {
      if (review.status.is(ReviewStatus::Planned)) {
        if (review.planned.present && (last_held == nullptr || review.planned.value.days > last_held->date.value.days)) {
          planned_after = true;
        }
        on(review.planned, fmt::format("hold management review {} ({})", review.id.value, review.title.value),
           "management review", "9.3", fmt::format("review:{}:planned", review.id.value));
      }
      if (!review.status.is(ReviewStatus::Held)) continue;
      for (const ReviewAction& action : review.actions) {
        if (!action_open(action.status)) continue;
        on(action.due, fmt::format("complete action {} of management review {}", action.id.value, review.id.value),
           "management review action", "9.3.3", fmt::format("review:{}:action:{}", review.id.value, action.id.value));
      }
    }
    if (last_held != nullptr && !planned_after) {
      after_period(last_held->date, "hold the next management review", "management review", "9.3", "review:next");
    }
  }

  /// The next measurement of each active objective (its latest plus its monitoring period, 3
  /// months unless it says), and the date it is due to be achieved.
  void objectives() {
    for (const Objective& objective : repository_.objectives) {
      if (!objective.status.is(ObjectiveStatus::Active)) continue;
      const std::int64_t months = objective.monitoring_months.present && objective.monitoring_months.value > 0
                                      ? objective.monitoring_months.value
                                      : 3;
      const ObjectiveMeasurement* latest = latest_measurement(objective);
      if (latest != nullptr) {
        add(latest->date.value.days + std::lround(static_cast<double>(months) * 30.44), latest->date.location,
            fmt::format("measure objective {} ({})", objective.id.value, objective.title.value), "objective measurement",
            "9.1", fmt::format("objective:{}:measure", objective.id.value));
      }
      on(objective.due, fmt::format("objective {} ({}) is due to be met", objective.id.value, objective.title.value),
         "objective due", "6.2", fmt::format("objective:{}:due", objective.id.value));
    }
  }

  const Repository& repository_;
  const std::int64_t period_;
  DueList list_;
};

}  // namespace

DueList collect_due_items(const Repository& repository, std::int64_t as_of_days, std::int64_t within_days) {
  return DueCollector(repository, as_of_days, within_days).collect();
}

std::string_view due_level_name(DueLevel level) {
  switch (level) {
    case DueLevel::Overdue: return "overdue";
    case DueLevel::Error: return "error";
    case DueLevel::Warning: return "warning";
    case DueLevel::Upcoming: return "upcoming";
  }
  return "upcoming";
}

}  // namespace isms
