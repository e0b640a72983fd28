#pragma once
/// Logic-less Mustache templates: the built-in set compiled into the binary, overridable file
/// by file from a templates folder. Every value is escaped for the document's format before
/// any template sees it, so no tag ({{{x}}}, {{& x}}, other delimiters) can write it raw; and
/// what a template may make the renderer do is bounded (render/template_limits.h).

#include <string>
#include <string_view>

#include "render/render.h"
#include "render/document_data.h"
#include "render/template_files.h"
#include "render/template_limits.h"
#include "util/result.h"

namespace isms {

/// Renders `<document>.<format>.mustache` with `data`. `override_dir`, when not empty, is
/// searched first for the template and its partials. The error says what went wrong.
Result<std::string> render_template(const std::string& override_dir, DocumentKind document, DocumentFormat format,
                                    const Json& data);

/// Renders template `file` ("soa.html.mustache") and its partials, as `loader` finds them,
/// with `data` escaped for `format`, within `limits`. The error says what went wrong, naming
/// the template.
Result<std::string> render_template_file(const TemplateLoader& loader, const std::string& file, DocumentFormat format,
                                         const Json& data, const TemplateLimits& limits);

/// The file name of a document's template: "soa.html.mustache".
std::string template_file_name(DocumentKind document, DocumentFormat format);

}  // namespace isms
