#pragma once
/// The digest that pins a register's approval to the content that was approved. It is the
/// SHA-256 of a canonical form of the register's YAML trees, so that comments, key order,
/// quoting, flow or block style and indentation do not count, and every value does.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/sha256.h"
#include "util/limits.h"
#include "model/source_files.h"
#include "load/yaml_tree.h"

namespace isms {

/// What the canonical form of a file leaves out of its top-level `register:` block.
enum class DigestExclusion {
  ApprovalAndReview,  ///< `approval` and `last_review`: what an approval covers
  ApprovalOnly,       ///< `approval` alone: used to prove an edit changed nothing else
};

/// Appends the canonical form of one file's tree to `out`: JSON with keys sorted by their
/// UTF-8 bytes and no whitespace; scalars typed by the YAML 1.2 core schema, numbers with the
/// digits they were written with; duplicate keys keep their first value; aliases expanded.
void append_canonical_form(const YamlNode& root, DigestExclusion exclusion, std::string& out);

/// Accumulates the digest of a register over its files, in the order the loader reads them.
/// The digested text is a JSON array with one canonical form per file.
class ContentDigest {
 public:
  /// Adds the next file of the register.
  void add_file(const YamlNode& root);
  /// "sha256:" and 64 hexadecimal digits; call once.
  std::string finish();

 private:
  Sha256 hash_;
  std::size_t files_ = 0;
  std::string scratch_;
};

/// The digest of a register from the text of its files as loaded (`RegisterInfo::files`), for
/// when the loader did not need it; empty if a file no longer parses.
std::string register_content_digest(const SourceFiles& files, const std::vector<std::uint32_t>& indexes,
                                    const Limits& limits);

/// True for "sha256:" followed by 64 lower-case hexadecimal digits.
bool is_content_digest(std::string_view text);

/// "sha256:ab12cd34ef56…": the digest shortened for messages.
std::string short_digest(std::string_view digest);

}  // namespace isms
