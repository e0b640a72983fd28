#pragma once
/// Writing output files so that an interrupted run never leaves a half-written file.

#include <string>
#include <string_view>

#include "util/result.h"

namespace isms {

/// Writes `contents` to a temporary file beside `path` and renames it into place.
/// The error says what went wrong.
Status write_file_atomically(const std::string& path, std::string_view contents);

/// Appends `contents` to `path` (for $GITHUB_STEP_SUMMARY).
Status append_to_file(const std::string& path, std::string_view contents);

/// Creates `path` with `contents` only if it does not exist yet.
Status create_new_file(const std::string& path, std::string_view contents);

}  // namespace isms
