#pragma once
/// A template together with every partial it can reach, loaded and parsed once, after the
/// checks that keep rendering it bounded: sections nested at most so deep, no partial that
/// includes itself, partial chains at most so long, and all of it at most so large.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "render/template_files.h"
#include "render/template_limits.h"
#include "util/result.h"

namespace isms {

/// One template or partial as kainjow parses it.
struct ParsedTemplate {
  std::string file;                           ///< "soa.html.mustache", "partials/md-header.mustache"
  std::string text;
  kainjow::mustache::component<std::string> root;
  std::vector<std::string> partials;          ///< the partial names its tags use, once each
  std::size_t components = 0;                 ///< nodes in `root`: what parsing it costs
};

struct TemplateSet {
  ParsedTemplate main;
  /// The partials reachable from `main` that exist, by name. A name that is missing renders
  /// as nothing, as in Mustache.
  std::map<std::string, ParsedTemplate> partials;
};

/// Loads `file` and its partials through `loader` into `set`; the error says what is wrong,
/// naming the template.
Status load_template_set(const TemplateLoader& loader, const std::string& file, const TemplateLimits& limits,
                         TemplateSet& set);

}  // namespace isms
