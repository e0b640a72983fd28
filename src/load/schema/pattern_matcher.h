#pragma once
/// The regular expressions of JSON Schema "pattern", matched without std::regex where possible.

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// A compiled "pattern". It is searched for as ECMAScript's regex_search does: anywhere in the
/// text unless anchored. The subset the schemas use (anchors, literals, classes, groups and
/// quantifiers) runs on a small backtracking matcher; anything else runs on std::regex.
class Pattern {
 public:
  /// Compiles `source`; nullopt with `error` set when it is not a valid regular expression.
  static std::optional<Pattern> compile(const std::string& source, std::string& error);

  /// True when the pattern matches somewhere in `text`.
  bool search(std::string_view text) const;
  /// True when the fast matcher, not std::regex, handles this pattern.
  bool is_native() const { return fallback_ == nullptr; }
  const std::string& source() const { return source_; }

  struct Atom;

 private:
  Pattern() = default;

  std::string source_;
  std::shared_ptr<const std::vector<Atom>> sequence_;
  bool anchored_start_ = false;
  bool anchored_end_ = false;
  std::shared_ptr<const std::regex> fallback_;
};

}  // namespace isms
