#include "cli/limit_options.h"

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
// A spreadsheet: a cell costs about 24 bytes plus its text, so the cell and text ceilings stay
// within the memory ceiling; Excel itself stops at column XFD.
constexpr std::size_t kMaxCellsCeiling = 20000000;
constexpr std::size_t kMaxColumnsCeiling = 16384;
constexpr std::size_t kMaxTextBytesCeiling = 1024u * kMiB;
constexpr std::size_t kMaxMemoryBytesCeiling = 4096u * kMiB;

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

void add_table_limit_options(CLI::App& command, TableLimits& limits) {
  const char* group = "Resource limits";
  command.add_option("--max-cells", limits.max_cells, "Most non-empty cells read from the sheet (at most 20000000)")
      ->check(CLI::Range(std::size_t{1}, kMaxCellsCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-columns", limits.max_columns, "Rightmost column a cell may be in, as a count (at most 16384, XFD)")
      ->check(CLI::Range(std::size_t{1}, kMaxColumnsCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-text-size", limits.max_text_bytes,
                     "Most text in all cells, shared strings counted per cell, e.g. 64MiB (at most 1GiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, kMaxTextBytesCeiling))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-memory", limits.max_memory_bytes, "Most memory reading the spreadsheet may hold, e.g. 512MiB (at most 4GiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, kMaxMemoryBytesCeiling))
      ->capture_default_str()
      ->group(group);
}

}  // namespace isms
