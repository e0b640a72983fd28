// isms due: items are dated as the rules judge them and graded by the manifest's windows.
#include <catch2/catch.hpp>

#include <string>

#include "due/due_format.h"
#include "due/due_items.h"
#include "model/dates.h"

namespace isms {
namespace {

LocatedDate dated(const std::string& text) {
  LocatedDate date;
  REQUIRE(parse_date(text, date.value));
  date.value.text = text;
  date.present = true;
  date.location = SourceLocation{0, 3, 5};
  return date;
}

std::int64_t days_of(const std::string& text) {
  Date date;
  REQUIRE(parse_date(text, date));
  return date.days;
}

Risk risk_reviewed_on(const std::string& id, const std::string& date) {
  Risk risk;
  risk.id.value = id;
  risk.title.value = "A risk";
  risk.review_date = dated(date);
  return risk;
}

}  // namespace

TEST_CASE("due items are graded by the manifest's windows and listed earliest first", "[due]") {
  Repository repository;
  repository.manifest.due_warn_days = 30;
  repository.manifest.due_error_days = 7;
  repository.risks = {risk_reviewed_on("R-4", "2027-03-01"), risk_reviewed_on("R-1", "2026-11-30"),
                      risk_reviewed_on("R-2", "2026-12-05"), risk_reviewed_on("R-3", "2026-12-20"),
                      risk_reviewed_on("R-5", "2028-01-01")};
  const DueList list = collect_due_items(repository, days_of("2026-12-01"), 120);
  REQUIRE(list.items.size() == 4);  // R-5 lies beyond the window
  CHECK(list.dated == 5);
  CHECK(list.items[0].key == "risk:R-1:review");
  CHECK(list.items[0].level == DueLevel::Overdue);
  CHECK(list.items[0].days_left == -1);
  CHECK(list.items[1].level == DueLevel::Error);
  CHECK(list.items[2].level == DueLevel::Warning);
  CHECK(list.items[3].level == DueLevel::Upcoming);
  CHECK(list.items[3].due_date == "2027-03-01");
}

TEST_CASE("a review falls due one review period after the last one", "[due]") {
  Repository repository;
  repository.manifest.review_period_months = 12;
  Document document;
  document.id.value = "DOC-1";
  document.title.value = "Policy";
  document.last_review = dated("2026-01-10");
  repository.documents = {document};
  const DueList list = collect_due_items(repository, days_of("2026-12-01"), 60);
  REQUIRE(list.items.size() == 1);
  CHECK(list.items[0].due_days == days_of("2026-01-10") + repository.manifest.review_period_days());
  CHECK(list.items[0].what == "review document DOC-1 (Policy)");
}

TEST_CASE("the next management review falls due a review period after the last held one", "[due]") {
  Repository repository;
  repository.manifest.review_period_months = 12;
  ManagementReview held;
  held.id.value = "MR-1";
  assign_choice(held.status, "held", {});
  held.date = dated("2026-01-10");
  ReviewAction action;
  action.id.value = "MR-1-A1";
  assign_choice(action.status, "in-progress", {});
  action.due = dated("2026-12-20");
  held.actions = {action};
  repository.reviews = {held};
  DueList list = collect_due_items(repository, days_of("2026-12-01"), 60);
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[0].key == "review:MR-1:action:MR-1-A1");
  CHECK(list.items[1].key == "review:next");
  CHECK(list.items[1].due_days == days_of("2026-01-10") + repository.manifest.review_period_days());

  // A review planned after the last held one replaces the computed date.
  ManagementReview planned;
  planned.id.value = "MR-2";
  planned.title.value = "Management review 2027";
  assign_choice(planned.status, "planned", {});
  planned.planned = dated("2027-01-15");
  repository.reviews.push_back(planned);
  list = collect_due_items(repository, days_of("2026-12-01"), 60);
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[1].key == "review:MR-2:planned");
  CHECK(list.items[1].what == "hold management review MR-2 (Management review 2027)");
}

TEST_CASE("nothing dated is not reported as nothing due", "[due]") {
  const Repository repository;
  const SourceFiles files;
  const DueList list = collect_due_items(repository, days_of("2026-12-01"), 60);
  CHECK(list.dated == 0);
  CHECK(format_due_text(list, files).find("nothing was checked") != std::string::npos);
}

TEST_CASE("the calendar folds long lines at 75 octets and escapes TEXT", "[due]") {
  Repository repository;
  Risk risk = risk_reviewed_on("R-1", "2026-12-10");
  risk.title.value = std::string(100, 'x') + ", a; b\\c\n\x1b[31m";
  repository.risks = {risk};
  const SourceFiles files;
  const DueList list = collect_due_items(repository, days_of("2026-12-01"), 60);
  const std::string calendar = format_due_ics(list, files, "2026-12-01");
  CHECK(calendar.find("\x1b") == std::string::npos);
  CHECK(calendar.find("\\, a\\; b\\\\c\\n[31m") != std::string::npos);
  CHECK(calendar.find("DTSTART;VALUE=DATE:20261210\r\n") != std::string::npos);
  CHECK(calendar.find("DTEND;VALUE=DATE:20261211\r\n") != std::string::npos);
  CHECK(calendar.find("DTSTAMP:20261201T000000Z\r\n") != std::string::npos);
  std::size_t start = 0;
  while (start < calendar.size()) {
    const std::size_t end = calendar.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
}

}  // namespace isms
