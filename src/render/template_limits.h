#pragma once
/// Bounds on what one template may make `isms render` do. Repository templates are hostile
/// data (CI renders untrusted pull requests), so every way a template can make the renderer
/// recurse, allocate or loop is bounded, and going over a bound is an error naming the
/// template, never a crash. The defaults are far above what the built-in templates need:
/// their deepest section nesting is 4, their partials 1 level, and on a repository of 100 000
/// assets the largest document (the SoA in HTML) is 7.5 MB.

#include <cstddef>
#include <cstdint>
#include <string>

namespace isms {

struct TemplateLimits {
  /// Partials including partials: the built-in templates use 1 level. Recursive partials are
  /// refused whatever the depth, since nothing in the data is recursive.
  std::size_t max_partial_depth = 16;
  /// Sections inside sections within one template or partial. Mustache (kainjow) builds and
  /// walks the template recursively, so without a bound a 1 MiB template of `{{#a}}` tags
  /// overflows the stack. The built-in templates nest 4 deep.
  std::size_t max_section_nesting = 32;
  /// One template file (the existing limit of the templates folder).
  std::uintmax_t max_template_bytes = 1u << 20;
  /// A template and every partial it reaches, together: each is parsed into a tree about a
  /// hundred times its size, and the trees of a chain of partials are alive at once.
  std::size_t max_total_template_bytes = 2u << 20;
  /// The rendered document.
  std::size_t max_output_bytes = 64u << 20;
  /// Tags and text runs visited while rendering, counting each partial's parse at every
  /// inclusion: sections over lists and repeated partials multiply work before output grows.
  /// The built-in templates take at most 33 000 steps on the example repositories and 750 000
  /// (the SoA in HTML) on one of 100 000 assets; 10 million take a few seconds.
  std::uint64_t max_render_steps = 10'000'000;
};

/// "64 MiB", "512 KiB": a limit as people write it, for messages.
inline std::string size_text(std::uintmax_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace isms
