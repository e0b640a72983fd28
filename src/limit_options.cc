#include "limit_options.h"

#include <CLI/CLI.hpp>

namespace isms {
namespace {

// The ceilings keep a raised limit safe: nesting is walked recursively, so depth stays far
// below what the stack holds; sizes stay far below what memory holds on a CI runner.
constexpr std::size_t kMiB = 1024u * 1024u;
constexpr std::size_t kMaxFileBytesCeiling = 1024u * kMiB;
constexpr std::size_t kMaxFilesCeiling = 1000000;
constexpr std::uint32_t kMaxDepthCeiling = 1000;
constexpr std::size_t kMaxAliasNodesCeiling = 100000000;
constexpr std::size_t kMaxScalarBytesCeiling = 64u * kMiB;

}  // namespace

void add_limit_options(CLI::App& command, Limits& limits) {
  const char* group = "Resource limits";
  command.add_option("--max-file-size", limits.max_file_bytes, "Largest file read, e.g. 64MiB (at most 1GiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, kMaxFileBytesCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-files", limits.max_files, "Most files read from the repository (at most 1000000)")
      ->check(CLI::Range(std::size_t{1}, kMaxFilesCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-depth", limits.max_depth, "Deepest nesting of lists and mappings (at most 1000)")
      ->check(CLI::Range(std::uint32_t{1}, kMaxDepthCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-aliases", limits.max_alias_nodes,
                     "Most nodes YAML aliases may add to one file (at most 100000000)")
      ->check(CLI::Range(std::size_t{0}, kMaxAliasNodesCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-scalar-size", limits.max_scalar_bytes, "Longest single value, e.g. 1MiB (at most 64MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, kMaxScalarBytesCeiling))
      ->capture_default_str()
      ->group(group);
}

}  // namespace isms
