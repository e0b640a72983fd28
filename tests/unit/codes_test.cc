// The code tables and their lifecycle: the codes without a rule and the rule registry join into
// one list in code order, and a retired code, wherever a user names it, stands for its successor
// with a note to rename it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "baseline/baseline.h"
#include "load/load_codes.h"
#include "output/explain.h"
#include "rules/codes.h"
#include "rules/engine.h"
#include "rules/registry.h"
#include "util/embedded.h"

using namespace isms;

namespace {

Text text_at(std::string value, std::uint32_t line) { return Text{std::move(value), SourceLocation{1, line, 5}, true}; }

/// An ID002 finding, as the format checks report a control listed twice in the SoA.
Diagnostic duplicate_soa_entry() {
  return Diagnostic{"ID002", Severity::Error, SourceLocation{2, 9, 15},
                    "control A.5.1 is already in the Statement of Applicability at line 7",
                    "merge the two entries into one", "soa:A.5.1"};
}

std::vector<std::string> codes_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> codes;
  for (const Diagnostic& diagnostic : diagnostics) codes.push_back(diagnostic.code);
  return codes;
}

const Diagnostic* find_diagnostic(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                            [code](const Diagnostic& diagnostic) { return diagnostic.code == code; });
  return found == diagnostics.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("the codes without a rule and the rule registry join into one list in code order", "[codes]") {
  const std::span<const CodeInfo> codes = diagnostic_codes();
  CHECK(codes.size() == load_codes().size() + rule_registry().size());
  for (std::size_t i = 1; i < codes.size(); ++i) {
    INFO(codes[i - 1].code << " before " << codes[i].code);
    CHECK(codes[i - 1].code < codes[i].code);
  }
  for (const CodeMeta& meta : load_codes()) {
    INFO(meta.code);
    REQUIRE(find_code(meta.code) != nullptr);
    CHECK(find_code(meta.code)->check == nullptr);
    CHECK(meta.lifecycle != Lifecycle::Retired);
  }
  for (const CodeInfo& rule : rule_registry()) {
    INFO(rule.code);
    CHECK(rule.check != nullptr);
    CHECK(find_code(rule.code) == &*std::find_if(codes.begin(), codes.end(),
                                                  [&rule](const CodeInfo& info) { return info.code == rule.code; }));
    CHECK(rule.lifecycle != Lifecycle::Retired);
  }
  CHECK(find_code("NOPE001") == nullptr);
}

TEST_CASE("the content checks of document control are rules, credited only where they find something", "[codes]") {
  for (std::string_view code : {"APR001", "REG003"}) {
    INFO(code);
    REQUIRE(find_code(code) != nullptr);
    CHECK(find_code(code)->check != nullptr);
    CHECK_FALSE(find_code(code)->credited_per_check());
  }
  for (std::string_view code : {"ID001", "ID002", "REF001", "REG001", "REG004", "VAL001"}) {
    INFO(code);
    CHECK(find_code(code)->check == nullptr);
  }
  CHECK(find_code("REG005")->credited_per_check());
}

TEST_CASE("a retired code is never emitted and names its successor", "[codes]") {
  CHECK(find_code("SOA001") == nullptr);
  const CodeMeta* retired = find_retired_code("SOA001");
  REQUIRE(retired != nullptr);
  CHECK(retired->lifecycle == Lifecycle::Retired);
  CHECK(retired->successor == "ID002");
  CHECK(retired->name == find_code("ID002")->name);
  CHECK(current_code("SOA001") == "ID002");
  CHECK(current_code("SOA") == "SOA");
  CHECK(current_code("ID002") == "ID002");
  CHECK(retired_code_note("SOA001") == "SOA001 was renamed ID002; use ID002");
  CHECK(retired_code_note("ID002").empty());
  CHECK(former_codes("ID002") == std::vector<std::string_view>{"SOA001"});
  CHECK(former_codes("ID001").empty());
  for (const CodeMeta& meta : retired_codes()) {
    INFO(meta.code);
    CHECK(meta.lifecycle == Lifecycle::Retired);
    CHECK(find_code(current_code(meta.code)) != nullptr);
    const std::optional<std::string_view> page = find_embedded(rule_doc_files(), std::string(meta.code) + ".md");
    REQUIRE(page.has_value());
    CHECK(page->find(std::string("# ") + std::string(meta.code)) == 0);
    CHECK(page->find(std::string(meta.successor)) != std::string_view::npos);
  }
}

TEST_CASE("a retired code in --select or --ignore stands for its successor", "[codes]") {
  CHECK(is_known_code_pattern("SOA001"));
  const RuleConfig none;
  CHECK_FALSE(rule_runs("ID002", none, RuleSelection{{}, {"SOA001"}}));
  CHECK(rule_runs("ID001", none, RuleSelection{{}, {"SOA001"}}));

  Repository repository;
  std::vector<Diagnostic> diagnostics{duplicate_soa_entry()};
  apply_policy(repository, 0, RuleSelection{{}, {"SOA001"}}, diagnostics);
  CHECK(diagnostics.empty());
}

TEST_CASE("a retired code in isms.yaml rules stands for its successor, with a CFG004 note", "[codes]") {
  SECTION("disable") {
    Repository repository;
    repository.manifest.rules.disable.push_back(text_at("SOA001", 17));
    CHECK_FALSE(rule_runs("ID002", repository.manifest.rules, RuleSelection{}));
    std::vector<Diagnostic> diagnostics{duplicate_soa_entry()};
    apply_policy(repository, 0, RuleSelection{}, diagnostics);
    CHECK(codes_of(diagnostics) == std::vector<std::string>{"CFG004"});
    const Diagnostic& note = diagnostics.front();
    CHECK(note.severity == Severity::Warning);
    CHECK(note.location.line == 17);
    CHECK(note.message == "rules.disable names SOA001, which was renamed ID002; use ID002");
    CHECK(note.hint == "replace SOA001 with ID002 in isms.yaml");
  }
  SECTION("severity") {
    Repository repository;
    repository.manifest.rules.severity.push_back(SeverityOverride{text_at("SOA001", 19), text_at("warning", 19)});
    CHECK(configured_severity("ID002", Severity::Error, repository.manifest.rules) == Severity::Warning);
    std::vector<Diagnostic> diagnostics{duplicate_soa_entry()};
    apply_policy(repository, 0, RuleSelection{}, diagnostics);
    REQUIRE(find_diagnostic(diagnostics, "ID002") != nullptr);
    CHECK(find_diagnostic(diagnostics, "ID002")->severity == Severity::Warning);
    REQUIRE(find_diagnostic(diagnostics, "CFG004") != nullptr);
    CHECK(find_diagnostic(diagnostics, "CFG004")->message ==
          "rules.severity names SOA001, which was renamed ID002; use ID002");
    CHECK(find_diagnostic(diagnostics, "CFG001") == nullptr);
  }
  SECTION("an unknown code is still CFG001, not a rename") {
    Repository repository;
    repository.manifest.rules.disable.push_back(text_at("SOA0001", 17));
    std::vector<Diagnostic> diagnostics;
    apply_policy(repository, 0, RuleSelection{}, diagnostics);
    CHECK(codes_of(diagnostics) == std::vector<std::string>{"CFG001"});
  }
}

TEST_CASE("a retired code in an inline suppression stands for its successor, with an SPR004 note", "[codes]") {
  Repository repository;
  Suppression suppression;
  suppression.rule = Text{"SOA001", SourceLocation{2, 9, 13}, true};
  suppression.reason = Text{"being merged in change 412", SourceLocation{2, 9, 30}, true};
  suppression.file = 2;
  suppression.first_line = 9;
  suppression.last_line = 9;
  repository.suppressions.push_back(suppression);
  std::vector<Diagnostic> diagnostics{duplicate_soa_entry()};
  apply_policy(repository, 0, RuleSelection{}, diagnostics);
  CHECK(codes_of(diagnostics) == std::vector<std::string>{"SPR004"});
  CHECK(diagnostics.front().message == "suppression names SOA001, which was renamed ID002; use ID002");
}

TEST_CASE("a baseline entry recorded under a retired code matches its successor's finding, with a BSL002 note",
          "[codes]") {
  SourceFiles files;
  files.add(SourceFile{"repo/isms.yaml", "isms.yaml", ""});
  files.add(SourceFile{"repo/soa.yaml", "soa.yaml", ""});
  Diagnostic as_recorded = duplicate_soa_entry();
  as_recorded.code = "SOA001";
  Baseline baseline;
  baseline.entries.push_back(BaselineEntry{fingerprint(as_recorded, files), "SOA001", "soa.yaml", as_recorded.message});
  CheckReport report;
  report.files = &files;
  report.diagnostics = {duplicate_soa_entry()};
  apply_baseline(baseline, "isms-baseline.json", report);
  CHECK(report.baselined == 1);
  CHECK(codes_of(report.diagnostics) == std::vector<std::string>{"BSL002"});
  CHECK(report.diagnostics.front().message == "the baseline records findings under SOA001, which was renamed ID002");
}

TEST_CASE("isms rules lists the retired codes after the table, and isms explain shows their page", "[codes]") {
  const std::string text = format_rules_text();
  const std::size_t table_end = text.find("\n\nRetired codes");
  REQUIRE(table_end != std::string::npos);
  CHECK(text.find("SOA001  now ID002   duplicate-soa-entry\n", table_end) != std::string::npos);
  CHECK(text.find("\nSOA001 ") == text.find("\nSOA001  now"));
  CHECK(format_rules_json().find("\"successor\": \"ID002\"") != std::string::npos);

  const Explanation page = explain_code("soa001");
  CHECK(page.found);
  CHECK(page.text.find("# SOA001") == 0);
  CHECK(page.text.find("ID002") != std::string::npos);
}
