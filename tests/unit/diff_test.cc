// `isms diff`: comparing two models, and the short forms the text and Markdown outputs use.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "diff/diff_format.h"
#include "diff/model_diff.h"
#include "run/check_run.h"

using namespace isms;

namespace {

Text text(std::string value) {
  Text out;
  out.value = std::move(value);
  out.present = true;
  return out;
}

Number number(std::int64_t value) {
  Number out;
  out.value = value;
  out.present = true;
  return out;
}

/// An enumerated field written as `written`, as the loader would decode it.
template <typename E>
Choice<E> choice(std::string_view written) {
  Choice<E> out;
  assign_choice(out, written, SourceLocation{});
  return out;
}

Flag flag(bool value) {
  Flag out;
  out.value = value;
  out.present = true;
  return out;
}

IdList ids(std::initializer_list<const char*> values) {
  IdList out;
  for (const char* value : values) out.push_back(text(value));
  return out;
}

Risk risk(const char* id, std::int64_t likelihood, std::int64_t impact, std::int64_t residual_likelihood,
          std::int64_t residual_impact) {
  Risk out;
  out.id = text(id);
  out.title = text(std::string("Risk ") + id);
  out.likelihood = number(likelihood);
  out.impact = number(impact);
  out.residual_likelihood = number(residual_likelihood);
  out.residual_impact = number(residual_impact);
  out.treatment = choice<RiskTreatment>("modify");
  out.controls = ids({"A.5.15", "A.8.16"});
  return out;
}

SoaEntry entry(const char* control, bool applicable, const char* status, const char* justification) {
  SoaEntry out;
  out.control = text(control);
  out.applicable = flag(applicable);
  out.status = choice<SoaStatus>(status);
  out.justification = text(justification);
  return out;
}

ScopeItem service(const char* id, bool in_scope) {
  ScopeItem out;
  out.id = text(id);
  out.name = text(std::string("Service ") + id);
  out.in_scope = flag(in_scope);
  return out;
}

/// A small repository: threshold 8 under the product method, two risks, three SoA entries, a scope.
Repository sample() {
  Repository repository;
  repository.manifest.organisation_name = text("Example Ltd");
  repository.manifest.risk.acceptance_threshold = 8;
  repository.risks = {risk("R-001", 4, 5, 2, 4), risk("R-002", 3, 3, 2, 2)};
  repository.soa = {entry("A.5.15", true, "implemented", "Needed for R-001"),
                    entry("A.7.6", false, "not-applicable", "No secure areas: all processing is in the cloud."),
                    entry("A.8.16", true, "implemented", "Needed for R-001")};
  repository.scope.present = true;
  repository.scope.statement = text("The ISMS covers the Example product.");
  repository.scope.soa_version = text("1.0");
  repository.scope.logical_boundary = text("The production cloud account.");
  repository.scope.services = {service("SVC-A", true), service("SVC-B", true)};
  ScopeExclusion exclusion;
  exclusion.id = text("EX-001");
  exclusion.what = text("Marketing website");
  exclusion.rationale = text("Hosted by an agency; no customer data.");
  repository.scope.exclusions = {exclusion};
  return repository;
}

const RecordChange* find_record(const ModelDiff& diff, std::string_view register_name, std::string_view id) {
  auto found = std::find_if(diff.records.begin(), diff.records.end(), [&](const RecordChange& record) {
    return record.register_name == register_name && record.id == id;
  });
  return found == diff.records.end() ? nullptr : &*found;
}

const FieldChange* find_field(const RecordChange& record, std::string_view name) {
  auto found = std::find_if(record.fields.begin(), record.fields.end(), [&](const FieldChange& field) { return field.field == name; });
  return found == record.fields.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("diff: identical repositories have no changes", "[diff]") {
  const ModelDiff diff = compare_repositories(sample(), sample());
  CHECK(diff.records.empty());
  CHECK(diff.controls.empty());
  CHECK(diff.risks.empty());
  CHECK(diff.scope.empty());
  CHECK(diff.incomplete.empty());
}

TEST_CASE("diff: a residual level raised above the threshold is an upward crossing", "[diff]") {
  Repository head = sample();
  head.risks[0].residual_likelihood = number(3);  // 2 x 4 = 8 -> 3 x 4 = 12, threshold 8
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.risks.size() == 1);
  const RiskChange& change = diff.risks[0];
  CHECK(change.id == "R-001");
  CHECK(change.kind == ChangeKind::Changed);
  CHECK(change.residual_before.level == 8);
  CHECK(change.residual_after.level == 12);
  CHECK(change.inherent_before.level == 20);
  CHECK(change.inherent_after.level == 20);
  CHECK_FALSE(change.above_before);
  CHECK(change.above_after);
  CHECK(change.crossing == Crossing::Up);

  const RecordChange* record = find_record(diff, "risks", "R-001");
  REQUIRE(record != nullptr);
  REQUIRE(record->fields.size() == 1);
  CHECK(record->fields[0].field == "residual.likelihood");
  CHECK(record->fields[0].before == "2");
  CHECK(record->fields[0].after == "3");
}

TEST_CASE("diff: levels follow each side's method, so a new threshold alone can cross", "[diff]") {
  Repository head = sample();
  head.manifest.risk.acceptance_threshold = 6;  // R-001 stays at 8, now above
  Repository base = sample();
  const ModelDiff diff = compare_repositories(base, head);
  REQUIRE(diff.risks.size() == 1);
  CHECK(diff.risks[0].crossing == Crossing::Up);
  CHECK(diff.risks[0].threshold_before == 8);
  CHECK(diff.risks[0].threshold_after == 6);
  const RecordChange* manifest = find_record(diff, "manifest", "isms.yaml");
  REQUIRE(manifest != nullptr);
  CHECK(find_field(*manifest, "settings.risk.acceptance_threshold") != nullptr);

  // 3 x 4 = 12 is above 8; under the sum method 3 + 4 = 7 is not: the crossing goes down.
  Repository raised = sample();
  raised.risks[0].residual_likelihood = number(3);
  Repository lowered = raised;
  assign_choice(lowered.manifest.risk.level, "sum", {});
  const ModelDiff down = compare_repositories(raised, lowered);
  const auto crossing = std::find_if(down.risks.begin(), down.risks.end(), [](const RiskChange& r) { return r.id == "R-001"; });
  REQUIRE(crossing != down.risks.end());
  CHECK(crossing->residual_after.level == 7);
  CHECK(crossing->inherent_after.level == 9);
  CHECK(crossing->crossing == Crossing::Down);
}

TEST_CASE("diff: without residual scores the inherent level is the residual one", "[diff]") {
  Repository base = sample();
  Repository head = sample();
  head.risks[1].residual_likelihood = Number{};
  head.risks[1].residual_impact = Number{};  // 3 x 3 = 9 > 8
  const ModelDiff diff = compare_repositories(base, head);
  REQUIRE(diff.risks.size() == 1);
  CHECK(diff.risks[0].residual_after.level == 9);
  CHECK(diff.risks[0].crossing == Crossing::Up);
}

TEST_CASE("diff: new and removed risks, and a new risk above the threshold called out", "[diff]") {
  Repository head = sample();
  head.risks.erase(head.risks.begin() + 1);
  head.risks.push_back(risk("R-003", 5, 5, 4, 4));
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.risks.size() == 2);
  CHECK(diff.risks[0].id == "R-003");
  CHECK(diff.risks[0].kind == ChangeKind::Added);
  CHECK(diff.risks[0].crossing == Crossing::Up);
  CHECK(diff.risks[1].id == "R-002");
  CHECK(diff.risks[1].kind == ChangeKind::Removed);
  CHECK(diff.risks[1].crossing == Crossing::None);
  REQUIRE(find_record(diff, "risks", "R-003") != nullptr);
  CHECK(find_record(diff, "risks", "R-003")->kind == ChangeKind::Added);
  CHECK(find_record(diff, "risks", "R-002")->kind == ChangeKind::Removed);
}

TEST_CASE("diff: a treatment change is a risk change even at the same level", "[diff]") {
  Repository head = sample();
  head.risks[1].treatment = choice<RiskTreatment>("accept");
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.risks.size() == 1);
  CHECK(diff.risks[0].treatment_before == "modify");
  CHECK(diff.risks[0].treatment_after == "accept");
  CHECK(diff.risks[0].crossing == Crossing::None);
}

TEST_CASE("diff: controls: applicability, status and exclusion justifications", "[diff]") {
  Repository head = sample();
  head.soa[2] = entry("A.8.16", false, "not-applicable", "Monitoring is done by the provider.");
  head.soa[1].justification = text("No secure areas: all processing is in the provider's data centres.");
  head.soa[0].status = choice<SoaStatus>("partial");
  head.soa[0].owner = text("CISO");  // not a control decision: a record change only
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.controls.size() == 3);
  // Catalogue order: A.5.15, A.7.6, A.8.16.
  CHECK(diff.controls[0].control == "A.5.15");
  CHECK(diff.controls[0].applicability_before == "applicable");
  CHECK(diff.controls[0].applicability_after == "applicable");
  CHECK(diff.controls[0].status_after == "partial");
  CHECK(diff.controls[0].justification_after.empty());
  CHECK(diff.controls[1].control == "A.7.6");
  CHECK(diff.controls[1].title == "Working in secure areas");
  CHECK(diff.controls[1].justification_before == "No secure areas: all processing is in the cloud.");
  CHECK(diff.controls[1].justification_after == "No secure areas: all processing is in the provider's data centres.");
  CHECK(diff.controls[2].applicability_before == "applicable");
  CHECK(diff.controls[2].applicability_after == "excluded");
  CHECK(diff.controls[2].justification_after == "Monitoring is done by the provider.");

  const RecordChange* record = find_record(diff, "soa", "A.5.15");
  REQUIRE(record != nullptr);
  CHECK(find_field(*record, "owner") != nullptr);
  CHECK(find_field(*record, "status") != nullptr);
}

TEST_CASE("diff: a control dropped from the SoA is 'not listed'", "[diff]") {
  Repository head = sample();
  head.soa.pop_back();
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.controls.size() == 1);
  CHECK(diff.controls[0].control == "A.8.16");
  CHECK(diff.controls[0].applicability_after == "not listed");
}

TEST_CASE("diff: scope: services in and out, exclusions, boundaries, statement and SoA version", "[diff]") {
  Repository head = sample();
  head.scope.services[1].in_scope = flag(false);
  head.scope.services.push_back(service("SVC-C", true));
  head.scope.exclusions[0].rationale = text("Hosted by an agency; holds only a contact form.");
  ScopeExclusion added;
  added.id = text("EX-002");
  added.what = text("Research sandbox");
  added.rationale = text("Public data only.");
  head.scope.exclusions.push_back(added);
  head.scope.logical_boundary = text("The production and staging cloud accounts.");
  head.scope.statement = text("The ISMS covers the Example product and its API.");
  head.scope.soa_version = text("1.1");
  const ModelDiff diff = compare_repositories(sample(), head);
  auto has = [&](std::string_view aspect, std::string_view id, ChangeKind kind) {
    return std::any_of(diff.scope.begin(), diff.scope.end(), [&](const ScopeChange& change) {
      return change.aspect == aspect && change.id == id && change.kind == kind;
    });
  };
  CHECK(has("statement", "statement", ChangeKind::Changed));
  CHECK(has("soa_version", "soa_version", ChangeKind::Changed));
  CHECK(has("boundary", "logical", ChangeKind::Changed));
  CHECK(has("service", "SVC-B", ChangeKind::Changed));
  CHECK(has("service", "SVC-C", ChangeKind::Added));
  CHECK(has("exclusion", "EX-001", ChangeKind::Changed));
  CHECK(has("exclusion", "EX-002", ChangeKind::Added));
  CHECK(diff.scope.size() == 7);
  const auto service_b = std::find_if(diff.scope.begin(), diff.scope.end(), [](const ScopeChange& c) { return c.id == "SVC-B"; });
  CHECK(service_b->before == "in scope");
  CHECK(service_b->after == "out of scope");
  const auto exclusion = std::find_if(diff.scope.begin(), diff.scope.end(), [](const ScopeChange& c) { return c.id == "EX-002"; });
  CHECK(exclusion->after == "Public data only.");
}

TEST_CASE("diff: list fields compare as sets and report the items added and removed", "[diff]") {
  Repository head = sample();
  head.risks[0].controls = ids({"A.8.16", "A.5.15"});  // reordered only
  CHECK(compare_repositories(sample(), head).records.empty());
  head.risks[0].controls = ids({"A.8.16", "A.8.9"});
  const ModelDiff diff = compare_repositories(sample(), head);
  const RecordChange* record = find_record(diff, "risks", "R-001");
  REQUIRE(record != nullptr);
  const FieldChange* controls = find_field(*record, "controls");
  REQUIRE(controls != nullptr);
  CHECK(controls->list);
  CHECK(controls->added == std::vector<std::string>{"A.8.9"});
  CHECK(controls->removed == std::vector<std::string>{"A.5.15"});
  CHECK(field_change_text(*controls) == "controls: +A.8.9, -A.5.15");
}

TEST_CASE("diff: registers that could not be read completely are noted", "[diff]") {
  Repository head = sample();
  RegisterInfo info;
  info.name = "risks";
  info.found = true;
  info.incomplete = true;
  head.registers.push_back(info);
  const ModelDiff diff = compare_repositories(sample(), head);
  REQUIRE(diff.incomplete.size() == 1);
  CHECK(diff.incomplete[0].register_name == "risks");
  CHECK(diff.incomplete[0].side == "HEAD");
}

TEST_CASE("diff: the example repository loaded twice has no changes", "[diff]") {
  CheckOptions options;
  options.repository = std::string(ISMS_SOURCE_DIR) + "/examples/ai-company";
  options.as_of = "2026-11-22";
  CheckRun first, second;
  run_check(options, first);
  run_check(options, second);
  REQUIRE(first.status == LoadStatus::Loaded);
  const ModelDiff diff = compare_repositories(first.repository, second.repository);
  CHECK(diff.records.empty());
  CHECK(diff.controls.empty());
  CHECK(diff.risks.empty());
  CHECK(diff.scope.empty());
  // And against an empty model every record is new.
  const ModelDiff everything = compare_repositories(Repository{}, first.repository);
  CHECK(std::count_if(everything.controls.begin(), everything.controls.end(),
                      [](const ControlChange& c) { return c.applicability_before == "not listed"; }) == 93);
  CHECK(find_record(everything, "risks", "R-001") != nullptr);
}

TEST_CASE("diff: long values are shortened around the words that changed", "[diff][format]") {
  CHECK(shorten("short  text\nover lines") == "short text over lines");
  const std::string long_text(200, 'x');
  CHECK(shorten(long_text, 20).size() <= 20);
  // Never splits a multi-byte character: 'é' is two bytes.
  std::string accents;
  for (int i = 0; i < 50; ++i) accents += "\xC3\xA9";
  const std::string cut = shorten(accents, 21);
  CHECK(cut.size() <= 21);
  CHECK(cut.rfind("\xE2\x80\xA6") == cut.size() - 3);
  CHECK((cut.size() - 3) % 2 == 0);

  const std::string before =
      "Northwind does not outsource software or model development: all code and models are built by employees and "
      "by individual contractors onboarded as staff under the same policies and access controls.";
  const std::string after =
      "Northwind does not outsource software or model development: all code and models are built by employees only, "
      "under the same policies and access controls.";
  std::string old_short, new_short;
  shorten_change(before, after, old_short, new_short);
  CHECK(old_short.find("individual contractors") != std::string::npos);
  CHECK(new_short.find("employees only") != std::string::npos);
  CHECK(old_short.rfind("\xE2\x80\xA6", 0) == 0);  // the common start is cut
  CHECK(old_short.size() <= kShortWidth + 6);
  CHECK(transition("", "x") == "(none) \xE2\x86\x92 x");
  CHECK(transition("same", "same") == "same");
}

TEST_CASE("diff: Markdown escapes values and collapses long tables", "[diff][format]") {
  DiffReport report;
  report.base = DiffSide{"main", "revision", "0123456789abcdef0123456789abcdef01234567", {}, 10};
  report.head = DiffSide{"working tree", "working-tree", {}, {}, 10};
  report.as_of = "2026-11-22";
  report.tool_version = "0.1.0";
  RiskChange crossing;
  crossing.id = "R-1";
  crossing.title = "Leak | via *markdown* <script>";
  crossing.residual_before = RiskLevel{true, 2, 4, 8};
  crossing.residual_after = RiskLevel{true, 3, 4, 12};
  crossing.threshold_before = crossing.threshold_after = 8;
  crossing.above_after = true;
  crossing.crossing = Crossing::Up;
  report.changes.risks.push_back(crossing);
  for (int i = 0; i < 25; ++i) {
    report.changes.records.push_back(RecordChange{"assets", "AST-" + std::to_string(i), "Asset", ChangeKind::Added, {}});
  }
  const std::string markdown = format_diff_markdown(report);
  CHECK(markdown.rfind("## ISMS changes: main (0123456789ab) \xE2\x86\x92 working tree\n", 0) == 0);
  CHECK(markdown.find("**\xE2\x9A\xA0\xEF\xB8\x8F 1 risk crossed the acceptance threshold**") != std::string::npos);
  CHECK(markdown.find("R-1 Leak \\| via \\*markdown\\* &lt;script&gt;") != std::string::npos);
  CHECK(markdown.find("<script>") == std::string::npos);
  CHECK(markdown.find("8 (L2, I4) \xE2\x86\x92 12 (L3, I4)") != std::string::npos);
  CHECK(markdown.find("<details><summary>25 records</summary>") != std::string::npos);
  // The crossing comes before the records.
  CHECK(markdown.find("crossed the acceptance threshold\n") < markdown.find("### Records"));

  const std::string json = format_diff_json(report);
  CHECK(json.find("\"schema_version\": 1") != std::string::npos);
  CHECK(json.find("\"crossing\": \"up\"") != std::string::npos);
  const std::string text = format_diff_text(report);
  CHECK(text.find("now ABOVE the threshold") != std::string::npos);
}
