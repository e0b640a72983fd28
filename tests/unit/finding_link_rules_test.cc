// NCR006: a nonconformity raised from an audit finding keeps the finding's grade, whichever of
// the two records names the other, and a link written on one side only is counted once.
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/codes.h"
#include "rules/rule_context.h"
#include "rules/rules.h"

using namespace isms;

namespace {

Text written(const char* text, std::uint32_t line = 0) {
  Text out;
  out.value = text;
  out.present = true;
  out.location.line = line;
  return out;
}

/// An audit IA-1 with one finding F1 of `finding_grade`, and a nonconformity NC-1 of `nc_grade`.
/// The finding names the nonconformity when `finding_names_nc`, the nonconformity the finding
/// when `nc_names_finding`.
Repository linked(const char* finding_grade, const char* nc_grade, bool finding_names_nc, bool nc_names_finding) {
  Repository repository;
  Audit audit;
  audit.id = written("IA-1");
  assign_choice(audit.status, "completed", {});
  AuditFinding finding;
  finding.id = written("F1");
  assign_choice(finding.grade, finding_grade, {});
  if (finding_names_nc) finding.nonconformity = written("NC-1");
  audit.findings.push_back(finding);
  repository.audits.push_back(audit);
  Nonconformity nc;
  nc.id = written("NC-1");
  assign_choice(nc.source, "internal-audit", {});
  assign_choice(nc.grade, nc_grade, {0, 7, 12});
  if (nc_names_finding) nc.source_record = written("F1");
  repository.nonconformities.push_back(nc);
  return repository;
}

struct Outcome {
  std::vector<Diagnostic> findings;
  RuleOutcome assessed;
};

Outcome run_ncr006(const Repository& repository) {
  DiagnosticSink sink;
  RuleContext context(repository, 0, sink);
  const CodeInfo* rule = find_code("NCR006");
  REQUIRE(rule != nullptr);
  context.begin_rule(*rule);
  check_nonconformity_matches_finding(context);
  return {sink.all(), context.end_rule()};
}

}  // namespace

TEST_CASE("NCR006 finds an observation recorded as a major nonconformity, and the reverse", "[rules]") {
  // The finding names the nonconformity, the nonconformity names the finding, or both do.
  const auto [finding_names_nc, nc_names_finding] = GENERATE(std::pair{true, false}, std::pair{false, true},
                                                             std::pair{true, true});
  INFO("finding names the nonconformity: " << finding_names_nc << ", nonconformity names the finding: "
                                          << nc_names_finding);
  for (const auto& [found, recorded] : {std::pair{"observation", "major"}, std::pair{"major", "observation"}}) {
    const Outcome outcome = run_ncr006(linked(found, recorded, finding_names_nc, nc_names_finding));
    std::vector<const Diagnostic*> grade_findings;
    for (const Diagnostic& diagnostic : outcome.findings) {
      if (diagnostic.subject == "nonconformities:NC-1:finding-grade") grade_findings.push_back(&diagnostic);
    }
    REQUIRE(grade_findings.size() == 1);
    CHECK(grade_findings[0]->code == "NCR006");
    CHECK(grade_findings[0]->location.line == 7);  // at the nonconformity's grade
    CHECK(grade_findings[0]->message == std::string("nonconformity NC-1 is graded ") + recorded +
                                            ", but finding F1 of audit IA-1, which raised it, is graded " + found);
  }
}

TEST_CASE("NCR006 counts a pair linked both ways once and passes when the records agree", "[rules]") {
  const Outcome outcome = run_ncr006(linked("minor", "minor", true, true));
  CHECK(outcome.findings.empty());
  CHECK(outcome.assessed.examined == 1);
}

TEST_CASE("NCR006 leaves a nonconformity that names no finding alone", "[rules]") {
  const Outcome outcome = run_ncr006(linked("major", "minor", false, false));
  CHECK(outcome.findings.empty());
  CHECK(outcome.assessed.examined == 0);
}
