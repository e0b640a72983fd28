// Writing an approval into a register file by editing its text: everything outside the
// approval survives byte for byte, and files that cannot be edited safely are refused.
#include <catch2/catch.hpp>

#include <string>

#include "load/approval_digest.h"
#include "approve/approval_edit.h"
#include "load/yaml_tree.h"
#include "load/yaml_json.h"

using namespace isms;

namespace {

const std::string kDigest = "sha256:" + std::string(60, '0') + "beef";
const ApprovalFields kFields{"Dana Whitfield", "CEO", "2026-02-10", kDigest};
const std::string kLine = "{by: Dana Whitfield, role: CEO, date: 2026-02-10, digest: " + kDigest + "}";

ApprovalEdit edit(const std::string& text, bool force = false, const ApprovalFields& fields = kFields) {
  return edit_approval(text, fields, force, Limits{});
}

/// The register content digest of a file, as the loader computes it.
std::string digest_of(const std::string& text) {
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(text, 1, Limits{}, document, sink));
  ContentDigest digest;
  digest.add_file(*document.root);
  return digest.finish();
}

/// The scalar at register.approval.KEY of a file.
std::string approval_field(const std::string& text, const std::string& key) {
  YamlDocument document;
  DiagnosticSink sink;
  REQUIRE(parse_yaml(text, 1, Limits{}, document, sink));
  const YamlNode* approval = document.root->find("register")->find("approval");
  REQUIRE(approval != nullptr);
  const YamlNode* value = approval->find(key);
  REQUIRE(value != nullptr);
  return resolve_scalar(*value).get<std::string>();
}

const std::string kDraft = R"(# yaml-language-server: $schema=../schemas/scope.schema.json
# Clause 4.3.
register:
  version: "2.1"      # bumped after the Q3 review
  owner: CISO
  # approval: {by: TODO name, role: CEO, date: 2026-01-01}
  last_review: 2026-02-10

statement: >-
  The ISMS covers the Acme Assist service.
soa_version: '2.1'
)";

}  // namespace

TEST_CASE("an approval is inserted after the last key of the register block", "[approve]") {
  const ApprovalEdit result = edit(kDraft);
  REQUIRE(result.status == EditStatus::Edited);
  CHECK_FALSE(result.replaced);
  CHECK(result.line == 8);
  std::string expected = kDraft;
  expected.insert(expected.find("\nstatement") - 1, "\n  approval: " + kLine);
  CHECK(result.text == expected);
  CHECK(result.text.substr(0, result.begin) == kDraft.substr(0, result.begin));
  CHECK(result.text.substr(result.new_end) == kDraft.substr(result.old_end));
  CHECK(digest_of(result.text) == digest_of(kDraft));
}

TEST_CASE("a flow approval is replaced in place, keeping its comment", "[approve]") {
  const std::string before =
      "register:\n    version: 1\n    approval: {by: Old Name,\n      role: CTO, date: 2025-01-01}   # signed\n"
      "    owner: CISO\nassets: []\n";
  CHECK(edit(before).status == EditStatus::AlreadyApproved);
  CHECK(edit(before).previous == "    approval: {by: Old Name,\n      role: CTO, date: 2025-01-01}");
  const ApprovalEdit result = edit(before, true);
  REQUIRE(result.status == EditStatus::Edited);
  CHECK(result.replaced);
  CHECK(result.line == 3);
  CHECK(result.text == "register:\n    version: 1\n    approval: " + kLine + "   # signed\n    owner: CISO\nassets: []\n");
}

TEST_CASE("a block approval becomes one flow line, keeping the key's comment", "[approve]") {
  const std::string before = R"(register:
  version: "1.4"
  owner: CISO
  approval:        # who approved this version
    by: Dana Whitfield
    # the board chair
    role: CEO
    date: 2025-02-10
  last_review: 2026-02-10
assets: []
)";
  const ApprovalEdit result = edit(before, true);
  REQUIRE(result.status == EditStatus::Edited);
  CHECK(result.line == 4);
  CHECK(result.previous == "  approval:        # who approved this version\n    by: Dana Whitfield\n    # the board chair\n"
                           "    role: CEO\n    date: 2025-02-10");
  CHECK(result.text == "register:\n  version: \"1.4\"\n  owner: CISO\n  approval: " + kLine +
                           "        # who approved this version\n  last_review: 2026-02-10\nassets: []\n");
}

TEST_CASE("the approval is the last key of the block and the file's last line", "[approve]") {
  const ApprovalEdit inserted = edit("register:\n  version: 1\n  owner: CISO");
  REQUIRE(inserted.status == EditStatus::Edited);
  CHECK(inserted.text == "register:\n  version: 1\n  owner: CISO\n  approval: " + kLine + "\n");
  CHECK(inserted.line == 4);
  const ApprovalEdit replaced = edit("register:\n  version: 1\n  approval:\n    by: A\n    role: B\n    date: 2025-01-01", true);
  REQUIRE(replaced.status == EditStatus::Edited);
  CHECK(replaced.text == "register:\n  version: 1\n  approval: " + kLine);
}

TEST_CASE("a block scalar at the end of the register block", "[approve]") {
  const std::string before = "register:\n  version: 1\n  owner: |\n    CISO\n    and deputy\n\n# next\nassets: []\n";
  const ApprovalEdit result = edit(before);
  REQUIRE(result.status == EditStatus::Edited);
  // The blank line may belong to the scalar (with |+ it would), so the approval goes after it.
  CHECK(result.text == "register:\n  version: 1\n  owner: |\n    CISO\n    and deputy\n\n  approval: " + kLine +
                           "\n# next\nassets: []\n");
  CHECK(digest_of(result.text) == digest_of(before));
  const std::string keep = "register:\n  owner: |+\n    CISO\n\n\nassets: []\n";
  const ApprovalEdit kept = edit(keep);
  REQUIRE(kept.status == EditStatus::Edited);
  CHECK(digest_of(kept.text) == digest_of(keep));
}

TEST_CASE("CRLF files, a byte-order mark and multi-byte text before the approval", "[approve]") {
  const std::string before = "\xEF\xBB\xBFregister:\r\n  version: 1\r\n  owner: Zo\xC3\xAB \xC3\x9Cnal \xE2\x80\x94 CISO\r\n"
                             "  approval: {by: \xC3\x89mile, role: CEO, date: 2025-01-01}\r\nassets: []\r\n";
  const ApprovalEdit result = edit(before, true);
  REQUIRE(result.status == EditStatus::Edited);
  CHECK(result.text == "\xEF\xBB\xBFregister:\r\n  version: 1\r\n  owner: Zo\xC3\xAB \xC3\x9Cnal \xE2\x80\x94 CISO\r\n"
                       "  approval: " + kLine + "\r\nassets: []\r\n");
  const ApprovalEdit inserted = edit("register:\r\n  version: 1\r\nassets: []\r\n");
  REQUIRE(inserted.status == EditStatus::Edited);
  CHECK(inserted.text == "register:\r\n  version: 1\r\n  approval: " + kLine + "\r\nassets: []\r\n");
}

TEST_CASE("names are quoted when YAML would read them otherwise", "[approve]") {
  CHECK(flow_scalar("Dana Whitfield") == "Dana Whitfield");
  CHECK(flow_scalar("O'Brien-Smith (acting)") == "O'Brien-Smith (acting)");
  CHECK(flow_scalar("Zo\xC3\xAB") == "Zo\xC3\xAB");
  CHECK(flow_scalar("CEO, Acme") == "\"CEO, Acme\"");
  CHECK(flow_scalar("Head: Security") == "\"Head: Security\"");
  CHECK(flow_scalar("Dana #1") == "\"Dana #1\"");
  CHECK(flow_scalar("true") == "\"true\"");
  CHECK(flow_scalar("null") == "\"null\"");
  CHECK(flow_scalar("yes") == "\"yes\"");  // a boolean to YAML 1.1 readers
  CHECK(flow_scalar("2026") == "\"2026\"");
  CHECK(flow_scalar("1e3") == "\"1e3\"");
  CHECK(flow_scalar("-Dana") == "\"-Dana\"");
  CHECK(flow_scalar("*star") == "\"*star\"");
  CHECK(flow_scalar("say \"hi\" \\o/") == "\"say \\\"hi\\\" \\\\o/\"");
  CHECK(flow_scalar("a\xE2\x80\xA8" "b") == "\"a\\Lb\"");
  const std::string awkward[] = {"CEO, Acme",  "Head: Security", "Dana #1", "true",     "{x}",       "[y]",
                                 "& anchor",   "! tag",          "| pipe",  "> fold",   "% percent", "@ at",
                                 "` tick",     "'single'",       "\"d\"",   "a \\ b",   "-",         "?",
                                 "x: y, z",    "yes",            "~",       "0x1F",     ".inf",      "a  b"};
  for (const std::string& name : awkward) {
    INFO(name);
    const ApprovalEdit result = edit(kDraft, false, ApprovalFields{name, name, "2026-02-10", kDigest});
    REQUIRE(result.status == EditStatus::Edited);
    CHECK(approval_field(result.text, "by") == name);
    CHECK(approval_field(result.text, "role") == name);
    CHECK(approval_field(result.text, "date") == "2026-02-10");
    CHECK(approval_field(result.text, "digest") == kDigest);
  }
}

TEST_CASE("files that cannot be edited safely are refused", "[approve]") {
  const std::pair<const char*, const char*> cases[] = {
      {"register: {version: 1, owner: CISO}\nassets: []\n", "flow mapping"},
      {"register: &doc\n  version: 1\n  owner: CISO\nassets: []\n", "anchors"},
      {"owner: &o CISO\nregister:\n  version: 1\n  owner: *o\n", "anchors"},
      {"register:\n  version: !!str 1\n  owner: CISO\n", "tags"},
      {"register:\n  version: 1\n---\nregister:\n  version: 2\n", "more than one YAML document"},
      {"register:\n  version: 1\n  owner: CISO\t# tab\nassets: []\n", "tab"},
      {"register:\r\n  version: 1\n", "mixes"},
      {"register:\r  version: 1\r", "carriage return alone"},
      {"assets: []\n", "no register: block"},
      {"register: draft\n", "not a mapping"},
      {"register:\n  version: 1\n  approval: pending\n", "not a mapping"},
      {"- register: {}\n", "top level"},
      {"register:\n  version: [1\n", "not valid YAML"},
      {"register:\n  version: 1\nregister:\n  version: 2\n", "two register: keys"},
  };
  for (const auto& [text, problem] : cases) {
    INFO(text);
    const ApprovalEdit result = edit(text, true);
    CHECK(result.status == EditStatus::Unsupported);
    CHECK(result.problem.find(problem) != std::string::npos);
    CHECK(result.text.empty());
  }
}
