// Fuzz target: `isms import --merge`, which edits the lines of a register file from a pull
// request. The input is that file. It is merged with a small sheet, and with itself: a merge
// must refuse or succeed without crashing, and a file merged with itself must come back
// byte for byte, since nothing in it differs.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "import/register_merge.h"

namespace {

constexpr std::string_view kSheet =
    "controls:\n  - control: A.5.1\n    applicable: true\n    justification: Policies.\n    status: implemented\n"
    "  - control: A.5.9\n    applicable: false\n    justification: None.\n    status: not-applicable\n";

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
  return 0;
}
