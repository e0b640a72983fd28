#pragma once
/// Writing output files so that an interrupted run never leaves a half-written file.

#include <string>
#include <string_view>

namespace isms {

/// Writes `contents` to a temporary file beside `path` and renames it into place.
/// Returns an empty string on success, else a message saying what went wrong.
std::string write_file_atomically(const std::string& path, std::string_view contents);

/// Appends `contents` to `path` (for $GITHUB_STEP_SUMMARY); empty string on success.
std::string append_to_file(const std::string& path, std::string_view contents);

/// Creates `path` with `contents` only if it does not exist yet; empty string on success.
std::string create_new_file(const std::string& path, std::string_view contents);

}  // namespace isms
