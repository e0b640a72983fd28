#include "load/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <vector>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

namespace isms {
namespace {

SourceLocation location_of(const yaml_mark_t& mark, std::uint32_t file_index) {
  return SourceLocation{file_index, static_cast<std::uint32_t>(mark.line + 1),
                        static_cast<std::uint32_t>(mark.column + 1)};
}

std::size_t saturating_add(std::size_t a, std::size_t b) {
  std::size_t sum = a + b;
  return sum < a ? static_cast<std::size_t>(-1) : sum;
}

/// Owns the libyaml parser so that every exit path releases it.
class EventParser {
 public:
  explicit EventParser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~EventParser() { yaml_parser_delete(&parser_); }
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  bool next(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) != 0; }
  const yaml_parser_t& state() const { return parser_; }

 private:
  yaml_parser_t parser_{};
};

/// Owns one event.
struct EventGuard {
  yaml_event_t event{};
  ~EventGuard() { yaml_event_delete(&event); }
};

/// An open mapping or sequence, with the key waiting for its value.
struct OpenCollection {
  YamlNode* node = nullptr;
  const YamlNode* pending_key = nullptr;
  std::string anchor;
};

using Entry = std::pair<const YamlNode*, const YamlNode*>;

/// The children of the open collections, one buffer per depth, reused from record to record.
struct ChildBuffers {
  std::vector<std::vector<const YamlNode*>> items;
  std::vector<std::vector<Entry>> entries;
};

/// Turns the event stream into a tree; one instance per file.
class TreeBuilder {
 public:
  TreeBuilder(std::uint32_t file_index, const Limits& limits, YamlDocument& document, DiagnosticSink& sink)
      : file_(file_index), limits_(limits), document_(document), sink_(sink) {}

  bool build(std::string_view text);

 private:
  YamlNode& new_node();
  std::string_view keep(const unsigned char* text, std::size_t length);
  /// Moves the buffered children of the collection at `depth` into the arena.
  void close_collection(YamlNode& node, std::size_t depth);
  bool on_event(const yaml_event_t& event);
  bool attach(const YamlNode* child, const yaml_mark_t& mark, bool is_alias = false);
  bool register_anchor(const yaml_char_t* anchor, const YamlNode* node);
  void check_duplicate_keys(YamlNode& mapping);
  void report_duplicate_key(YamlNode& mapping, const YamlNode& key, const YamlNode& first);
  bool fail(const char* code, const yaml_mark_t& mark, std::string message, std::string hint = {});

  std::uint32_t file_;
  const Limits& limits_;
  YamlDocument& document_;
  DiagnosticSink& sink_;
  std::vector<OpenCollection> stack_;
  ChildBuffers children_;
  std::unordered_map<std::string, const YamlNode*> anchors_;
  int documents_seen_ = 0;
  std::size_t alias_nodes_ = 0;  ///< nodes that expanding every alias would add
  bool ok_ = true;
};

YamlNode& TreeBuilder::new_node() {
  void* memory = document_.arena->allocate(sizeof(YamlNode), alignof(YamlNode));
  return *new (memory) YamlNode();
}

std::string_view TreeBuilder::keep(const unsigned char* text, std::size_t length) {
  if (length == 0) return {};
  char* copy = static_cast<char*>(document_.arena->allocate(length, 1));
  std::memcpy(copy, text, length);
  return {copy, length};
}

void TreeBuilder::close_collection(YamlNode& node, std::size_t depth) {
  std::vector<const YamlNode*>& items = children_.items[depth];
  if (!items.empty()) {
    auto* copy = static_cast<const YamlNode**>(document_.arena->allocate(items.size() * sizeof(const YamlNode*),
                                                                          alignof(const YamlNode*)));
    std::copy(items.begin(), items.end(), copy);
    node.items = {copy, items.size()};
    items.clear();
  }
  std::vector<Entry>& entries = children_.entries[depth];
  if (!entries.empty()) {
    auto* copy = static_cast<Entry*>(document_.arena->allocate(entries.size() * sizeof(Entry), alignof(Entry)));
    std::uninitialized_copy(entries.begin(), entries.end(), copy);
    node.entries = {copy, entries.size()};
    entries.clear();
  }
}

bool TreeBuilder::fail(const char* code, const yaml_mark_t& mark, std::string message, std::string hint) {
  sink_.report(code, Severity::Error, location_of(mark, file_), std::move(message), std::move(hint));
  ok_ = false;
  return false;
}

bool TreeBuilder::register_anchor(const yaml_char_t* anchor, const YamlNode* node) {
  if (anchor != nullptr) anchors_[reinterpret_cast<const char*>(anchor)] = node;
  return true;
}

bool TreeBuilder::attach(const YamlNode* child, const yaml_mark_t& mark, bool is_alias) {
  if (stack_.empty()) {
    document_.root = child;
    return true;
  }
  OpenCollection& parent = stack_.back();
  // A node ends where its last written child ends; an alias's lines belong to its anchor.
  const std::uint32_t child_end = is_alias ? static_cast<std::uint32_t>(mark.line + 1) : child->end_line;
  parent.node->end_line = std::max(parent.node->end_line, child_end);
  const std::size_t depth = stack_.size() - 1;
  if (parent.node->kind == YamlKind::Sequence) {
    children_.items[depth].push_back(child);
  } else if (parent.pending_key == nullptr) {
    if (child->kind != YamlKind::Scalar) {
      return fail("YML008", mark, "mapping keys must be plain values, not lists or mappings",
                  "write the key as a single word or quoted text");
    }
    parent.pending_key = child;
    return true;
  } else {
    children_.entries[depth].emplace_back(parent.pending_key, child);
    parent.node->expanded_size = saturating_add(parent.node->expanded_size, parent.pending_key->expanded_size);
    parent.pending_key = nullptr;
  }
  parent.node->expanded_size = saturating_add(parent.node->expanded_size, child->expanded_size);
  if (is_alias) {
    // Only what aliases add is bounded: the written nodes are already bounded by the file size.
    alias_nodes_ = saturating_add(alias_nodes_, child->expanded_size);
    if (alias_nodes_ > limits_.max_alias_nodes) {
      return fail("YML004", mark,
                  fmt::format("aliases expand this document by more than {} nodes", limits_.max_alias_nodes),
                  "remove the YAML anchors and aliases (&name / *name), which registers do not need, or raise the limit with --max-aliases");
    }
  }
  return true;
}

void TreeBuilder::check_duplicate_keys(YamlNode& mapping) {
  const auto& entries = mapping.entries;
  // Records have a dozen keys or so: comparing each with those before it beats hashing them.
  constexpr std::size_t kPairwiseLimit = 32;
  if (entries.size() <= kPairwiseLimit) {
    for (std::size_t i = 1; i < entries.size(); ++i) {
      const std::string_view key = entries[i].first->scalar;
      for (std::size_t j = 0; j < i; ++j) {
        if (entries[j].first->scalar != key) continue;
        report_duplicate_key(mapping, *entries[i].first, *entries[j].first);
        break;
      }
    }
    return;
  }
  std::unordered_map<std::string_view, const YamlNode*> seen;
  seen.reserve(entries.size());
  for (const auto& [key, value] : entries) {
    auto [it, inserted] = seen.emplace(key->scalar, key);
    if (!inserted) report_duplicate_key(mapping, *key, *it->second);
  }
}

void TreeBuilder::report_duplicate_key(YamlNode& mapping, const YamlNode& key, const YamlNode& first) {
  mapping.has_duplicate_keys = true;
  sink_.report("YML002", Severity::Error, key.location,
               fmt::format("duplicate key '{}' (first defined on line {})", key.scalar, first.location.line),
               "remove one of the two entries; only the first is used");
}

bool TreeBuilder::on_event(const yaml_event_t& event) {
  switch (event.type) {
    case YAML_DOCUMENT_START_EVENT:
      if (++documents_seen_ > 1) {
        return fail("YML007", event.start_mark, "a register file must hold a single YAML document",
                    "remove the '---' separator or split the documents into separate files");
      }
      return true;
    case YAML_SCALAR_EVENT: {
      if (event.data.scalar.length > limits_.max_scalar_bytes) {
        return fail("YML005", event.start_mark,
                    fmt::format("value is {} bytes long; the limit is {}", event.data.scalar.length,
                                limits_.max_scalar_bytes),
                    "move long text into a document and reference it by id, or raise the limit with --max-scalar-size");
      }
      YamlNode& node = new_node();
      node.kind = YamlKind::Scalar;
      node.location = location_of(event.start_mark, file_);
      node.end_line = static_cast<std::uint32_t>(event.end_mark.line + 1);
      node.scalar = keep(event.data.scalar.value, event.data.scalar.length);
      const char* tag = reinterpret_cast<const char*>(event.data.scalar.tag);
      node.quoted = event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
                    (tag != nullptr && std::string_view(tag) == "tag:yaml.org,2002:str");
      register_anchor(event.data.scalar.anchor, &node);
      return attach(&node, event.start_mark);
    }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      if (stack_.size() >= limits_.max_depth) {
        return fail("YML003", event.start_mark,
                    fmt::format("nesting is deeper than {} levels", limits_.max_depth),
                    "registers need only a few levels: flatten the structure, or raise the limit with --max-depth");
      }
      YamlNode& node = new_node();
      node.kind = event.type == YAML_MAPPING_START_EVENT ? YamlKind::Mapping : YamlKind::Sequence;
      node.location = location_of(event.start_mark, file_);
      const yaml_char_t* anchor = event.type == YAML_MAPPING_START_EVENT ? event.data.mapping_start.anchor
                                                                         : event.data.sequence_start.anchor;
      std::string anchor_name = anchor != nullptr ? reinterpret_cast<const char*>(anchor) : "";
      stack_.push_back(OpenCollection{&node, nullptr, std::move(anchor_name)});
      if (children_.items.size() < stack_.size()) {
        children_.items.resize(stack_.size());
        children_.entries.resize(stack_.size());
      }
      return true;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: {
      OpenCollection closed = std::move(stack_.back());
      close_collection(*closed.node, stack_.size() - 1);
      stack_.pop_back();
      if (closed.node->end_line == 0) closed.node->end_line = closed.node->location.line;
      if (closed.node->kind == YamlKind::Mapping) check_duplicate_keys(*closed.node);
      // Anchors become visible only once complete, so an alias can never point into an
      // unfinished node and form a cycle.
      if (!closed.anchor.empty()) anchors_[closed.anchor] = closed.node;
      return attach(closed.node, event.start_mark);
    }
    case YAML_ALIAS_EVENT: {
      std::string name = reinterpret_cast<const char*>(event.data.alias.anchor);
      auto found = anchors_.find(name);
      if (found == anchors_.end()) {
        return fail("YML001", event.start_mark, fmt::format("alias '*{}' refers to no complete anchor", name),
                    "define '&" + name + "' before using it, outside the node that uses it");
      }
      return attach(found->second, event.start_mark, true);
    }
    default:
      return true;
  }
}

bool TreeBuilder::build(std::string_view text) {
  EventParser parser(text);
  while (ok_) {
    EventGuard guard;
    if (!parser.next(guard.event)) {
      const yaml_parser_t& state = parser.state();
      std::string message = state.problem != nullptr ? state.problem : "invalid YAML";
      if (state.context != nullptr) message = fmt::format("{} {}", message, state.context);
      if (state.error == YAML_READER_ERROR) {
        // libyaml gives reader errors as a byte offset only.
        yaml_mark_t mark{};
        const std::size_t offset = std::min(state.problem_offset, text.size());
        for (std::size_t at = 0; at < offset; ++at) {
          if (text[at] == '\n') {
            ++mark.line;
            mark.column = 0;
          } else if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
            ++mark.column;
          }
        }
        return fail("IO002", mark, fmt::format("not readable as UTF-8 text: {}", message),
                    "save the file as UTF-8");
      }
      return fail("YML001", state.problem_mark, message, "fix the YAML syntax at this position");
    }
    if (guard.event.type == YAML_STREAM_END_EVENT) break;
    if (!on_event(guard.event)) break;
  }
  return ok_;
}

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  // Decoders ask for every field a record may have, so this runs a dozen times per record:
  // length and first byte rule out almost every key before a full comparison.
  const std::size_t length = key.size();
  for (const auto& [entry_key, value] : entries) {
    const std::string_view candidate = entry_key->scalar;
    if (candidate.size() != length) continue;
    if (length == 0 || (candidate[0] == key[0] && std::memcmp(candidate.data(), key.data(), length) == 0)) return value;
  }
  return nullptr;
}

bool YamlNode::is_null() const {
  return kind == YamlKind::Scalar && !quoted &&
         (scalar.empty() || scalar == "~" || scalar == "null" || scalar == "Null" || scalar == "NULL");
}

bool parse_yaml(std::string_view text, std::uint32_t file_index, const Limits& limits, YamlDocument& out,
                DiagnosticSink& sink) {
  // Nodes, text and lists take about twice the file's size; one block up front covers most files.
  out.root = nullptr;
  out.arena = std::make_unique<std::pmr::monotonic_buffer_resource>(std::max<std::size_t>(4096, text.size() * 2));
  TreeBuilder builder(file_index, limits, out, sink);
  return builder.build(text);
}

}  // namespace isms
