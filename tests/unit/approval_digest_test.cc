// The approval digest: the canonical form ignores how a register is written (comments, key
// order, quoting, flow or block style, indentation) and sees every value; the loader computes
// it per register and reports an approval whose digest no longer matches (APR001).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <string>

#include "check/repository_checks.h"
#include "rules/engine.h"
#include "load/approval_digest.h"
#include "load/loader.h"
#include "load/yaml_tree.h"
#include "temp_folder.h"

using namespace isms;
namespace fs = std::filesystem;

namespace {

/// The digest of a register made of these files, in this order.
std::string digest_of(std::initializer_list<std::string> files) {
  ContentDigest digest;
  for (const std::string& text : files) {
    YamlDocument document;
    DiagnosticSink sink;
    INFO(text);
    REQUIRE(parse_yaml(text, 1, Limits{}, document, sink));
    REQUIRE(document.root != nullptr);
    digest.add_file(*document.root);
  }
  return digest.finish();
}

std::string canonical(const std::string& text, DigestExclusion exclusion = DigestExclusion::ApprovalAndReview) {
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(text, 1, Limits{}, document, sink));
  std::string out;
  append_canonical_form(*document.root, exclusion, out);
  return out;
}

const std::string kScope = R"(# yaml-language-server: $schema=../schemas/scope.schema.json
register:
  version: "2.1"
  owner: CISO
  approval: {by: Dana Whitfield, role: CEO, date: 2026-02-10}
  last_review: 2026-02-10
statement: >-
  The ISMS covers the Acme Assist service,
  in accordance with the SoA version 2.1.
soa_version: "2.1"
boundaries:
  organisational: Engineering and ML
  legal_entities: [Acme AI Ltd]
services:
  - id: SVC-1
    name: Acme Assist
    in_scope: true
    users: 1200
    share: 0.5
    notes: ~
)";

}  // namespace

TEST_CASE("the canonical form is sorted, compact JSON with typed scalars", "[digest]") {
  CHECK(canonical("b: 1\na: [x, 'y', true, null, 1.50, \"2\"]\n") == R"({"a":["x","y",true,null,1.50,"2"],"b":1})");
  CHECK(canonical("t: \"tab\\there \\\"q\\\" back\\\\slash\"\n") == R"({"t":"tab\there \"q\" back\\slash"})");
  CHECK(canonical("e: \"\\x01\"\n") == R"({"e":"\u0001"})");
  CHECK(canonical("x: Zoë\n") == "{\"x\":\"Zo\xC3\xAB\"}");
  // The approval and the last review are left out of the register block, and only there.
  CHECK(canonical("register: {version: 1, approval: {by: A}, last_review: 2026-01-01}\nlast_review: x\n") ==
        R"({"last_review":"x","register":{"version":1}})");
  CHECK(canonical("register: {version: 1, approval: {by: A}, last_review: 2026-01-01}\n", DigestExclusion::ApprovalOnly) ==
        R"({"register":{"last_review":"2026-01-01","version":1}})");
  // The first of duplicate keys counts, as in the loader.
  CHECK(canonical("a: 1\na: 2\n") == R"({"a":1})");
}

TEST_CASE("the digest is sha256: and 64 hexadecimal digits", "[digest]") {
  const std::string digest = digest_of({kScope});
  CHECK(is_content_digest(digest));
  CHECK_FALSE(is_content_digest("sha256:" + std::string(63, 'a')));
  CHECK_FALSE(is_content_digest("sha256:" + std::string(64, 'A')));
  CHECK_FALSE(is_content_digest("sha1:" + std::string(64, 'a')));
  CHECK(short_digest(digest) == digest.substr(0, 19) + "\u2026");
}

TEST_CASE("the digest ignores how the register is written", "[digest]") {
  const std::string expected = digest_of({kScope});

  SECTION("comments and blank lines") {
    CHECK(digest_of({R"(register:   # document control
  version: "2.1"

  owner: CISO   # the owner
  approval: {by: Dana Whitfield, role: CEO, date: 2026-02-10}
  last_review: 2026-02-10
# The statement goes on the certificate.
statement: >-
  The ISMS covers the Acme Assist service,
  in accordance with the SoA version 2.1.
soa_version: "2.1"
boundaries:
  organisational: Engineering and ML   # all of them
  legal_entities: [Acme AI Ltd]
services:
  # one service
  - id: SVC-1
    name: Acme Assist
    in_scope: true
    users: 1200
    share: 0.5
    notes: ~
)"}) == expected);
  }
  SECTION("key order, quoting, flow style and indentation") {
    CHECK(digest_of({R"(services:
    -   {notes: null, share: 0.5, users: 1200, in_scope: true, name: 'Acme Assist', "id": SVC-1}
soa_version: '2.1'
boundaries: {legal_entities: ["Acme AI Ltd"], organisational: "Engineering and ML"}
statement: "The ISMS covers the Acme Assist service, in accordance with the SoA version 2.1."
register:
    last_review: 2026-02-10
    owner: "CISO"
    version: "2.1"
    approval:
        date: 2026-02-10
        role: CEO
        by: Dana Whitfield
)"}) == expected);
  }
  SECTION("a document marker, CRLF line endings, a byte-order mark") {
    std::string crlf;
    for (char c : "\xEF\xBB\xBF---\n" + kScope) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    CHECK(digest_of({crlf}) == expected);
  }
  SECTION("anchors and aliases are expanded") {
    CHECK(digest_of({R"(register: {version: "2.1", owner: &owner CISO}
statement: "The ISMS covers the Acme Assist service, in accordance with the SoA version 2.1."
soa_version: "2.1"
boundaries: {organisational: Engineering and ML, legal_entities: [Acme AI Ltd]}
services: [{id: SVC-1, name: Acme Assist, in_scope: true, users: 1200, share: 0.5, notes: ~}]
)"}) == expected);
  }
  SECTION("the approval and the last review do not count") {
    std::string changed = kScope;
    changed.replace(changed.find("{by: Dana Whitfield, role: CEO, date: 2026-02-10}"), 49,
                    "{by: Sam Jones, role: CTO, date: 2027-01-01, digest: sha256:" + std::string(64, '0') + "}");
    changed.replace(changed.find("last_review: 2026-02-10"), 23, "last_review: 2027-03-04");
    CHECK(digest_of({changed}) == expected);
  }
}

TEST_CASE("the digest changes when any value changes", "[digest]") {
  const std::string expected = digest_of({kScope});
  const std::pair<const char*, const char*> changes[] = {
      {"version: \"2.1\"", "version: \"2.2\""},
      {"owner: CISO", "owner: CTO"},
      {"Acme Assist service,", "Acme Assist services,"},
      {"legal_entities: [Acme AI Ltd]", "legal_entities: [Acme AI Ltd, Acme Inc]"},
      {"in_scope: true", "in_scope: false"},
      {"in_scope: true", "in_scope: \"true\""},   // a string is not a boolean
      {"users: 1200", "users: 1201"},
      {"users: 1200", "users: \"1200\""},          // nor is it a number
      {"share: 0.5", "share: 0.50"},               // 2.1 and 2.10 are different versions
      {"notes: ~", "notes: \"\""},                 // an empty text is not null
      {"  organisational: Engineering and ML\n", "  organisational: Engineering and ML\n  physical: London\n"},
      {">-\n", ">\n"},                             // the folded statement gains a final line break
  };
  for (const auto& [from, to] : changes) {
    std::string changed = kScope;
    const std::size_t at = changed.find(from);
    REQUIRE(at != std::string::npos);
    changed.replace(at, std::string_view(from).size(), to);
    INFO(from << " -> " << to);
    CHECK(digest_of({changed}) != expected);
  }
}

TEST_CASE("the digest of a register folder covers every file, in order", "[digest]") {
  const std::string first = "register: {version: 1, owner: CISO}\ncontrols: [{control: A.5.1}]\n";
  const std::string second = "controls: [{control: A.5.2}]\n";
  CHECK(digest_of({first, second}) != digest_of({first}));
  CHECK(digest_of({first, second}) != digest_of({second, first}));
  CHECK(digest_of({first, second}) == digest_of({"register: {owner: CISO, version: 1}\ncontrols:\n  - control: A.5.1\n",
                                                 second}));
}

namespace {

constexpr const char* kManifest = R"(format: 1
organisation:
  name: Test Ltd
  legal_entities: [{name: Test Ltd, jurisdiction: England and Wales}]
standard: {id: ISO/IEC 27001, edition: 2022}
)";

/// A repository with only a manifest, in a fresh temporary folder.
class TempRepository : public TempFolder {
 public:
  TempRepository() : TempFolder("isms-digest-test-") { write("isms.yaml", kManifest); }

  /// Loads the repository; returns the register's information, its digest and the findings.
  RegisterInfo load(std::vector<Diagnostic>& findings, std::string* digest = nullptr,
                    const std::string& name = "scope") const {
    Repository repository;
    SourceFiles files;
    DiagnosticSink sink;
    REQUIRE(load_repository(path(), Limits{}, repository, files, sink) == LoadStatus::Loaded);
    check_repository(repository, files, sink);
    run_rules(repository, 0, RuleSelection{}, sink);  // APR001 is a rule
    findings = sink.take();
    for (const RegisterInfo& info : repository.registers) {
      if (info.name != name) continue;
      if (digest != nullptr) *digest = register_content_digest(files, info.files, Limits{});
      return info;
    }
    FAIL("no register " << name);
    return {};
  }

};

std::string scope_with_digest(const std::string& digest, const std::string& statement) {
  return "register:\n  version: \"1.0\"\n  owner: CISO\n  approval: {by: A. Person, role: CEO, date: 2026-01-10" +
         (digest.empty() ? std::string() : ", digest: " + digest) + "}\nstatement: " + statement +
         "\nsoa_version: \"1.0\"\nboundaries:\n  organisational: All of Test Ltd.\n";
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& findings, const std::string& code) {
  std::vector<Diagnostic> matching;
  for (const Diagnostic& finding : findings) {
    if (finding.code == code) matching.push_back(finding);
  }
  return matching;
}

}  // namespace

TEST_CASE("the loader reports an approval whose content changed (APR001)", "[digest]") {
  TempRepository repository;
  std::vector<Diagnostic> findings;
  repository.write("scope.yaml", scope_with_digest("", "The ISMS covers the test service."));
  std::string digest;
  const RegisterInfo unpinned = repository.load(findings, &digest);
  REQUIRE(is_content_digest(digest));
  CHECK(unpinned.content_digest.empty());  // not needed, so not computed
  CHECK(with_code(findings, "APR001").empty());  // an approval without a digest is not stale

  repository.write("scope.yaml", scope_with_digest(digest, "The ISMS covers the test service."));
  const RegisterInfo pinned = repository.load(findings);
  CHECK(pinned.control.approval.digest.value == digest);
  CHECK(pinned.content_digest == digest);  // recording the digest does not change it
  CHECK(with_code(findings, "APR001").empty());

  repository.write("scope.yaml", scope_with_digest(digest, "The ISMS covers the test service and more."));
  repository.load(findings);
  const std::vector<Diagnostic> stale = with_code(findings, "APR001");
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].severity == Severity::Error);
  CHECK(stale[0].location.line == 4);
  CHECK(stale[0].message.starts_with("the scope was approved by A. Person (CEO) on 2026-01-10, but its content has "
                                     "changed since (digest " + short_digest(digest) + " recorded, sha256:"));
  CHECK(stale[0].hint == "review the changes, then approve again: isms approve scope --by \"A. Person\" --role CEO --force");
}

TEST_CASE("a malformed digest is the schema's finding, not APR001", "[digest]") {
  TempRepository repository;
  std::vector<Diagnostic> findings;
  repository.write("scope.yaml", scope_with_digest("sha256:abc", "The ISMS covers the test service."));
  repository.load(findings);
  CHECK(with_code(findings, "APR001").empty());
  REQUIRE(with_code(findings, "SCH005").size() == 1);
  CHECK(with_code(findings, "SCH005")[0].message.find("a digest written by 'isms approve'") != std::string::npos);
}

TEST_CASE("a register folder is digested over all its files, wherever its block is", "[digest]") {
  TempRepository repository;
  std::vector<Diagnostic> findings;
  repository.write("scope.yaml", scope_with_digest("", "The ISMS covers the test service."));
  const std::string controls = "controls:\n  - {control: A.5.1, applicable: true, justification: Policy, status: implemented}\n";
  const std::string block = "register:\n  version: \"1.0\"\n  owner: CISO\n  approval: {by: A. Person, role: CEO, date: 2026-01-10";
  repository.write("soa/a-controls.yaml", controls);
  repository.write("soa/b-register.yaml", block + "}\n");
  std::string digest;
  repository.load(findings, &digest, "soa");
  REQUIRE(is_content_digest(digest));

  repository.write("soa/b-register.yaml", block + ", digest: " + digest + "}\n");
  const RegisterInfo pinned = repository.load(findings, nullptr, "soa");
  CHECK(pinned.content_digest == digest);
  CHECK(with_code(findings, "APR001").empty());

  repository.write("soa/a-controls.yaml", controls + "  - {control: A.5.2, applicable: true, justification: Roles, status: planned}\n");
  repository.load(findings, nullptr, "soa");
  const std::vector<Diagnostic> stale = with_code(findings, "APR001");
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].message.starts_with("the Statement of Applicability was approved by A. Person (CEO)"));
  CHECK(stale[0].hint.find("isms approve soa --by") != std::string::npos);
}
