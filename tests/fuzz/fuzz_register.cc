// Fuzz target: one register file, from YAML text to findings. The first byte picks the kind
// of file; the rest is the file. Loading, schema validation, decoding, the repository checks
// and every rule run on it, as `isms check` runs them on a repository of one file.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "rules/engine.h"
#include "check/repository_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isms;
  if (size < 1) return 0;
  const std::string_view kind = fuzz::kKinds[data[0] % std::size(fuzz::kKinds)];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  static SchemaValidator validator;
  Repository repository;
  DiagnosticSink sink;
  if (!fuzz::decode_document(text, kind, validator, repository, sink)) return 0;
  SourceFiles files;
  files.add(SourceFile{"fuzz.yaml", "fuzz.yaml", text});
  check_repository(repository, files, sink);
  run_rules(repository, 20000, RuleSelection{}, sink);
  std::vector<Diagnostic> findings = sink.all();
  apply_policy(repository, 20000, RuleSelection{}, findings);
  return 0;
}
