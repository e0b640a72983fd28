#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "import/register_merge.h"

using isms::ImportTarget;
using isms::merge_register;

namespace {

const std::string kExisting = R"(# The SoA.
register:
  version: "1.0"
  owner: CISO
controls:
# policies
- control: A.5.1
  applicable: true   # reviewed
  justification: >-
    Policies
    approved.
  status: planned
  evidence: [EV-1]

# people
- control: A.5.2
  applicable: true
  justification: Roles.
  status: implemented
)";

const std::string kSheet = R"(register:
  version: "0.1"
  owner: TBD
controls:
  - control: A.5.1
    applicable: true
    justification: Policies approved.
    status: implemented
    owner: CISO
  - control: A.5.2
    applicable: true
    justification: Roles.
    status: implemented
  - control: A.5.3
    applicable: false
    justification: Not needed.
    status: not-applicable
)";

}  // namespace

TEST_CASE("merge: only the carried fields that differ change, in the file's own layout", "[import][merge]") {
  const std::vector<std::string> carried = {"control", "applicable", "justification", "status", "owner"};
  const isms::Result<isms::MergeOutcome> outcome = merge_register(kExisting, kSheet, ImportTarget::Soa, carried, false, {});
  REQUIRE(outcome.ok());
  CHECK(outcome->changed_fields == 2);  // status, and the new owner; the folded justification reads the same
  CHECK(outcome->added == 1);
  CHECK(outcome->text == R"(# The SoA.
register:
  version: "1.0"
  owner: CISO
controls:
# policies
- control: A.5.1
  applicable: true   # reviewed
  justification: >-
    Policies
    approved.
  status: implemented
  evidence: [EV-1]
  owner: CISO

# people
- control: A.5.2
  applicable: true
  justification: Roles.
  status: implemented
- control: A.5.3
  applicable: false
  justification: Not needed.
  status: not-applicable
)");
}

TEST_CASE("merge: nothing to change gives the file back as it was", "[import][merge]") {
  const std::vector<std::string> carried = {"control", "status"};
  const std::string sheet = "controls:\n  - control: A.5.1\n    status: planned\n  - control: A.5.2\n    status: implemented\n";
  const isms::Result<isms::MergeOutcome> outcome = merge_register(kExisting, sheet, ImportTarget::Soa, carried, false, {});
  REQUIRE(outcome.ok());
  CHECK(outcome->text == kExisting);
  CHECK(outcome->changes.empty());
}

TEST_CASE("merge: records the sheet lacks are reported, and removed only when asked", "[import][merge]") {
  const std::vector<std::string> carried = {"control", "status"};
  const std::string sheet = "controls:\n  - control: A.5.2\n    status: implemented\n";
  const isms::Result<isms::MergeOutcome> kept = merge_register(kExisting, sheet, ImportTarget::Soa, carried, false, {});
  REQUIRE(kept.ok());
  CHECK(kept->missing == std::vector<std::string>{"A.5.1"});
  CHECK(kept->removed == 0);
  const isms::Result<isms::MergeOutcome> dropped = merge_register(kExisting, sheet, ImportTarget::Soa, carried, true, {});
  REQUIRE(dropped.ok());
  CHECK(dropped->removed == 1);
  CHECK(dropped->text.find("A.5.1") == std::string::npos);
  CHECK(dropped->text.find("# policies") != std::string::npos);  // the comment above it stays
}

TEST_CASE("merge: a file it cannot edit line by line is refused with the reason", "[import][merge]") {
  const std::vector<std::string> carried = {"control", "status"};
  // A merge that unexpectedly succeeds has no reason, so the checks below fail rather than throw.
  const auto refusal = [](const isms::Result<isms::MergeOutcome>& merged) { return merged ? std::string() : merged.error(); };
  const std::string flow = "controls:\n  - {control: A.5.1, status: planned}\n";
  CHECK(refusal(merge_register(flow, kSheet, ImportTarget::Soa, carried, false, {})).find("flow style") != std::string::npos);
  CHECK(refusal(merge_register("controls: [", kSheet, ImportTarget::Soa, carried, false, {})).find("not valid YAML") !=
        std::string::npos);
  const std::string twice = "controls:\n  - control: A.5.1\n    status: planned\n  - control: A.5.1\n    status: planned\n";
  CHECK(refusal(merge_register(twice, kSheet, ImportTarget::Soa, carried, false, {})).find("twice") != std::string::npos);
  // YAML counts a lone CR or a Unicode line separator as a line break; lines split at LF would
  // not match the parser's line numbers.
  for (const std::string& odd : {std::string("controls:\r  - control: A.5.1\r    status: planned\r"),
                                 std::string("controls:\n  - control: A.5.1 # \xE2\x80\xA8\n    status: planned\n")}) {
    CHECK(refusal(merge_register(odd, kSheet, ImportTarget::Soa, carried, false, {})).find("line separator") != std::string::npos);
  }
  const std::string crlf = "controls:\r\n  - control: A.5.1\r\n    status: planned\r\n";
  CHECK(refusal(merge_register(crlf, crlf, ImportTarget::Soa, carried, false, {})).empty());
}

TEST_CASE("merge: a list the file lacks is added after its other lists", "[import][merge]") {
  const std::string roles = "register:\n  version: \"1.0\"\n  owner: CISO\nroles:\n  - id: ROLE-CEO\n    title: CEO\n\n";
  const std::string people = "register:\n  version: \"0.1\"\n  owner: TBD\npeople:\n  - id: P-1\n    name: Alex Morgan\n"
                             "    roles: [ROLE-CEO]\n";
  const std::vector<std::string> carried = {"id", "name", "roles"};
  const auto merged = merge_register(roles, people, ImportTarget::People, carried, false, {});
  REQUIRE(merged);
  CHECK(merged->added == 1);
  CHECK(merged->text == "register:\n  version: \"1.0\"\n  owner: CISO\nroles:\n  - id: ROLE-CEO\n    title: CEO\npeople:\n"
                        "  - id: P-1\n    name: Alex Morgan\n    roles: [ROLE-CEO]\n\n");
}
