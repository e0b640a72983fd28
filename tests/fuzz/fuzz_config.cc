// Fuzz target: the manifest isms.yaml (settings, rule configuration, suppressions, paths) and
// the policy that applies it to a run's findings. Baseline files have their own target,
// fuzz_baseline.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "rules/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  const std::string text(reinterpret_cast<const char*>(data), size);
  static SchemaValidator validator;
  Repository repository;
  DiagnosticSink sink;
  if (!fuzz::decode_document(text, "manifest", validator, repository, sink)) return 0;
  std::vector<Diagnostic> findings = sink.all();
  apply_policy(repository, 20000, RuleSelection{{"SCH", "AI0"}, {"AI001"}}, findings);
  return 0;
}
