// Repository text as the OSCAL datatypes take it: one-line strings without the white space the
// schema's ECMAScript patterns reject, Markdown that stays text, tokens, and hrefs that lead
// only into the repository or to the web.
#include <catch2/catch.hpp>

#include "oscal/oscal_text.h"

using namespace isms;

TEST_CASE("oscal: plain_line folds every kind of line break and blank", "[oscal]") {
  CHECK(plain_line("  Head\tof\r\nIT  ", "x") == "Head of IT");
  CHECK(plain_line("a\u2028b\u00a0c\u3000", "x") == "a b c");  // \s and line terminators of ECMAScript
  CHECK(plain_line(" \n\u2029 ", "fallback") == "fallback");
  CHECK(plain_line("\x1b[31mred", "x") == "\x1b[31mred");  // kept as data; JSON escapes it
}

TEST_CASE("oscal: markup escapes what CommonMark would read as markup", "[oscal]") {
  CHECK(markup_line("*bold* _x_ [link](u) <b> `c` a|b", "x") == "\\*bold\\* \\_x\\_ \\[link\\](u) \\<b\\> \\`c\\` a\\|b");
  CHECK(markup_line("# heading", "x") == "\\# heading");
  CHECK(markup_line("A.5.1 Policies - and more", "x") == "A.5.1 Policies - and more");
  CHECK(markup_multiline("one\r\n- two\n1. three\r  > four") == "one\n\\- two\n1\\. three\n  \\> four");
}

TEST_CASE("oscal: tokens from free text", "[oscal]") {
  CHECK(token_of("Head of Platform", "owner") == "head-of-platform");
  CHECK(token_of("  CISO / DPO  ", "owner") == "ciso-dpo");
  CHECK(token_of("2nd line", "owner") == "owner-2nd-line");
  CHECK(token_of("\u00e9\u00e9", "owner") == "owner");
  CHECK(control_token("A.5.1") == "a.5.1");
}

TEST_CASE("oscal: hrefs lead into the repository or to the web only", "[oscal]") {
  CHECK(location_href("library/policies/My Policy.md") == "library/policies/My%20Policy.md");
  CHECK(location_href(" https://intranet.example/doc?id=1#p2 ") == "https://intranet.example/doc?id=1#p2");
  CHECK(location_href("https://x.example/a b\"c") == "https://x.example/a%20b%22c");
  CHECK_FALSE(location_href("../secrets.txt").has_value());
  CHECK_FALSE(location_href("evidence/../../etc/passwd").has_value());
  CHECK_FALSE(location_href("/etc/passwd").has_value());
  CHECK_FALSE(location_href("javascript:alert(1)").has_value());
  CHECK_FALSE(location_href("file:///etc/passwd").has_value());
  CHECK_FALSE(location_href("   ").has_value());
}
