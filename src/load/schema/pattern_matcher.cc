#include "load/schema/pattern_matcher.h"

#include <re2/re2.h>

namespace isms {
namespace {

/// ECMAScript's `\s` over bytes: space, tab, line feed, vertical tab, form feed, carriage return.
constexpr std::string_view kSpaceClassBody = "[:space:]";

/// Rewrites the escapes whose meaning differs between ECMAScript and RE2; an error for the one
/// that cannot be rewritten inside a class.
Result<std::string> to_re2_syntax(std::string_view source) {
  std::string out;
  bool in_class = false;
  for (std::size_t at = 0; at < source.size(); ++at) {
    const char c = source[at];
    if (c == '\\' && at + 1 < source.size()) {
      const char next = source[++at];
      if (next == 's') {
        out += in_class ? std::string(kSpaceClassBody) : "[" + std::string(kSpaceClassBody) + "]";
      } else if (next == 'S') {
        if (in_class) return Error{"\\S inside a character class is not supported"};
        out += "[^" + std::string(kSpaceClassBody) + "]";
      } else {
        out += c;
        out += next;
      }
      continue;
    }
    if (c == '[' && !in_class) {
      in_class = true;
      out += c;
      // A ']' right after '[' or '[^' is a member, not the end of the class.
      if (at + 1 < source.size() && source[at + 1] == '^') out += source[++at];
      if (at + 1 < source.size() && source[at + 1] == ']') out += source[++at];
      continue;
    }
    if (c == ']' && in_class) in_class = false;
    out += c;
  }
  return out;
}

}  // namespace

Result<Pattern> Pattern::compile(const std::string& source) {
  Result<std::string> rewritten = to_re2_syntax(source);
  if (!rewritten) return Error{rewritten.error()};
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  auto compiled = std::make_shared<const RE2>(*rewritten, options);
  if (!compiled->ok()) return Error{compiled->error()};
  Pattern pattern;
  pattern.source_ = source;
  pattern.compiled_ = std::move(compiled);
  return pattern;
}

bool Pattern::search(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *compiled_);
}

}  // namespace isms
