#pragma once
/// Where template texts come from: a repository's templates folder, file by file, else the
/// built-in set compiled into the binary.

#include <cstdint>
#include <functional>
#include <set>
#include <string>

#include "util/result.h"

namespace isms {

/// Finds one template by its path relative to the templates folder ("soa.html.mustache",
/// "partials/md-header.mustache"). Sets `found` and `text`; the error says what went wrong.
/// A template that does not exist is not an error: `found` stays false.
using TemplateLoader = std::function<Status(const std::string& relative, std::string& text, bool& found)>;

inline constexpr const char* kTemplateSuffix = ".mustache";
inline constexpr const char* kPartialFolder = "partials/";

/// Every partial name known: built in, plus those in `override_dir/partials/` when it is not
/// empty. Only these names are ever read, so a partial tag cannot name a path.
std::set<std::string> partial_names(const std::string& override_dir);

/// Loads from `override_dir` (when not empty, refusing files that resolve outside it or are
/// larger than `max_bytes`), falling back to the built-in templates; partials are looked up
/// only among `partials`, the result of partial_names(override_dir).
TemplateLoader folder_template_loader(const std::string& override_dir, std::set<std::string> partials,
                                      std::uintmax_t max_bytes);

}  // namespace isms
