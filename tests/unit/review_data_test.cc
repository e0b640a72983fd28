// The management review pack's data (Clause 9.3.2), built from a repository of model structs:
// what counts as since the last review, open and overdue actions, and absent registers.
#include <catch2/catch.hpp>

#include "model/dates.h"
#include "render/review_data.h"

using namespace isms;

namespace {

Text text(std::string value) { return Text{std::move(value), {}, true}; }

LocatedDate date(const std::string& value) {
  LocatedDate out;
  REQUIRE(parse_date(value, out.value));
  out.present = true;
  return out;
}

template <typename E>
Choice<E> choice(E value) {
  Choice<E> out;
  out.value = value;
  out.present = out.known = true;
  return out;
}

ReviewAction review_action(std::string id, ActionStatus status, std::string due, std::string completed = "") {
  ReviewAction action;
  action.id = text(std::move(id));
  action.description = text("do it");
  action.owner = text("ciso");
  action.due = date(due);
  if (!completed.empty()) action.completed = date(completed);
  action.status = choice(status);
  return action;
}

Repository operating_repository() {
  Repository repository;
  repository.manifest.organisation_name = text("Example Ltd");
  ManagementReview held;
  held.id = text("MR-2026-01");
  held.status = choice(ReviewStatus::Held);
  held.date = date("2026-03-01");
  held.actions = {review_action("ACT-1", ActionStatus::InProgress, "2026-05-01"),
                  review_action("ACT-2", ActionStatus::Planned, "2026-12-31"),
                  review_action("ACT-3", ActionStatus::Done, "2026-04-01", "2026-04-02"),
                  review_action("ACT-4", ActionStatus::Cancelled, "2026-04-01")};
  held.decisions = {ReviewDecision{text("DEC-1"), text("Automate access reviews")}};
  ManagementReview older = held;
  older.id = text("MR-2025-01");
  older.date = date("2025-03-01");
  older.actions = {review_action("ACT-0", ActionStatus::Done, "2025-05-01", "2025-04-01")};
  older.decisions.clear();
  ManagementReview planned;
  planned.id = text("MR-2027-01");
  planned.status = choice(ReviewStatus::Planned);
  planned.planned = date("2027-01-15");
  planned.chair = text("ceo");
  planned.attendees = {text("ceo"), text("ciso")};
  repository.reviews = {older, held, planned};

  Audit audit;
  audit.id = text("IA-2026");
  audit.status = choice(AuditStatus::Completed);
  audit.date = date("2026-06-10");
  audit.findings = {AuditFinding{text("F1"), choice(FindingGrade::Minor), text("9.1"), text("no measurement"), text("NC-1")},
                    AuditFinding{text("F2"), choice(FindingGrade::Observation), text("A.8.13"), text("restore test"), {}}};
  Audit old_audit = audit;
  old_audit.id = text("IA-2025");
  old_audit.date = date("2025-06-10");
  repository.audits = {old_audit, audit};

  Nonconformity minor;
  minor.id = text("NC-1");
  minor.grade = choice(FindingGrade::Minor);
  minor.source = choice(NonconformitySource::InternalAudit);
  minor.raised = date("2026-06-10");
  minor.status = choice(NonconformityStatus::Open);
  minor.action.present = true;
  minor.action.owner = text("ciso");
  minor.action.due = date("2026-08-01");
  Nonconformity complaint;
  complaint.id = text("NC-2");
  complaint.grade = choice(FindingGrade::Major);
  complaint.source = choice(NonconformitySource::Complaint);
  complaint.raised = date("2026-02-01");
  complaint.status = choice(NonconformityStatus::Closed);
  complaint.closed = date("2026-04-01");
  Nonconformity observation;
  observation.id = text("NC-3");
  observation.grade = choice(FindingGrade::Observation);
  observation.source = choice(NonconformitySource::Monitoring);
  observation.raised = date("2026-07-01");
  observation.status = choice(NonconformityStatus::Open);
  repository.nonconformities = {minor, complaint, observation};

  Objective objective;
  objective.id = text("OBJ-1");
  objective.target = text("95%");
  objective.status = choice(ObjectiveStatus::Active);
  ObjectiveMeasurement before{date("2026-01-31"), text("90%"), {false, {}, true}, {}, {}};
  ObjectiveMeasurement after{date("2026-09-30"), text("96%"), {true, {}, true}, {}, {}};
  objective.measurements = {before, after};
  repository.objectives = {objective};

  TreatmentAction late;
  late.id = text("TA-1");
  late.status = choice(ActionStatus::InProgress);
  late.due = date("2026-07-01");
  TreatmentAction done = late;
  done.id = text("TA-2");
  done.status = choice(ActionStatus::Done);
  repository.treatment_actions = {late, done};
  return repository;
}

Json render_data(const Repository& repository, const ReviewChanges& changes = {}) {
  static const CheckReport report;
  static const std::vector<Diagnostic> blocking;
  Date as_of;
  parse_date("2026-11-22", as_of);
  const DocumentInput input{repository, report, DocumentKind::Review, "2026-11-22", as_of.days, "--as-of", "", false,
                            false, blocking};
  return review_data(input, review_since(repository), changes);
}

std::vector<std::string> ids(const Json& rows, const char* key = "id") {
  std::vector<std::string> out;
  for (const Json& row : rows) out.push_back(row[key].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("the pack reports since the last held review and prepares the next planned one", "[review]") {
  const Repository repository = operating_repository();
  const ReviewSince since = review_since(repository);
  REQUIRE(since.last_held != nullptr);
  CHECK(since.last_held->id.value == "MR-2026-01");
  CHECK(since.date == "2026-03-01");
  const Json data = render_data(repository);
  CHECK(data["document"]["kind"] == "review");
  CHECK(data["review"]["last"]["id"] == "MR-2026-01");
  CHECK(data["review"]["next"]["id"] == "MR-2027-01");
  CHECK(data["review"]["next"]["attendees"] == "ceo, ciso");
  CHECK(data["review"]["since_text"] == "since the management review MR-2026-01 held on 2026-03-01");
}

TEST_CASE("a) lists open actions of held reviews with their overdue flag, and those done since", "[review]") {
  const Json actions = render_data(operating_repository())["review"]["previous_actions"];
  CHECK(actions["available"] == true);
  CHECK(ids(actions["open"]) == std::vector<std::string>{"ACT-1", "ACT-2"});
  CHECK(actions["open"][0]["overdue"] == true);
  CHECK(actions["open"][1]["overdue"] == false);
  CHECK(actions["overdue_count"] == 1);
  CHECK(ids(actions["done_since"]) == std::vector<std::string>{"ACT-3"});  // ACT-0 was done before the last review
}

TEST_CASE("d) counts nonconformities, audits and objectives since the last review", "[review]") {
  const Json performance = render_data(operating_repository())["review"]["performance"];
  const Json& ncs = performance["nonconformities"];
  CHECK(ids(ncs["raised_since"]) == std::vector<std::string>{"NC-1", "NC-3"});
  CHECK(ids(ncs["closed_since"]) == std::vector<std::string>{"NC-2"});
  CHECK(ncs["open_count"] == 2);
  CHECK(ncs["open_by_grade"][1]["grade"] == "minor");
  CHECK(ncs["open_by_grade"][1]["count"] == 1);
  CHECK(ids(ncs["overdue_actions"]) == std::vector<std::string>{"NC-1"});
  CHECK(ids(performance["audits"]["completed"]) == std::vector<std::string>{"IA-2026"});
  CHECK(performance["audits"]["findings_by_grade"][2]["count"] == 1);
  CHECK(performance["monitoring"]["measurements"].size() == 1);
  const Json& objective = performance["objectives"]["rows"][0];
  CHECK(objective["latest_value"] == "96%");
  CHECK(objective["met"] == "met");
  CHECK(objective["status"] == "active");
}

TEST_CASE("e), f) and g) come from complaints, the treatment plan, observations and decisions", "[review]") {
  const Json review = render_data(operating_repository())["review"];
  CHECK(ids(review["feedback"]["complaints"]["rows"]) == std::vector<std::string>{"NC-2"});
  const Json& plan = review["risk"]["treatment_plan"];
  CHECK(plan["done"] == 1);
  CHECK(plan["overdue"] == 1);
  CHECK(ids(plan["open"]) == std::vector<std::string>{"TA-1"});
  CHECK(ids(review["improvement"]["audit_observations"]["rows"]) == std::vector<std::string>{"F2"});
  CHECK(ids(review["improvement"]["nonconformity_observations"]["rows"]) == std::vector<std::string>{"NC-3"});
  CHECK(ids(review["improvement"]["previous_decisions"]["rows"]) == std::vector<std::string>{"DEC-1"});
}

TEST_CASE("an absent register is named, never shown as an empty table", "[review]") {
  Repository repository;
  repository.manifest.organisation_name = text("Example Ltd");
  const Json review = render_data(repository)["review"];
  CHECK(review["last"]["present"] == false);
  CHECK(review["since"] == "");
  CHECK(review["since_text"].get<std::string>().starts_with("since the ISMS began"));
  CHECK(review["previous_actions"]["available"] == false);
  CHECK(review["previous_actions"]["absent"] == "No management review register.");
  CHECK(review["performance"]["nonconformities"]["absent"] == "No nonconformity register.");
  CHECK(review["performance"]["audits"]["absent"] == "No internal audit register.");
  CHECK(review["risk"]["treatment_plan"]["absent"] == "No risk treatment plan.");
  CHECK(review["issue_changes"]["available"] == false);
}

TEST_CASE("without a held review the pack reports since the ISMS began to operate", "[review]") {
  Repository repository;
  repository.manifest.operating_since = date("2026-01-01");
  CHECK(review_since(repository).date == "2026-01-01");
  const ReviewChanges changes = review_changes(CheckOptions{}, repository, "");
  CHECK_FALSE(changes.available);
  CHECK(changes.reason.find("no date to compare with") != std::string::npos);
  ReviewChanges seen;
  seen.available = true;
  seen.commit = "0123456789abcdef0123";
  seen.issues = {RecordChange{"context", "ISS-9", "New regulation", ChangeKind::Added, {}}};
  const Json issues = render_data(repository, seen)["review"]["issue_changes"];
  CHECK(issues["commit_short"] == "0123456789ab");
  CHECK(issues["changes"][0]["kind"] == "added");
  CHECK(issues["changes"][0]["id"] == "ISS-9");
}

TEST_CASE("the pack is blocked by a stale approval of the reviews register and placeholders it shows", "[review]") {
  const Repository repository;
  const auto finding = [](std::string code, std::string subject) {
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.subject = std::move(subject);
    return diagnostic;
  };
  CHECK(blocks_document(DocumentKind::Review, finding("APR001", "register:reviews:approval"), repository));
  CHECK_FALSE(blocks_document(DocumentKind::Review, finding("APR001", "register:scope:approval"), repository));
  CHECK_FALSE(blocks_document(DocumentKind::Scope, finding("APR001", "register:reviews:approval"), repository));
  CHECK(blocks_document(DocumentKind::Review, finding("PLH001", "placeholder:nonconformities:NC-1:title"), repository));
  CHECK(blocks_document(DocumentKind::Review, finding("PLH001", "placeholder:context:CI-1:title"), repository));
  CHECK_FALSE(blocks_document(DocumentKind::Review, finding("PLH001", "placeholder:suppliers:SUP-1:name"), repository));
  Diagnostic warning = finding("APR001", "register:reviews:approval");
  warning.severity = Severity::Warning;
  CHECK_FALSE(blocks_document(DocumentKind::Review, warning, repository));
}

TEST_CASE("review is a document of md, html and json", "[review]") {
  REQUIRE(parse_document_kind("review") == DocumentKind::Review);
  CHECK(document_name(DocumentKind::Review) == "review");
  const std::span<const DocumentFormat> formats = formats_of(DocumentKind::Review);
  CHECK(std::vector<DocumentFormat>(formats.begin(), formats.end()) ==
        std::vector<DocumentFormat>{DocumentFormat::Markdown, DocumentFormat::Html, DocumentFormat::Json});
}
