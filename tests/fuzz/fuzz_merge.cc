// Fuzz target: `isms import --merge` and the nested imports (`isms import findings`, ...),
// which edit the lines of a register file from a pull request. The input is that file. It is
// merged with a small sheet, and with itself: a merge must refuse or succeed without crashing,
// and a file merged with itself must come back byte for byte, since nothing in it differs.
// Nested records added once are held: adding them again changes nothing.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "import/nested_merge.h"
#include "import/register_merge.h"

namespace {

constexpr std::string_view kSheet =
    "controls:\n  - control: A.5.1\n    applicable: true\n    justification: Policies.\n    status: implemented\n"
    "  - control: A.5.9\n    applicable: false\n    justification: None.\n    status: not-applicable\n";

constexpr std::string_view kFindings =
    "findings:\n  - audit: IA-2026-01\n    id: IA-2026-01-F9\n    grade: minor\n    description: Late.\n";
constexpr std::string_view kTraining =
    "competence:\n  - person: P-001\n    type: training\n    title: \"Secure ML, part 2\"\n    date: 2026-10-20\n"
    "    requirements: [CR-01]\n  - person: P-099\n    type: course\n    title: Basics\n    date: 2026-01-02\n"
    "    requirements: [CR-02]\n";

void add_twice(std::string_view file, std::string_view sheet, isms::ImportTarget target, const isms::Limits& limits) {
  const isms::Result<isms::NestedMergeOutcome> once = isms::merge_nested(file, sheet, target, limits);
  if (!once) return;
  const isms::Result<isms::NestedMergeOutcome> twice = isms::merge_nested(once->text, sheet, target, limits);
  if (!twice || twice->text != once->text || twice->added != 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  const std::string_view file(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string> carried = {"control", "applicable", "justification", "status", "owner", "evidence"};
  Limits limits;
  limits.max_depth = 64;
  (void)merge_register(file, kSheet, ImportTarget::Soa, carried, size % 2 == 0, limits);
  const Result<MergeOutcome> same = merge_register(file, file, ImportTarget::Soa, carried, false, limits);
  if (same && same->text != file) std::abort();
  add_twice(file, kFindings, ImportTarget::Findings, limits);
  add_twice(file, kTraining, ImportTarget::CompetenceEvidence, limits);
  return 0;
}
