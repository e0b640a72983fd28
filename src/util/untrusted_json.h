#pragma once
/// JSON that comes from a repository (a baseline kept beside the registers, say) is parsed
/// within the same kind of limits as its YAML: the file's size and the nesting depth.
/// The parsing is nlohmann-json's; this file only adds the limits, which it does not have.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "util/result.h"

namespace isms {

/// The contents of the file at `path`, if it holds at most `max_bytes`; the error names the
/// file `shown_as`.
Result<std::string> read_bounded_file(const std::string& path, std::string_view shown_as, std::size_t max_bytes);

/// Parses `text` into `out` unless it nests deeper than `max_depth` arrays and objects.
/// The depth is measured before parsing, so no parser or
/// destructor ever walks a deeper tree.
Status parse_untrusted_json(std::string_view text, std::uint32_t max_depth, nlohmann::ordered_json& out);

}  // namespace isms
