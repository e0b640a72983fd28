#include "render/readiness_gates.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/readiness.h"
#include "rules/audit_coverage.h"
#include "rules/review_inputs.h"

namespace isms {
namespace {

const RegisterInfo* find_register(const Repository& repository, std::string_view name) {
  for (const RegisterInfo& info : repository.registers) {
    if (info.name == name && info.found) return &info;
  }
  return nullptr;
}

std::size_t findings_of(const CheckReport& report, std::string_view code) {
  return static_cast<std::size_t>(std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                                                [&](const Diagnostic& diagnostic) { return diagnostic.code == code; }));
}

/// " (RSK001: 2 findings)" for the codes that have findings, or "".
std::string findings_note(const CheckReport& report, std::initializer_list<std::string_view> codes) {
  std::string note;
  for (std::string_view code : codes) {
    const std::size_t count = findings_of(report, code);
    if (count == 0) continue;
    note += fmt::format("{}{}: {} finding{}", note.empty() ? "" : ", ", code, count, count == 1 ? "" : "s");
  }
  return note;
}

std::string plural(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string counted_nonconformities(std::size_t count) {
  return fmt::format("{} nonconformit{}", count, count == 1 ? "y" : "ies");
}

class GateAssessor {
 public:
  GateAssessor(const Repository& repository, const CheckReport& report,
               const std::vector<MandatoryDocumentStatus>& documents, std::int64_t as_of_days)
      : repository_(repository), report_(report), documents_(documents), as_of_(as_of_days) {}

  CertificationGates assess() {
    CertificationGates gates;
    gates.stage1.stage = "Stage 1";
    gates.stage1.items = {mandatory_documents(), scope_approved(), soa_approved(), risk_assessed(),
                          treatment_in_progress(), audit_planned(), review_planned()};
    gates.stage2.stage = "Stage 2";
    gates.stage2.items = {whole_isms_audited(), review_held(), no_open_major(), objectives_measured(),
                          operated_long_enough()};
    return gates;
  }

 private:
  Prerequisite mandatory_documents() const {
    Prerequisite item{"7.5.1", "The mandatory documented information exists and is approved"};
    std::vector<std::string> missing, unapproved;
    for (const MandatoryDocumentStatus& status : documents_) {
      if (!status.present) missing.push_back(status.clause);
      else if (!status.approved) unapproved.push_back(status.clause);
    }
    item.met = missing.empty() && unapproved.empty();
    if (item.met) item.detail = fmt::format("{} present and approved", plural(documents_.size(), "requirement"));
    if (!missing.empty()) item.detail = fmt::format("missing for clause {}", fmt::join(missing, ", "));
    if (!unapproved.empty()) {
      item.detail += fmt::format("{}not approved for clause {}", item.detail.empty() ? "" : "; ", fmt::join(unapproved, ", "));
    }
    return item;
  }

  Prerequisite register_approved(std::string clause, std::string label, std::string_view name,
                                 std::initializer_list<std::string_view> codes) const {
    Prerequisite item{std::move(clause), std::move(label)};
    const RegisterInfo* info = find_register(repository_, name);
    const std::string note = findings_note(report_, codes);
    if (info == nullptr) {
      item.detail = fmt::format("no {}", register_title(name));
    } else if (!info->control.approval.present) {
      item.detail = fmt::format("the {} records no approval", register_title(name));
    } else {
      item.met = note.empty();
      item.detail = fmt::format("approved by {} on {}", info->control.approval.by.value,
                                info->control.approval.date.value.text);
    }
    if (!note.empty()) item.detail += "; " + note;
    return item;
  }

  Prerequisite scope_approved() const {
    return register_approved("4.3", "The scope is determined and approved", "scope", {"SCP001", "APR001"});
  }

  Prerequisite soa_approved() const {
    return register_approved("6.1.3 d)", "The Statement of Applicability is complete and approved", "soa",
                             {"SOA002", "SOA009"});
  }

  Prerequisite risk_assessed() const {
    Prerequisite item{"6.1.2", "The risk assessment has been performed"};
    const std::string note = findings_note(report_, {"RSK001", "RSK007"});
    item.met = !repository_.risks.empty() && note.empty();
    item.detail = repository_.risks.empty() ? "no risk is assessed" : plural(repository_.risks.size(), "risk") + " assessed";
    if (!note.empty()) item.detail += "; " + note;
    return item;
  }

  Prerequisite treatment_in_progress() const {
    Prerequisite item{"6.1.3 e)", "The risk treatment plan is in progress"};
    if (find_register(repository_, "treatment") == nullptr) {
      item.detail = "no risk treatment plan (treatment.yaml)";
      return item;
    }
    std::size_t started = 0, open = 0;
    for (const TreatmentAction& action : repository_.treatment_actions) {
      if (action.status.is(ActionStatus::Done) || action.status.is(ActionStatus::InProgress)) ++started;
      if (action_open(action.status)) ++open;
    }
    const std::string note = findings_note(report_, {"TRT001"});
    item.met = started > 0 && note.empty();
    item.detail = started == 0 ? "no treatment action is started or done"
                               : fmt::format("{} started or done, {} open", plural(started, "action"), open);
    if (!note.empty()) item.detail += "; " + note;
    return item;
  }

  Prerequisite audit_planned() const {
    Prerequisite item{"9.2", "The internal audit programme is planned"};
    const auto live = std::count_if(repository_.audits.begin(), repository_.audits.end(),
                                    [](const Audit& audit) { return !audit.status.is(AuditStatus::Cancelled); });
    item.met = repository_.audit_programme.present && live > 0;
    if (find_register(repository_, "audits") == nullptr) item.detail = "no internal audit register (audits.yaml)";
    else if (!repository_.audit_programme.present) item.detail = "the internal audit register records no programme";
    else if (live == 0) item.detail = "the programme plans no audit";
    else item.detail = fmt::format("a programme and {}", plural(static_cast<std::size_t>(live), "audit"));
    return item;
  }

  Prerequisite review_planned() const {
    Prerequisite item{"9.3", "Management reviews are planned"};
    const auto live = std::count_if(repository_.reviews.begin(), repository_.reviews.end(), [](const ManagementReview& review) {
      return !review.status.is(ReviewStatus::Cancelled);
    });
    item.met = live > 0;
    item.detail = find_register(repository_, "reviews") == nullptr ? "no management review register (reviews.yaml)"
                  : live == 0 ? "no management review is planned or held"
                              : plural(static_cast<std::size_t>(live), "management review") + " planned or held";
    return item;
  }

  Prerequisite whole_isms_audited() const {
    Prerequisite item{"9.2", "An internal audit of the whole ISMS has been completed"};
    const CertificationPlan& plan = repository_.manifest.certification;
    const std::int64_t before = plan.stage2_date.present ? std::min(as_of_, plan.stage2_date.value.days) : as_of_;
    const Audit* found = nullptr;
    for (const Audit& audit : repository_.audits) {
      if (!audit.status.is(AuditStatus::Completed) || !audit.date.present || audit.date.value.days > before) continue;
      if (!covers_whole_isms(audit)) continue;
      if (found == nullptr || audit.date.value.days > found->date.value.days) found = &audit;
    }
    item.met = found != nullptr;
    if (found != nullptr) item.detail = fmt::format("{}, completed {}", found->id.value, found->date.value.text);
    else if (repository_.audits.empty()) item.detail = "no internal audit is recorded";
    else item.detail = "no completed internal audit covers the whole ISMS";
    if (found == nullptr && plan.stage2_date.present) item.detail += fmt::format(" before Stage 2 on {}", plan.stage2_date.value.text);
    return item;
  }

  Prerequisite review_held() const {
    Prerequisite item{"9.3", "A management review has been held with every input 9.3.2 requires"};
    const ManagementReview* latest = nullptr;
    for (const ManagementReview& review : repository_.reviews) {
      if (!review.status.is(ReviewStatus::Held) || !review.date.present || review.date.value.days > as_of_) continue;
      if (latest == nullptr || review.date.value.days > latest->date.value.days) latest = &review;
    }
    if (latest == nullptr) {
      item.detail = "no management review has been held";
      return item;
    }
    std::vector<std::string> missing;
    for (const MissingReviewInput& input : missing_review_inputs(*latest)) missing.push_back(input.name);
    item.met = missing.empty();
    item.detail = missing.empty() ? fmt::format("{}, held {}", latest->id.value, latest->date.value.text)
                                  : fmt::format("{}, held {}, records no content for {}", latest->id.value,
                                                latest->date.value.text, fmt::join(missing, ", "));
    return item;
  }

  Prerequisite no_open_major() const {
    Prerequisite item{"10.2", "No major nonconformity is open"};
    if (find_register(repository_, "nonconformities") == nullptr) {
      item.detail = "no nonconformity register (nonconformities.yaml): an empty one records that there are none";
      return item;
    }
    std::vector<std::string> open;
    std::size_t closed = 0;
    for (const Nonconformity& nonconformity : repository_.nonconformities) {
      if (nonconformity.status.is(NonconformityStatus::Closed)) ++closed;
      else if (nonconformity.grade.is(FindingGrade::Major)) open.push_back(nonconformity.id.value);
    }
    item.met = open.empty();
    item.detail = open.empty() ? fmt::format("{} recorded, {} closed", counted_nonconformities(repository_.nonconformities.size()), closed)
                               : fmt::format("open: {}", fmt::join(open, ", "));
    return item;
  }

  Prerequisite objectives_measured() const {
    Prerequisite item{"6.2", "The information security objectives are being measured"};
    std::size_t active = 0, measured = 0;
    std::vector<std::string> unmeasured;
    for (const Objective& objective : repository_.objectives) {
      if (objective.status.is(ObjectiveStatus::Withdrawn)) continue;
      ++active;
      const bool any = std::any_of(objective.measurements.begin(), objective.measurements.end(),
                                   [&](const ObjectiveMeasurement& m) { return m.date.present && m.date.value.days <= as_of_; });
      if (any) ++measured;
      else unmeasured.push_back(objective.id.value);
    }
    const std::string note = findings_note(report_, {"OBJ002"});
    item.met = active > 0 && unmeasured.empty() && note.empty();
    if (active == 0) item.detail = "no objective is recorded";
    else if (!unmeasured.empty()) item.detail = fmt::format("never measured: {}", fmt::join(unmeasured, ", "));
    else item.detail = fmt::format("{} measured", plural(measured, "objective"));
    if (!note.empty()) item.detail += "; " + note;
    return item;
  }

  /// The earliest record of the ISMS in operation dated on or before the as-of date.
  std::optional<Date> first_operating_record() const {
    std::optional<Date> first;
    auto consider = [&](const LocatedDate& date) {
      if (!date.present || date.value.days > as_of_) return;
      if (!first || date.value.days < first->days) first = date.value;
    };
    consider(repository_.manifest.operating_since);
    for (const Audit& audit : repository_.audits) if (audit.status.is(AuditStatus::Completed)) consider(audit.date);
    for (const ManagementReview& review : repository_.reviews) if (review.status.is(ReviewStatus::Held)) consider(review.date);
    for (const Objective& objective : repository_.objectives) for (const ObjectiveMeasurement& m : objective.measurements) consider(m.date);
    for (const Nonconformity& nonconformity : repository_.nonconformities) consider(nonconformity.raised);
    for (const TreatmentAction& action : repository_.treatment_actions) consider(action.completed);
    return first;
  }

  Prerequisite operated_long_enough() const {
    const std::int64_t months = repository_.manifest.operation_minimum_months;
    Prerequisite item{"8.1", fmt::format("The ISMS has operated for at least {} month{}, with records over that time",
                                         months, months == 1 ? "" : "s")};
    const std::optional<Date> first = first_operating_record();
    if (!first) {
      item.detail = "no dated record of the ISMS in operation (audits, reviews, measurements, nonconformities, "
                    "treatment actions) and no settings.operation.since";
      return item;
    }
    const std::int64_t required_days = static_cast<std::int64_t>(std::lround(static_cast<double>(months) * 30.44));
    const std::int64_t operated = as_of_ - first->days;
    item.met = operated >= required_days;
    item.detail = fmt::format("records since {} ({} days; {} required)", first->text, operated, required_days);
    return item;
  }

  const Repository& repository_;
  const CheckReport& report_;
  const std::vector<MandatoryDocumentStatus>& documents_;
  const std::int64_t as_of_;
};

}  // namespace

bool StageGate::ready() const {
  return std::all_of(items.begin(), items.end(), [](const Prerequisite& item) { return item.met; });
}

std::string StageGate::verdict() const { return fmt::format("{} for {}", ready() ? "Ready" : "Not ready", stage); }

std::vector<std::string> StageGate::reasons() const {
  std::vector<std::string> out;
  for (const Prerequisite& item : items) {
    if (!item.met) out.push_back(fmt::format("Clause {}: {}", item.clause, item.detail));
  }
  return out;
}

CertificationGates assess_certification_gates(const Repository& repository, const CheckReport& report,
                                              const std::vector<MandatoryDocumentStatus>& documents,
                                              std::int64_t as_of_days) {
  return GateAssessor(repository, report, documents, as_of_days).assess();
}

}  // namespace isms
