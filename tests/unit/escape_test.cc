#include <catch2/catch.hpp>

#include <string>

#include "util/escape.h"

using namespace isms;

TEST_CASE("xml_escape escapes markup and keeps text valid XML 1.0", "[escape]") {
  CHECK(xml_escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  CHECK(xml_escape("line\none\ttab") == "line\none\ttab");
  CHECK(xml_escape("cr\r\n") == "cr&#13;\n");
  // Characters XML 1.0 forbids, and bytes that are not UTF-8, become U+FFFD.
  CHECK(xml_escape(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(xml_escape("\x01\x0B\x0C\x1F") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(xml_escape("\xEF\xBF\xBE") == "\xEF\xBF\xBD");                // U+FFFE
  CHECK(xml_escape("\xFF" "x") == "\xEF\xBF\xBD" "x");                // not UTF-8
  CHECK(xml_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");        // overlong '/'
  CHECK(xml_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(xml_escape("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");        // truncated
  CHECK(xml_escape("caf\xC3\xA9 \xF0\x9F\x94\x92") == "caf\xC3\xA9 \xF0\x9F\x94\x92");
}

TEST_CASE("xml_escape_attribute also protects whitespace from attribute normalisation", "[escape]") {
  CHECK(xml_escape_attribute("a\tb\nc\rd<\"") == "a&#9;b&#10;c&#13;d&lt;&quot;");
}

TEST_CASE("github escaping matches the Actions toolkit", "[escape]") {
  CHECK(github_escape_data("100% a:b, c\r\nd") == "100%25 a:b, c%0D%0Ad");
  CHECK(github_escape_property("100% a:b, c\r\nd") == "100%25 a%3Ab%2C c%0D%0Ad");
  CHECK(github_escape_data("%0A") == "%250A");
  CHECK(github_escape_data("::error::x") == "::error::x");
  CHECK(github_escape_property("::error::x") == "%3A%3Aerror%3A%3Ax");
}

TEST_CASE("markdown_cell_escape keeps text literal inside one table cell", "[escape]") {
  CHECK(markdown_cell_escape("a | b") == "a \\| b");
  CHECK(markdown_cell_escape("one\ntwo\r\nthree\rfour") == "one<br>two<br>three<br>four");
  CHECK(markdown_cell_escape("<script>&amp;") == "&lt;script&gt;&amp;amp;");
  CHECK(markdown_cell_escape("*bold* _it_ `code` [l](u) ~s~ $x$ \\") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[l\\](u) \\~s\\~ \\$x\\$ \\\\");
  CHECK(markdown_cell_escape("plain text, 50%") == "plain text, 50%");
}

TEST_CASE("uri_percent_encode keeps unreserved characters and slashes", "[escape]") {
  CHECK(uri_percent_encode("registers/risks.yaml") == "registers/risks.yaml");
  CHECK(uri_percent_encode("my risks/a-b_c.~d") == "my%20risks/a-b_c.~d");
  CHECK(uri_percent_encode("a#b?c%d:e") == "a%23b%3Fc%25d%3Ae");
  CHECK(uri_percent_encode("caf\xC3\xA9") == "caf%C3%A9");
  CHECK(uri_percent_encode("a\\b") == "a%5Cb");
}

TEST_CASE("terminal_sanitize shows what a terminal would act on as escapes", "[escape]") {
  CHECK(terminal_sanitize("plain\ttab\nline") == "plain\ttab\nline");
  CHECK(terminal_sanitize("\x1b[31mred") == "\\e[31mred");
  CHECK(terminal_sanitize("a\rb\x7f") == "a\\rb\\x7f");
  CHECK(terminal_sanitize("\xC2\x9B" "1m") == "\\u009b1m");          // C1 CSI
  CHECK(terminal_sanitize("x\xE2\x80\xAEy") == "x\\u202ey");          // RIGHT-TO-LEFT OVERRIDE
  CHECK(terminal_sanitize("x\xE2\x81\xA6y") == "x\\u2066y");          // LEFT-TO-RIGHT ISOLATE
  CHECK(terminal_sanitize("x\xE2\x80\xA8y") == "x\\u2028y");          // LINE SEPARATOR
  CHECK(terminal_sanitize("\xFF") == "\\xff");
  CHECK(terminal_sanitize("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("html_escape turns every markup character into an entity", "[escape]") {
  CHECK(html_escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(html_escape("a \"b\" & c") == "a &quot;b&quot; &amp; c");
  CHECK(html_escape("&amp;") == "&amp;amp;");
  CHECK(html_escape("plain, caf\xC3\xA9") == "plain, caf\xC3\xA9");
}

TEST_CASE("neutralize_formula prefixes what a spreadsheet would evaluate", "[escape]") {
  CHECK(neutralize_formula("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")");
  CHECK(neutralize_formula("+cmd") == "'+cmd");
  CHECK(neutralize_formula("-2+3") == "'-2+3");
  CHECK(neutralize_formula("@SUM(1)") == "'@SUM(1)");
  CHECK(neutralize_formula("\t=1") == "'\t=1");
  CHECK(neutralize_formula("\r=1") == "'\r=1");
  CHECK(neutralize_formula("A.5.1") == "A.5.1");
  CHECK(neutralize_formula("a=b") == "a=b");
  CHECK(neutralize_formula("") == "");
}

TEST_CASE("csv_field quotes every field and neutralises formulas", "[escape]") {
  CHECK(csv_field("plain") == "\"plain\"");
  CHECK(csv_field("say \"hi\", then\nleave") == "\"say \"\"hi\"\", then\nleave\"");
  CHECK(csv_field("=1+1") == "\"'=1+1\"");
  CHECK(csv_field("") == "\"\"");
}
