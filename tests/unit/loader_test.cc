#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "check/repository_checks.h"
#include "rules/engine.h"
#include "load/loader.h"
#include "temp_folder.h"

using namespace isms;
namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = R"(format: 1
organisation:
  name: Test Ltd
  legal_entities: [{name: Test Ltd, jurisdiction: England and Wales}]
standard: {id: ISO/IEC 27001, edition: 2022}
settings:
  classification: {levels: [public, internal, secret]}
  risk:
    likelihood: {min: 1, max: 3}
    impact: {min: 1, max: 3}
    level: product
    acceptance_threshold: 3
)";

constexpr const char* kScope = R"(register:
  version: "1.0"
  owner: CISO
  approval: {by: A. Person, role: CEO, date: 2026-01-10}
  last_review: 2026-01-10
statement: The ISMS covers the test service.
soa_version: "1.0"
boundaries:
  organisational: All of Test Ltd.
)";

/// A repository with a manifest and a scope in a fresh temporary folder.
class TempRepository : public TempFolder {
 public:
  TempRepository() : TempFolder("isms-loader-test-") {
    write("isms.yaml", kManifest);
    write("scope.yaml", kScope);
  }
};

struct Loaded {
  LoadStatus status = LoadStatus::NotARepository;
  Repository repository;
  SourceFiles files;
  DiagnosticSink sink;
  std::vector<std::string> codes() const {
    std::vector<std::string> result;
    for (const Diagnostic& d : sink.all()) result.push_back(d.code);
    return result;
  }
};

void load(const TempRepository& repo, Loaded& out) {
  out.status = load_repository(repo.path(), Limits{}, out.repository, out.files, out.sink);
  // The repository checks are the pass after loading (run/check_run.cc); these tests read both.
  if (out.status == LoadStatus::Loaded) check_repository(out.repository, out.files, out.sink);
}

}  // namespace

TEST_CASE("a clean repository loads into the model with positions", "[loader]") {
  TempRepository repo;
  repo.write("assets.yaml", R"(register: {version: 2, owner: CISO, approval: {by: A, role: CEO, date: 2026-01-01}}
assets:
  - id: AST-1
    name: Model weights
    type: model-weights
    owner: Head of ML
    classification: secret
    location: Object storage
    personal_data: false
)");
  Loaded loaded;
  load(repo, loaded);
  REQUIRE(loaded.status == LoadStatus::Loaded);
  CHECK(loaded.sink.all().empty());
  REQUIRE(loaded.repository.assets.size() == 1);
  const Asset& asset = loaded.repository.assets[0];
  CHECK(asset.id.value == "AST-1");
  CHECK(text_of(asset.type) == "model-weights");
  CHECK(asset.classification.location.line == 7);
  CHECK(asset.classification.location.column == 21);
  CHECK(loaded.files.at(asset.id.location.file).relative_path == "assets.yaml");
  CHECK(loaded.repository.manifest.risk.likelihood.max == 3);
  CHECK(loaded.repository.scope.statement.value == "The ISMS covers the test service.");
}

TEST_CASE("a register split across a folder is read in name order", "[loader]") {
  TempRepository repo;
  repo.write("assets.yaml", "register: {version: 1, owner: CISO, approval: {by: A, role: CEO, date: 2026-01-01}}\n"
                            "assets:\n  - {id: A1, name: n, type: agent, owner: o, classification: public, "
                            "location: l, personal_data: false}\n");
  repo.write("risks/b.yaml", "risks:\n  - {id: R-2, title: t, threat: t, vulnerability: v, assets: [A1], owner: o, "
                             "likelihood: 1, impact: 1, treatment: accept}\n");
  repo.write("risks/a.yaml", "register: {version: 1, owner: CISO, approval: {by: A, role: CEO, date: 2026-01-01}}\n"
                             "risks:\n  - {id: R-1, title: t, threat: t, vulnerability: v, assets: [A1], owner: o, "
                             "likelihood: 1, impact: 1, treatment: accept}\n");
  Loaded loaded;
  load(repo, loaded);
  REQUIRE(loaded.repository.risks.size() == 2);
  CHECK(loaded.repository.risks[0].id.value == "R-1");
  CHECK(loaded.repository.risks[1].id.value == "R-2");
  CHECK(loaded.codes() == std::vector<std::string>{});
}

TEST_CASE("every problem in one run is reported, not only the first", "[loader]") {
  TempRepository repo;
  repo.write("assets.yaml", "register: {version: 1, owner: CISO}\nassets:\n  - {id: A1, name: n, type: agent, owner: o, "
                            "classification: top, location: l, personal_data: false, supplier: SUP-9}\n");
  repo.write("evidence.yaml", "register: {version: 1, owner: CISO}\nevidence: [\n");
  Loaded loaded;
  load(repo, loaded);
  // The unapproved register is the REG003 rule's finding, from the pass after these two.
  run_rules(loaded.repository, 0, RuleSelection{{"REG003"}, {}}, loaded.sink);
  std::vector<std::string> codes = loaded.codes();
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"REF001", "REG003", "VAL002", "YML001"});
}

TEST_CASE("a folder without a manifest is not a repository", "[loader]") {
  TempRepository repo;
  fs::remove(fs::path(repo.path()) / "isms.yaml");
  Loaded loaded;
  load(repo, loaded);
  CHECK(loaded.status == LoadStatus::NotARepository);
  CHECK(loaded.codes() == std::vector<std::string>{"MAN001"});
}

TEST_CASE("a register that is both a file and a folder is refused", "[loader]") {
  TempRepository repo;
  repo.write("assets.yaml", "register: {version: 1, owner: CISO}\n");
  repo.write("assets/more.yaml", "assets: []\n");
  Loaded loaded;
  load(repo, loaded);
  CHECK(loaded.codes() == std::vector<std::string>{"IO005"});
}

TEST_CASE("the file limit stops reading and says so", "[loader]") {
  TempRepository repo;
  for (int i = 0; i < 5; ++i) repo.write("documents/d" + std::to_string(i) + ".yaml", "documents: []\n");
  Loaded loaded;
  Limits limits;
  limits.max_files = 3;
  loaded.status = load_repository(repo.path(), limits, loaded.repository, loaded.files, loaded.sink);
  std::vector<std::string> codes = loaded.codes();
  CHECK(std::count(codes.begin(), codes.end(), "IO004") == 1);
}
