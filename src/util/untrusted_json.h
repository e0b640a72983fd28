#pragma once
/// JSON that comes from a repository (a baseline kept beside the registers, say) is parsed
/// within the same kind of limits as its YAML: the file's size and the nesting depth.
/// The parsing is nlohmann-json's; this file only adds the limits, which it does not have.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace isms {

/// Reads the file at `path`, if it holds at most `max_bytes`, into `contents`; the problem
/// (naming the file `shown_as`), or "".
std::string read_bounded_file(const std::string& path, std::string_view shown_as, std::size_t max_bytes,
                              std::string& contents);

/// Parses `text` into `out` unless it nests deeper than `max_depth` arrays and objects;
/// returns the problem, or "". The depth is measured before parsing, so no parser or
/// destructor ever walks a deeper tree.
std::string parse_untrusted_json(std::string_view text, std::uint32_t max_depth, nlohmann::ordered_json& out);

}  // namespace isms
