#pragma once
/// The regular expressions of JSON Schema "pattern", matched by RE2.
///
/// RE2 runs in time linear in the text whatever the pattern, so no value in a register, however
/// long or crafted, can make a schema check backtrack for minutes. It reads the patterns in byte
/// (Latin-1) mode, as ECMAScript's std::regex_search over a std::string does, and `\s` and `\S`
/// are rewritten to ECMAScript's ASCII white space (RE2's `\s` leaves out the vertical tab).

#include <memory>
#include <string>
#include <string_view>

#include "util/result.h"

namespace re2 {
class RE2;
}

namespace isms {

/// A compiled "pattern". It is searched for as ECMAScript's regex_search does: anywhere in the
/// text unless anchored.
class Pattern {
 public:
  /// Compiles `source`; an error when it is not a valid regular expression, or
  /// uses syntax that RE2 does not run in linear time (backreferences, look-around).
  static Result<Pattern> compile(const std::string& source);

  /// True when the pattern matches somewhere in `text`.
  bool search(std::string_view text) const;
  const std::string& source() const { return source_; }

 private:
  Pattern() = default;

  std::string source_;
  std::shared_ptr<const re2::RE2> compiled_;
};

}  // namespace isms
