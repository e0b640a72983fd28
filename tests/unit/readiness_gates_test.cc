// The certification prerequisites: each met only on records, and said by clause when not.
#include <algorithm>

#include <catch2/catch.hpp>

#include "model/dates.h"
#include "render/readiness.h"

using namespace isms;

namespace {

LocatedDate dated(const char* text) {
  LocatedDate date;
  REQUIRE(parse_date(text, date.value));
  date.present = true;
  return date;
}

std::int64_t day(const char* text) { return dated(text).value.days; }

Text written(const char* text) {
  Text out;
  out.value = text;
  out.present = true;
  return out;
}

const Prerequisite& item_of(const StageGate& gate, std::string_view clause) {
  for (const Prerequisite& item : gate.items) {
    if (item.clause == clause) return item;
  }
  FAIL("no prerequisite for clause " << clause);
  return gate.items.front();
}

void add_register(Repository& repository, const char* name) {
  RegisterInfo info;
  info.name = name;
  info.found = true;
  repository.registers.push_back(info);
}

ManagementReview held_review() {
  ManagementReview review;
  review.id = written("MR-1");
  assign_choice(review.status, "held", {});
  review.date = dated("2026-10-01");
  ReviewInputs& in = review.inputs;
  for (Text* text : {&in.previous_actions, &in.issue_changes, &in.party_changes, &in.performance.nonconformities,
                     &in.performance.monitoring_results, &in.performance.audit_results, &in.performance.objectives,
                     &in.party_feedback, &in.risk_results, &in.improvement_opportunities}) {
    *text = written("Reviewed with the figures of the quarter.");
  }
  return review;
}

}  // namespace

TEST_CASE("without audit or review records the repository is not ready for Stage 2, by clause", "[readiness]") {
  Repository repository;
  CheckReport report;
  const Readiness readiness = assess_readiness(repository, report, day("2026-12-07"));
  CHECK_FALSE(readiness.gates.stage2.ready());
  CHECK(readiness.gates.stage2.verdict() == "Not ready for Stage 2");
  const std::vector<std::string> reasons = readiness.gates.stage2.reasons();
  CHECK(std::find(reasons.begin(), reasons.end(), "Clause 9.2: no internal audit is recorded") != reasons.end());
  CHECK(std::find(reasons.begin(), reasons.end(), "Clause 9.3: no management review has been held") != reasons.end());
  CHECK(readiness.verdict == "Not ready for audit");  // an empty repository has blockers first
}

TEST_CASE("a completed audit of the whole ISMS counts only before the Stage 2 date", "[readiness]") {
  Repository repository;
  CheckReport report;
  Audit audit;
  audit.id = written("IA-1");
  assign_choice(audit.status, "completed", {});
  audit.date = dated("2026-09-15");
  audit.whole_isms.value = true;
  audit.whole_isms.present = true;
  repository.audits.push_back(audit);
  const std::int64_t as_of = day("2026-12-07");
  CHECK(item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.2").met);

  repository.manifest.certification.stage2_date = dated("2026-09-01");
  const Prerequisite late = item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.2");
  CHECK_FALSE(late.met);
  CHECK(late.detail == "no completed internal audit covers the whole ISMS before Stage 2 on 2026-09-01");

  // An audit of some clauses is not an audit of the whole ISMS.
  repository.manifest.certification = {};
  repository.audits[0].whole_isms = {};
  repository.audits[0].clauses = {written("4"), written("5"), written("6.1.2"), written("7"), written("8"), written("9")};
  CHECK_FALSE(item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.2").met);
  repository.audits[0].clauses.push_back(written("10.2"));
  CHECK(item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.2").met);
}

TEST_CASE("a management review counts only with every 9.3.2 input, placeholders not", "[readiness]") {
  Repository repository;
  CheckReport report;
  repository.reviews.push_back(held_review());
  const std::int64_t as_of = day("2026-12-07");
  CHECK(item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.3").met);
  repository.reviews[0].inputs.performance.audit_results = written("TBD");
  repository.reviews[0].inputs.party_feedback = {};
  const Prerequisite missing = item_of(assess_readiness(repository, report, as_of).gates.stage2, "9.3");
  CHECK_FALSE(missing.met);
  CHECK(missing.detail == "MR-1, held 2026-10-01, records no content for d) 3) performance.audit_results, e) party_feedback");
}

TEST_CASE("an open major nonconformity, or no register to say there is none, fails Stage 2", "[readiness]") {
  Repository repository;
  CheckReport report;
  const std::int64_t as_of = day("2026-12-07");
  CHECK_FALSE(item_of(assess_readiness(repository, report, as_of).gates.stage2, "10.2").met);
  add_register(repository, "nonconformities");
  CHECK(item_of(assess_readiness(repository, report, as_of).gates.stage2, "10.2").met);
  Nonconformity major;
  major.id = written("NC-1");
  assign_choice(major.grade, "major", {});
  assign_choice(major.status, "in-progress", {});
  repository.nonconformities.push_back(major);
  const Prerequisite open = item_of(assess_readiness(repository, report, as_of).gates.stage2, "10.2");
  CHECK_FALSE(open.met);
  CHECK(open.detail == "open: NC-1");
}

TEST_CASE("the ISMS has operated long enough only with records over the manifest's period", "[readiness]") {
  Repository repository;
  CheckReport report;
  const std::int64_t as_of = day("2026-12-07");
  CHECK_FALSE(item_of(assess_readiness(repository, report, as_of).gates.stage2, "8.1").met);
  repository.reviews.push_back(held_review());  // 2026-10-01: 67 days
  const Prerequisite short_run = item_of(assess_readiness(repository, report, as_of).gates.stage2, "8.1");
  CHECK_FALSE(short_run.met);
  CHECK(short_run.detail == "records since 2026-10-01 (67 days; 91 required)");
  repository.manifest.operating_since = dated("2026-06-01");
  CHECK(item_of(assess_readiness(repository, report, as_of).gates.stage2, "8.1").met);
  repository.manifest.operation_minimum_months = 12;
  CHECK_FALSE(item_of(assess_readiness(repository, report, as_of).gates.stage2, "8.1").met);
}
