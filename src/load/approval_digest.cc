#include "load/approval_digest.h"

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "load/yaml_json.h"

namespace isms {
namespace {

/// Writes the canonical form of a tree to a string, flushed into a hash as it grows when there
/// is one, so that a register of many megabytes is never held twice in memory.
class CanonicalWriter {
 public:
  CanonicalWriter(std::string& out, Sha256* hash, DigestExclusion exclusion)
      : out_(out), hash_(hash), exclusion_(exclusion) {}
  ~CanonicalWriter() { flush(); }
  CanonicalWriter(const CanonicalWriter&) = delete;
  CanonicalWriter& operator=(const CanonicalWriter&) = delete;

  void raw(std::string_view text) { out_ += text; }

  void file(const YamlNode& root) {
    node(root, 0, true);
    flush();
  }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  using Entry = std::pair<std::string_view, const YamlNode*>;

  void flush() {
    if (hash_ == nullptr) return;
    hash_->update(out_);
    out_.clear();
  }

  void string(std::string_view text) {
    out_ += '"';
    std::size_t clean = 0;  // start of the run of bytes that need no escape
    for (std::size_t at = 0; at < text.size(); ++at) {
      const auto byte = static_cast<unsigned char>(text[at]);
      if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
      out_.append(text.substr(clean, at - clean));
      clean = at + 1;
      switch (byte) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: out_ += fmt::format("\\u{:04x}", byte);
      }
    }
    out_.append(text.substr(clean));
    out_ += '"';
    if (hash_ != nullptr && out_.size() >= kFlushBytes) flush();
  }

  void scalar(const YamlNode& node) {
    // Only plain scalars that start like null, a boolean or a number can be anything but
    // text under the YAML 1.2 core schema; the rest skip the full resolution.
    const char first = node.scalar.empty() ? '~' : node.scalar.front();
    if (node.quoted || std::string_view("0123456789+-.~nNtTfF").find(first) == std::string_view::npos) {
      string(node.scalar);
      return;
    }
    const nlohmann::json value = resolve_scalar(node);
    if (value.is_null()) {
      out_ += "null";
    } else if (value.is_boolean()) {
      out_ += value.get<bool>() ? "true" : "false";
    } else if (value.is_number()) {
      // The digits as written, not the number's value: the loader reads a version such as
      // 1.10 as the text "1.10", so 1.10 and 1.1 are different versions and digest differently.
      out_ += node.scalar;
    } else {
      string(node.scalar);
    }
  }

  /// `skip` lists keys of this mapping that are left out: the approval inside `register:`.
  void mapping(const YamlNode& node, std::size_t depth, bool top_level, std::initializer_list<std::string_view> skip) {
    if (entries_.size() <= depth) entries_.resize(depth + 1);
    std::vector<Entry>& entries = entries_[depth];
    entries.clear();
    for (const auto& [key, value] : node.entries) {
      if (std::find(skip.begin(), skip.end(), key->scalar) == skip.end()) entries.emplace_back(key->scalar, value);
    }
    // The first of duplicate keys counts, as in the loader; a stable sort keeps it first.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
    out_ += '{';
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (i > 0 && entries[i].first == entries[i - 1].first) continue;
      if (i > 0) out_ += ',';
      string(entries[i].first);
      out_ += ':';
      const YamlNode& value = *entries[i].second;
      if (top_level && entries[i].first == "register" && value.kind == YamlKind::Mapping) {
        if (exclusion_ == DigestExclusion::ApprovalAndReview) {
          mapping(value, depth + 1, false, {"approval", "last_review"});
        } else {
          mapping(value, depth + 1, false, {"approval"});
        }
      } else {
        node_at(value, depth + 1);
      }
    }
    out_ += '}';
  }

  void node(const YamlNode& node, std::size_t depth, bool top_level) {
    switch (node.kind) {
      case YamlKind::Scalar:
        scalar(node);
        return;
      case YamlKind::Sequence:
        out_ += '[';
        for (std::size_t i = 0; i < node.items.size(); ++i) {
          if (i > 0) out_ += ',';
          node_at(*node.items[i], depth + 1);
        }
        out_ += ']';
        return;
      case YamlKind::Mapping:
        mapping(node, depth, top_level, {});
        return;
    }
  }

  void node_at(const YamlNode& child, std::size_t depth) { node(child, depth, false); }

  std::string& out_;
  Sha256* hash_;
  DigestExclusion exclusion_;
  // One list per depth, reused across mappings; a deque, so that growing it for a nested
  // mapping leaves the lists of the enclosing ones where they are.
  std::deque<std::vector<Entry>> entries_;
};

}  // namespace

void append_canonical_form(const YamlNode& root, DigestExclusion exclusion, std::string& out) {
  CanonicalWriter(out, nullptr, exclusion).file(root);
}

void ContentDigest::add_file(const YamlNode& root) {
  scratch_.clear();
  CanonicalWriter writer(scratch_, &hash_, DigestExclusion::ApprovalAndReview);
  writer.raw(files_++ == 0 ? "[" : ",");
  writer.file(root);
}

std::string ContentDigest::finish() {
  hash_.update(files_ == 0 ? "[]" : "]");
  return "sha256:" + to_hex(hash_.finish());
}

std::string register_content_digest(const SourceFiles& files, const std::vector<std::uint32_t>& indexes,
                                    const Limits& limits) {
  ContentDigest digest;
  for (std::uint32_t index : indexes) {
    YamlDocument document;
    DiagnosticSink ignored;  // the loader has reported whatever is wrong with the file
    if (!parse_yaml(files.at(index).contents, index, limits, document, ignored) || document.root == nullptr) return {};
    digest.add_file(*document.root);
  }
  return digest.finish();
}

bool is_content_digest(std::string_view text) {
  constexpr std::string_view kPrefix = "sha256:";
  if (text.size() != kPrefix.size() + 64 || !text.starts_with(kPrefix)) return false;
  return std::all_of(text.begin() + kPrefix.size(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string short_digest(std::string_view digest) {
  constexpr std::size_t kShown = 7 + 12;  // "sha256:" and 12 digits
  if (digest.size() <= kShown) return std::string(digest);
  return std::string(digest.substr(0, kShown)) + "\u2026";
}

}  // namespace isms
