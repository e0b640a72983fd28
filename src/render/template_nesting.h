#pragma once
/// How deeply a template nests its sections, measured before Mustache parses it.

#include <cstddef>
#include <string>

namespace isms {

/// The deepest nesting of sections (`{{#x}}`, `{{^x}}`) that kainjow's parser would build from
/// `text`, following set-delimiter tags as it does. Stops counting once past `limit`. A tag
/// that the parser would refuse ends the scan: the parser stops there too, and reports it.
std::size_t section_nesting(const std::string& text, std::size_t limit);

}  // namespace isms
