// Fuzz target: configuration. The first byte picks what the rest is: the manifest isms.yaml
// (settings, rule configuration, suppressions, paths), or a baseline file (JSON), which CI
// jobs keep in the repository and so may come from a pull request.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "isms/baseline.h"
#include "isms/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  if (size < 1) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] % 2 == 0) {
    static SchemaValidator validator;
    Repository repository;
    DiagnosticSink sink;
    if (!fuzz::decode_document(text, "manifest", validator, repository, sink)) return 0;
    std::vector<Diagnostic> findings = sink.all();
    apply_policy(repository, 20000, RuleSelection{{"SCH", "AI0"}, {"AI001"}}, findings);
    return 0;
  }
  Baseline baseline;
  parse_baseline(text, Limits{}.max_depth, baseline);
  return 0;
}
