#pragma once
/// Escaping for the syntaxes that output formats embed untrusted text in.
///
/// Each output format puts repository text into a different syntax (XML character data and
/// attributes, HTML, Markdown tables, CSV cells that a spreadsheet would run as formulas, CI
/// workflow commands). No Debian library covers these together, and those that cover one
/// (libxml2's entity encoding) need a document of their own; each function here is a few
/// lines that state that syntax's rule, and the black-box injection tests and fuzz targets
/// check them against the real consumers.

#include <string>
#include <string_view>

namespace isms {

/// XML 1.0 character data: escapes markup and CR; forbidden characters and invalid UTF-8 become U+FFFD.
std::string xml_escape(std::string_view text);

/// Like xml_escape, and also writes TAB and LF as references so attribute normalisation keeps them.
std::string xml_escape_attribute(std::string_view text);

/// GitHub Actions workflow-command data (the part after `::`), as the Actions toolkit escapes it.
std::string github_escape_data(std::string_view text);

/// GitHub Actions workflow-command property value: data escaping plus `:` and `,`.
std::string github_escape_property(std::string_view text);

/// Text shown literally in one GitHub-flavoured Markdown table cell (HTML is rendered there too).
std::string markdown_cell_escape(std::string_view text);

/// HTML text or a quoted attribute value: escapes & < > " ' so data never becomes markup.
std::string html_escape(std::string_view text);

/// Spreadsheet cell text that no spreadsheet reads as a formula: a value beginning with
/// = + - @, TAB or CR gets a leading apostrophe, the convention OWASP recommends.
std::string neutralize_formula(std::string_view text);

/// One RFC 4180 CSV field: always quoted, quotes doubled, and formulas neutralised.
std::string csv_field(std::string_view text);

/// Percent-encodes everything except RFC 3986 unreserved characters and '/'.
std::string uri_percent_encode(std::string_view text);

/// Text safe to print on a terminal, shown rather than acted on: ESC as `\e`, CR as `\r`, other
/// control characters and invalid bytes as `\xNN`, C1 controls and the bidirectional and line
/// separator code points as `\uNNNN`. TAB and LF stay: use it for text of several lines.
std::string terminal_sanitize(std::string_view text);

/// terminal_sanitize for one value inside a line: LF is shown as `\n` too, so that a value can
/// never start a line of its own.
std::string terminal_value(std::string_view text);

}  // namespace isms
