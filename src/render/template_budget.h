#pragma once
/// What rendering a template will cost, found before rendering it: kainjow renders into
/// memory and recursively, so a template whose sections over lists or repeated partials
/// multiply the output must be stopped before it starts, not while it runs.

#include <cstdint>
#include <string>

#include <kainjow/mustache.hpp>

#include "render/template_limits.h"
#include "render/template_set.h"
#include "util/result.h"

namespace isms {

struct RenderCost {
  std::uint64_t bytes = 0;  ///< at least the size of the output (blank-line removal only shrinks it)
  std::uint64_t steps = 0;  ///< nodes visited, plus the nodes of each partial at each inclusion
};

/// Walks `set` over `data` exactly as kainjow would render it, producing nothing, and stops
/// as soon as the cost is past `limits`. `data` holds the values already escaped, so the
/// bytes counted are the bytes written.
RenderCost estimate_render_cost(const TemplateSet& set, const kainjow::mustache::data& data,
                                const TemplateLimits& limits);

/// Whether rendering `set` over `data` stays within `limits`; the error says why not.
Status check_render_cost(const TemplateSet& set, const kainjow::mustache::data& data, const TemplateLimits& limits);

}  // namespace isms
