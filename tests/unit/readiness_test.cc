// Readiness scoring: which area a rule counts in, and how areas score.
#include <catch2/catch.hpp>

#include "render/readiness.h"

using namespace isms;

TEST_CASE("a rule counts in the clause it names first, else in its Annex A theme", "[readiness]") {
  CHECK(area_of_code("CTX001") == "4");
  CHECK(area_of_code("SOA006") == "5");    // "5.3, 6.1.3"
  CHECK(area_of_code("AI001") == "6");     // "6.1.2, A.5.9"
  CHECK(area_of_code("DOC001") == "7");
  CHECK(area_of_code("RSK005") == "8");
  CHECK(area_of_code("DOC004") == "9");
  CHECK(area_of_code("AST004") == "A.5");  // "A.5.34, A.8.10"
  CHECK(area_of_code("AI008") == "A.8");   // "A.8.2, A.8.15"
  CHECK(area_of_code("SCH001") == "integrity");
  CHECK(area_of_code("CTL001") == "integrity");
  CHECK(area_of_code("NOPE999") == "integrity");
}

TEST_CASE("an area scores earned weight over total weight, rounded down", "[readiness]") {
  ReadinessArea area;
  CHECK_FALSE(area.assessed());  // an area with no checks is not assessed, never 100%
  ReadinessCheck nothing_to_check{"rule with no data", 3, 3};
  nothing_to_check.assessed = false;
  area.checks.push_back(nothing_to_check);
  CHECK_FALSE(area.assessed());
  CHECK(area.score() == 0);
  area.checks.push_back(ReadinessCheck{"error rule", 3, 3});
  area.checks.push_back(ReadinessCheck{"warning rule", 2, 0});
  area.checks.push_back(ReadinessCheck{"partial control", 1, 0.5});
  CHECK(area.score() == 58);  // 3.5 of 6
  CHECK(area.passed() == 1);
}

TEST_CASE("an empty repository scores its controls and mandatory documents as missing", "[readiness]") {
  Repository repository;
  CheckReport report;
  const Readiness readiness = assess_readiness(repository, report, 20000);
  REQUIRE(readiness.clauses.size() == 7);
  CHECK(readiness.clauses.front().id == "4");
  CHECK(readiness.clauses.back().id == "10");
  REQUIRE(readiness.themes.size() == 4);
  CHECK(readiness.themes[0].checks.size() >= 37);
  CHECK(readiness.themes[1].score() < 100);
  REQUIRE(readiness.mandatory_documents.size() == 14);
  for (const MandatoryDocumentStatus& status : readiness.mandatory_documents) CHECK_FALSE(status.ready());
  CHECK(readiness.overall < 100);
}
