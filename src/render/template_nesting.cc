#include "render/template_nesting.h"

#include <cctype>

#include <kainjow/mustache.hpp>

namespace isms {
namespace {

bool valid_delimiter(const std::string& delimiter) {
  for (char c : delimiter) {
    if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

/// `=<% %>=`, as kainjow's parser reads it. Returns false for a tag it refuses.
bool read_set_delimiter(const std::string& contents, std::string& begin, std::string& end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  const std::string inner = kainjow::mustache::trim(contents.substr(1, contents.size() - 2));
  const std::size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  const std::size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string::npos) return false;
  const std::string new_begin = inner.substr(0, space);
  const std::string new_end = inner.substr(next);
  if (!valid_delimiter(new_begin) || !valid_delimiter(new_end)) return false;
  begin = new_begin;
  end = new_end;
  return true;
}

}  // namespace

// Mirrors the tag scan of kainjow::mustache::parser::parse: the next tag starts at the next
// begin delimiter, a third brace makes an unescaped tag ending in "}}}" while the delimiters
// are the default ones, and a tag starting with '=' sets the delimiters whatever its braces.
std::size_t section_nesting(const std::string& text, std::size_t limit) {
  static const std::string kBraceBegin = "{{";
  static const std::string kBraceEnd = "}}";
  static const std::string kUnescapedEnd = "}}}";
  std::string begin = kBraceBegin;
  std::string end = kBraceEnd;
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t position = 0;
  while (deepest <= limit) {
    const std::size_t start = text.find(begin, position);
    if (start == std::string::npos) break;
    const bool braces = begin == kBraceBegin && end == kBraceEnd;
    std::size_t contents = start + begin.size();
    const bool unescaped = braces && start != text.size() - 2 && text[contents] == '{';
    const std::string& tag_end = unescaped ? kUnescapedEnd : end;
    if (unescaped) ++contents;
    const std::size_t close = text.find(tag_end, contents);
    if (close == std::string::npos) break;
    const std::string tag = kainjow::mustache::trim(text.substr(contents, close - contents));
    position = close + tag_end.size();
    if (!tag.empty() && tag[0] == '=') {
      if (!read_set_delimiter(tag, begin, end)) break;
    } else if (!unescaped && !tag.empty() && (tag[0] == '#' || tag[0] == '^')) {
      if (++depth > deepest) deepest = depth;
    } else if (!unescaped && !tag.empty() && tag[0] == '/') {
      if (depth == 0) break;
      --depth;
    }
  }
  return deepest;
}

}  // namespace isms
