#pragma once
/// A small YAML document tree built from libyaml events, with the position of every node.

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <span>
#include <string_view>
#include <utility>

#include "model/diagnostic.h"
#include "util/limits.h"

namespace isms {

/// What a node is.
enum class YamlKind : std::uint8_t { Scalar, Sequence, Mapping };

/// One node. Aliases are not copied: an alias entry points at the anchored node. Text and
/// child lists live in the document's arena, so a node is only valid with its document.
struct YamlNode {
  YamlKind kind = YamlKind::Scalar;
  bool quoted = false;      ///< scalar was quoted or block-styled, so it is always a string
  bool has_duplicate_keys = false;  ///< a mapping that repeats a key; the first one counts
  SourceLocation location;  ///< where the node starts
  std::uint32_t end_line = 0;  ///< last line the node covers
  std::string_view scalar;  ///< the value of a scalar
  std::span<const YamlNode* const> items;                                  ///< sequence items
  std::span<const std::pair<const YamlNode*, const YamlNode*>> entries;  ///< mapping key/value pairs
  std::size_t expanded_size = 1;  ///< nodes in this subtree with aliases expanded

  /// The value for a scalar key in a mapping, or nullptr.
  const YamlNode* find(std::string_view key) const;
  /// True for a plain scalar that YAML 1.2 reads as null (`~`, `null`, empty).
  bool is_null() const;
};

/// A parsed file: the root node (nullptr for an empty file) and the arena behind it. One
/// arena per file replaces a heap allocation per node, string and list.
struct YamlDocument {
  const YamlNode* root = nullptr;
  std::unique_ptr<std::pmr::monotonic_buffer_resource> arena =
      std::make_unique<std::pmr::monotonic_buffer_resource>();
};

/// Parses one file's text into a document; problems go to `sink`. Returns false when the
/// file could not be turned into a usable tree (the sink says why).
bool parse_yaml(std::string_view text, std::uint32_t file_index, const Limits& limits, YamlDocument& out,
                DiagnosticSink& sink);

}  // namespace isms
