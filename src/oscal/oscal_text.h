#pragma once
/// Repository text as the OSCAL datatypes take it. Whatever a register holds, the value that
/// comes out matches its datatype's pattern, and text in a Markdown field stays text.

#include <optional>
#include <string>
#include <string_view>

namespace isms {

/// StringDatatype (prop values, names): one line, no blank at either end; `fallback` when
/// nothing is left. Every run of blanks and line breaks becomes one space.
std::string plain_line(std::string_view text, std::string_view fallback);

/// MarkupLineDatatype (titles): plain_line, then escaped as CommonMark text, so that `*`, `_`,
/// `[`, `<` and the like are shown as characters, not read as emphasis, links or HTML.
std::string markup_line(std::string_view text, std::string_view fallback);

/// MarkupMultilineDatatype (descriptions, remarks): escaped as CommonMark text line by line;
/// line breaks are kept (CRLF and CR become LF).
std::string markup_multiline(std::string_view text);

/// TokenDatatype from free text ("Head of Platform" -> "head-of-platform"): ASCII letters and
/// digits in lower case, other runs as one '-'; `prefix` is put in front when the result would
/// be empty or not start with a letter.
std::string token_of(std::string_view text, std::string_view prefix);

/// "A.5.1" -> "a.5.1": an Annex A id as an OSCAL control id. Lower case, as OSCAL catalogs
/// write their ids; the id as the standard writes it goes into the `label` prop.
std::string control_token(std::string_view control_id);

/// The href of a document or evidence `location`: an http(s) URL, with what RFC 3986 does not
/// allow percent-encoded; or a path relative to the repository root, percent-encoded. Nothing
/// for an absolute path, a path with a ".." segment or another scheme: a link from an export
/// leads to the repository's own files or to the web, never elsewhere on a disk.
std::optional<std::string> location_href(std::string_view location);

}  // namespace isms
