#pragma once
/// Resource limits that keep a hostile repository cheap to check.

#include <cstddef>
#include <cstdint>

namespace isms {

/// Bounds applied while reading a repository; each hit becomes a diagnostic.
struct Limits {
  std::size_t max_file_bytes = 64u * 1024u * 1024u;  ///< one file
  std::size_t max_files = 20000;                     ///< files in the whole repository
  std::uint32_t max_depth = 64;                      ///< nesting of mappings and sequences
  std::size_t max_alias_nodes = 1000000;             ///< nodes reachable once aliases are expanded
  std::size_t max_scalar_bytes = 1024u * 1024u;      ///< one value
  /// Whether the loader looks at the files that document locations name (DOC005, DOC006).
  /// A git snapshot holds the YAML registers only, so `diff` at a revision turns it off.
  bool read_document_files = true;
};

}  // namespace isms
