#pragma once
/// Logic-less Mustache templates: the built-in set compiled into the binary, overridable file
/// by file from a templates folder. Every value is escaped for the document's format.

#include <string>
#include <string_view>

#include "isms/render.h"
#include "render/document_data.h"

namespace isms {

/// Renders `<document>.<format>.mustache` with `data`. `override_dir`, when not empty, is
/// searched first for the template and its partials. Returns an empty string on success,
/// else what went wrong.
std::string render_template(const std::string& override_dir, DocumentKind document, DocumentFormat format,
                            const Json& data, std::string& out);

/// The file name of a document's template: "soa.html.mustache".
std::string template_file_name(DocumentKind document, DocumentFormat format);

}  // namespace isms
