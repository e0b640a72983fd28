// Every code has its documentation page, and every rule has a fixture that triggers it and one
// that passes it. A fixture is an overlay on tests/rules/base: its files replace the base's,
// and a file named DELETE lists base files to remove. A failing fixture's EXPECTED file lists
// where the rule must report ("file:line", one per finding); ISMS_UPDATE_FIXTURES=1 rewrites
// those files from the current findings, to be reviewed like any other change.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "rules/codes.h"
#include "util/embedded.h"
#include "load/loader.h"
#include "rules/engine.h"
#include "load/decode_fields.h"

using namespace isms;
namespace fs = std::filesystem;

namespace {

const fs::path kRulesDir = fs::path(ISMS_SOURCE_DIR) / "tests" / "rules";
constexpr const char* kAsOf = "2026-11-22";

/// One finding of a fixture run: its code and "file:line".
struct FixtureFinding {
  std::string code;
  std::string position;
};

/// Builds base + overlay in a temporary folder and returns its findings.
std::vector<FixtureFinding> run_fixture_findings(const fs::path& overlay) {
  std::random_device random;
  const fs::path work = fs::temp_directory_path() / ("isms-rule-fixture-" + std::to_string(random()));
  fs::copy(kRulesDir / "base", work, fs::copy_options::recursive);
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(overlay)) {
    const fs::path relative = fs::relative(entry.path(), overlay);
    if (entry.is_directory()) {
      fs::create_directories(work / relative);
    } else if (relative == "DELETE") {
      std::ifstream list(entry.path());
      for (std::string line; std::getline(list, line);) {
        if (!line.empty()) fs::remove_all(work / line);
      }
    } else {
      fs::create_directories((work / relative).parent_path());
      fs::copy_file(entry.path(), work / relative, fs::copy_options::overwrite_existing);
    }
  }
  Repository repository;
  SourceFiles files;
  DiagnosticSink sink;
  Date as_of;
  parse_date(kAsOf, as_of);
  if (load_repository(work.string(), Limits{}, repository, files, sink) == LoadStatus::Loaded) {
    run_rules(repository, as_of.days, RuleSelection{}, sink);
  }
  std::vector<Diagnostic> diagnostics = sink.take();
  apply_policy(repository, as_of.days, RuleSelection{}, diagnostics);
  std::vector<FixtureFinding> findings;
  for (const Diagnostic& diagnostic : diagnostics) {
    const std::string file = diagnostic.location.file == 0 ? "-" : files.at(diagnostic.location.file).relative_path;
    findings.push_back(FixtureFinding{diagnostic.code, file + ":" + std::to_string(diagnostic.location.line)});
  }
  fs::remove_all(work);
  return findings;
}

/// The codes of a fixture run's findings.
std::vector<std::string> run_fixture(const fs::path& overlay) {
  std::vector<std::string> codes;
  for (const FixtureFinding& finding : run_fixture_findings(overlay)) codes.push_back(finding.code);
  return codes;
}

/// The sorted positions at which `code` was reported.
std::vector<std::string> positions_of(const std::vector<FixtureFinding>& findings, const std::string& code) {
  std::vector<std::string> positions;
  for (const FixtureFinding& finding : findings) {
    if (finding.code == code) positions.push_back(finding.position);
  }
  std::sort(positions.begin(), positions.end());
  return positions;
}

std::vector<std::string> read_lines(const fs::path& path) {
  std::vector<std::string> lines;
  std::ifstream stream(path);
  for (std::string line; std::getline(stream, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

TEST_CASE("the rule fixtures' base repository has no findings", "[rules]") {
  std::vector<std::string> codes = run_fixture(kRulesDir / "base");
  CHECK(codes == std::vector<std::string>{});
}

TEST_CASE("every code has a documentation page", "[rules]") {
  for (const CodeInfo& info : diagnostic_codes()) {
    INFO("docs/rules/" << info.code << ".md");
    std::optional<std::string_view> page = find_embedded(rule_doc_files(), std::string(info.code) + ".md");
    REQUIRE(page.has_value());
    CHECK(page->find(std::string("# ") + std::string(info.code)) == 0);
  }
}

TEST_CASE("every rule has a fixture that triggers it and one that passes it", "[rules]") {
  for (const CodeInfo& info : diagnostic_codes()) {
    if (info.check == nullptr) continue;
    const std::string code(info.code);
    DYNAMIC_SECTION(code) {
      const fs::path fail = kRulesDir / code / "fail";
      const fs::path pass = kRulesDir / code / "pass";
      INFO("fixtures in tests/rules/" << code);
      REQUIRE(fs::is_directory(fail));
      REQUIRE(fs::is_directory(pass));
      std::vector<FixtureFinding> failing_findings = run_fixture_findings(fail);
      std::vector<std::string> failing;
      for (const FixtureFinding& finding : failing_findings) failing.push_back(finding.code);
      std::vector<std::string> passing = run_fixture(pass);
      CHECK(std::count(failing.begin(), failing.end(), code) > 0);
      const fs::path expected = kRulesDir / code / "EXPECTED";
      const std::vector<std::string> positions = positions_of(failing_findings, code);
      const char* update = std::getenv("ISMS_UPDATE_FIXTURES");
      if (update != nullptr && std::string(update) == "1") {
        std::ofstream out(expected);
        for (const std::string& position : positions) out << position << "\n";
      }
      INFO("positions in tests/rules/" << code << "/EXPECTED");
      REQUIRE(fs::exists(expected));
      CHECK(read_lines(expected) == positions);
      CHECK(std::count(passing.begin(), passing.end(), code) == 0);
      // A fixture shows one rule at work: it must not break the format itself.
      for (const std::string& other : failing) CHECK_FALSE(find_code(other)->check == nullptr);
    }
  }
}

TEST_CASE("a rule's option in isms.yaml replaces its default threshold", "[rules]") {
  // SOA011 fires on the base SoA at its default and at min_controls: 10 (its fail fixture);
  // at 94 the 93 controls resting on one record are below the threshold.
  std::vector<std::string> codes = run_fixture(kRulesDir / "SOA011" / "threshold-above");
  CHECK(std::count(codes.begin(), codes.end(), "SOA011") == 0);
  CHECK(std::count(codes.begin(), codes.end(), "CFG003") == 0);
}

TEST_CASE("with no audit or review result, DOC007 and DOC008 report at the programme or the procedure, else at the register",
          "[rules]") {
  // Their fail fixtures hold results that are undated or old; a register without any result
  // needs a repository of its own.
  struct Variant {
    const char* code;
    const char* overlay;
    const char* position;
  };
  const Variant variants[] = {
      {"DOC007", "programme-only", "documents.yaml:19"},
      {"DOC007", "no-audit-documents", "documents.yaml:1"},
      {"DOC008", "procedure-only", "documents.yaml:19"},
      {"DOC008", "no-review-documents", "documents.yaml:1"},
  };
  for (const Variant& variant : variants) {
    INFO("tests/rules/" << variant.code << "/" << variant.overlay);
    const std::vector<FixtureFinding> findings = run_fixture_findings(kRulesDir / variant.code / variant.overlay);
    CHECK(positions_of(findings, variant.code) == std::vector<std::string>{variant.position});
  }
}

TEST_CASE("a register that cannot be read makes the rules that read it stand down, in one note", "[rules]") {
  // RUL001 is reported by the engine, not by a rule, so the fixture test above does not run it.
  const fs::path fixtures = kRulesDir / "RUL001";
  std::vector<FixtureFinding> failing = run_fixture_findings(fixtures / "fail");
  std::vector<std::string> codes;
  for (const FixtureFinding& finding : failing) codes.push_back(finding.code);
  std::sort(codes.begin(), codes.end());
  // The syntax error and the note, and nothing that only follows from the risks being missing.
  CHECK(codes == std::vector<std::string>{"RUL001", "YML001"});
  CHECK(read_lines(fixtures / "EXPECTED") == positions_of(failing, "RUL001"));
  std::vector<std::string> passing = run_fixture(fixtures / "pass");
  CHECK(std::count(passing.begin(), passing.end(), "RUL001") == 0);
}

TEST_CASE("IPR008 reads the markets of the AI services and the legal entities' jurisdictions", "[rules]") {
  const fs::path fixtures = kRulesDir / "IPR008";
  // An AI service in scope and an Irish entity, a deployer in the Union: the entity is the reason.
  CHECK(positions_of(run_fixture_findings(fixtures / "eu-entity"), "IPR008") ==
        std::vector<std::string>{"isms.yaml:6"});
  // Offered in the United Kingdom only, by an English entity: the Act does not reach it.
  CHECK(positions_of(run_fixture_findings(fixtures / "outside-eu"), "IPR008").empty());
}
