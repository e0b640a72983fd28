#include <catch2/catch.hpp>

#include <string>

#include <algorithm>

#include "import/import_records.h"
#include "import/nested_merge.h"

using isms::ImportTarget;
using isms::merge_nested;
using isms::NestedMergeOutcome;

namespace {

const std::string kAudits = R"(# Internal audits.
register:
  version: "1.0"
  owner: CISO
audits:
  - id: IA-1
    title: First audit   # the pilot
    status: completed
    findings:
      - id: F1
        grade: minor
        description: >-
          Two owners
          missing.

  # the second cycle
  - id: IA-2
    title: Second audit
    status: planned
  - id: IA-3
    title: Third audit
    status: planned
    findings: []
)";

/// The sheet's rows as `isms import findings` writes them: each record names its audit first.
const std::string kFindings = R"(register:
  version: "0.1"
  owner: TBD
findings:
  - audit: IA-1
    id: F2
    grade: observation
    description: Logs kept 30 days
  - audit: IA-2
    id: F3
    grade: major
    description: No review
  - audit: IA-3
    id: F4
    grade: minor
    description: "Late: report"
  - audit: IA-1
    id: F1
    grade: minor
    description: Two owners missing.
)";

NestedMergeOutcome merged(const std::string& existing, const std::string& sheet, ImportTarget target) {
  const auto result = merge_nested(existing, sheet, target, isms::Limits{});
  INFO((result ? std::string() : result.error()));
  REQUIRE(result);
  return *result;
}

}  // namespace

TEST_CASE("nested records go to the end of their parent's list, in its indentation", "[import][merge]") {
  const NestedMergeOutcome outcome = merged(kAudits, kFindings, ImportTarget::Findings);
  CHECK(outcome.text == R"(# Internal audits.
register:
  version: "1.0"
  owner: CISO
audits:
  - id: IA-1
    title: First audit   # the pilot
    status: completed
    findings:
      - id: F1
        grade: minor
        description: >-
          Two owners
          missing.
      - id: F2
        grade: observation
        description: Logs kept 30 days

  # the second cycle
  - id: IA-2
    title: Second audit
    status: planned
    findings:
      - id: F3
        grade: major
        description: No review
  - id: IA-3
    title: Third audit
    status: planned
    findings:
      - id: F4
        grade: minor
        description: "Late: report"
)");
  CHECK(outcome.added == 3);
  CHECK(outcome.already == 1);  // F1 reads the same, folded or not
  CHECK(outcome.differing.empty());
  // Imported again, the sheet adds nothing.
  const NestedMergeOutcome again = merged(outcome.text, kFindings, ImportTarget::Findings);
  CHECK(again.text == outcome.text);
  CHECK(again.added == 0);
  CHECK(again.already == 4);
}

TEST_CASE("a nested record the file holds with other values is left as it is and said", "[import][merge]") {
  const std::string sheet = R"(findings:
  - audit: IA-1
    id: F1
    grade: major
    description: Two owners missing.
)";
  const NestedMergeOutcome outcome = merged(kAudits, sheet, ImportTarget::Findings);
  CHECK(outcome.text == kAudits);
  REQUIRE(outcome.differing.size() == 1);
  CHECK(outcome.differing[0].find("finding F1 of audit IA-1") != std::string::npos);
}

TEST_CASE("a parent the file lacks is refused, unless the target adds parents", "[import][merge]") {
  const std::string sheet = R"(findings:
  - audit: IA-9
    id: F9
    description: Anything
)";
  const auto refused = merge_nested(kAudits, sheet, ImportTarget::Findings, isms::Limits{});
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find("1 audit that the file does not hold: IA-9 (1 finding)") != std::string::npos);

  const std::string training = R"(competence:
  - person: P-2
    type: training
    title: Secure ML
    date: 2026-10-20
    requirements: [CR-1]
)";
  const std::string people = "requirements:\n  - {id: CR-1, role: R-1, competence: ML}\npeople:\n  - person: P-1\n"
                             "    awareness:\n      - {course: Basics, date: 2026-01-05}\n";
  CHECK(merged(people, training, ImportTarget::CompetenceEvidence).text ==
        people + "  - person: P-2\n    competence:\n      - type: training\n        title: Secure ML\n"
                 "        date: 2026-10-20\n        requirements: [CR-1]\n");
  // Without a people list, or with an empty one, the list is written.
  const std::string no_people = "requirements: []\n";
  const std::string with_list = "requirements: []\npeople:\n  - person: P-2\n    competence:\n      - type: training\n"
                                "        title: Secure ML\n        date: 2026-10-20\n        requirements: [CR-1]\n";
  CHECK(merged(no_people, training, ImportTarget::CompetenceEvidence).text == with_list);
  CHECK(merged("requirements: []\npeople: []\n", training, ImportTarget::CompetenceEvidence).text == with_list);
}

TEST_CASE("a list of one-line records gains one-line records", "[import][merge]") {
  const std::string people = "people:\n  - person: P-1\n    awareness:\n      - {course: Basics, date: 2026-01-05}\n";
  const std::string sheet = "awareness:\n  - person: P-1\n    course: \"Prompt injection, in practice\"\n    date: 2026-11-10\n";
  CHECK(merged(people, sheet, ImportTarget::Awareness).text ==
        people + "      - {course: \"Prompt injection, in practice\", date: 2026-11-10}\n");
}

TEST_CASE("a CRLF file keeps its line endings", "[import][merge]") {
  const std::string people = "people:\r\n  - person: P-1\r\n    awareness:\r\n      - course: Basics\r\n        date: 2026-01-05\r\n";
  const std::string sheet = "awareness:\n  - person: P-1\n    course: Advanced\n    date: 2026-11-10\n";
  CHECK(merged(people, sheet, ImportTarget::Awareness).text ==
        people + "      - course: Advanced\r\n        date: 2026-11-10\r\n");
}

TEST_CASE("a file that cannot be added to line by line is refused", "[import][merge]") {
  const std::string sheet = "findings:\n  - audit: IA-1\n    id: F2\n    description: x\n";
  for (const std::string& file : {std::string("audits: [{id: IA-1, findings: []}]\n"),
                                  std::string("audits:\n  - {id: IA-1}\n"),
                                  std::string("audits:\n  - id: IA-1\n    findings: [{id: F1, description: y}]\n"),
                                  std::string("audits:\n  - id: IA-1\n    findings: none\n"),
                                  std::string("audits:\r  - id: IA-1\r"), std::string("- a\n- b\n"),
                                  std::string("audits: [\n")}) {
    INFO(file);
    CHECK_FALSE(merge_nested(file, sheet, ImportTarget::Findings, isms::Limits{}));
  }
}

TEST_CASE("a nested target's rows start with the column that names their parent", "[import][merge]") {
  std::size_t nested_targets = 0;
  for (const isms::ImportTargetInfo& info : isms::import_targets()) {
    if (info.nested.empty()) continue;
    ++nested_targets;
    INFO(info.name);
    const isms::ImportRecordShape shape = isms::import_record_shape(info.target);
    CHECK(shape.list_key == info.nested.list);
    REQUIRE_FALSE(shape.fields.empty());
    CHECK(shape.fields[0].key == info.nested.parent_column);
    CHECK(shape.fields[0].required);
    // Every field it is matched by is one of its columns.
    for (std::string_view name : info.nested.match_fields()) {
      CHECK(std::any_of(shape.fields.begin(), shape.fields.end(),
                        [&](const isms::ImportField& field) { return field.key == name && field.required; }));
    }
  }
  CHECK(nested_targets == 6);
}
