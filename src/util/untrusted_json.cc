#include "util/untrusted_json.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace isms {
namespace {

/// The deepest nesting of arrays and objects in `text`, counting only brackets outside strings;
/// stops counting once `limit` is passed.
std::uint32_t nesting_depth(std::string_view text, std::uint32_t limit) {
  std::uint32_t depth = 0;
  std::uint32_t deepest = 0;
  bool in_string = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (in_string) {
      if (c == '\\') {
        ++at;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

Result<std::string> read_bounded_file(const std::string& path, std::string_view shown_as, std::size_t max_bytes) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return Error{fmt::format("cannot read {}: {}", shown_as, std::strerror(errno))};
  std::string contents;
  char buffer[65536];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    contents.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (contents.size() > max_bytes) {
      return Error{fmt::format("{} is larger than {} bytes (raise the limit with --max-file-size)", shown_as, max_bytes)};
    }
  }
  if (stream.bad()) return Error{fmt::format("error while reading {}", shown_as)};
  return contents;
}

Status parse_untrusted_json(std::string_view text, std::uint32_t max_depth, nlohmann::ordered_json& out) {
  if (nesting_depth(text, max_depth) > max_depth) {
    return Error{fmt::format("it nests deeper than {} levels (raise the limit with --max-depth)", max_depth)};
  }
  out = nlohmann::ordered_json::parse(text, nullptr, false);
  if (out.is_discarded()) return Error{"it is not valid JSON"};
  return Done{};
}

}  // namespace isms
