// Every code has its documentation page, and every rule has a fixture that triggers it and one
// that passes it. A fixture is an overlay on tests/rules/base: its files replace the base's,
// and a file named DELETE lists base files to remove.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "isms/codes.h"
#include "isms/embedded.h"
#include "isms/loader.h"
#include "isms/rules.h"
#include "decode_fields.h"

using namespace isms;
namespace fs = std::filesystem;

namespace {

const fs::path kRulesDir = fs::path(ISMS_SOURCE_DIR) / "tests" / "rules";
constexpr const char* kAsOf = "2026-11-22";

/// Builds base + overlay in a temporary folder and returns the codes of the findings.
std::vector<std::string> run_fixture(const fs::path& overlay) {
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
  std::vector<std::string> codes;
  for (const Diagnostic& diagnostic : diagnostics) codes.push_back(diagnostic.code);
  fs::remove_all(work);
  return codes;
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
      std::vector<std::string> failing = run_fixture(fail);
      std::vector<std::string> passing = run_fixture(pass);
      CHECK(std::count(failing.begin(), failing.end(), code) > 0);
      CHECK(std::count(passing.begin(), passing.end(), code) == 0);
      // A fixture shows one rule at work: it must not break the format itself.
      for (const std::string& other : failing) CHECK_FALSE(find_code(other)->check == nullptr);
    }
  }
}
