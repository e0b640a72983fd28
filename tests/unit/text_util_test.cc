#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>

#include "util/text_util.h"

using namespace isms;

TEST_CASE("trimming and blank tests skip spaces, tabs and line breaks only", "[text]") {
  CHECK(trimmed("  a b \t\r\n") == "a b");
  CHECK(trimmed(" \t\r\n").empty());
  CHECK(trimmed("\va\v") == "\va\v");
  CHECK(trimmed(" \ta\n", " \t") == "a\n");
  CHECK(is_blank(""));
  CHECK(is_blank(" \r\n\t"));
  CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("case folding touches ASCII letters only", "[text]") {
  CHECK(lower_case("ID002 Über") == "id002 \xc3\x9c" "ber");
  CHECK(upper_case("soa001-é") == "SOA001-é");
  CHECK(equals_ignoring_case("HTTPS://", "https://"));
  CHECK_FALSE(equals_ignoring_case("https", "http"));
  CHECK(starts_with_ignoring_case("Https://x", "https://"));
  CHECK_FALSE(starts_with_ignoring_case("http", "https://"));
  CHECK(ends_with_ignoring_case("Sheet.XLSX", ".xlsx"));
  CHECK_FALSE(ends_with_ignoring_case("x", ".xlsx"));
}

TEST_CASE("free texts compare with case and spacing aside", "[text]") {
  CHECK(comparison_key("  Key \n management ") == "key management");
  CHECK(collapse_whitespace("a \t\n b") == "a b");
}

TEST_CASE("a version is cited only as a whole number", "[text]") {
  CHECK(cites_version("see SoA version 2.1.", "2.1"));
  CHECK(cites_version("SoA v2.1 applies", "2.1"));
  CHECK_FALSE(cites_version("version 2.10", "2.1"));
  CHECK_FALSE(cites_version("version 12.1", "2.1"));
  CHECK_FALSE(cites_version("version 2.1.3", "2.1"));
  CHECK_FALSE(cites_version("anything", ""));
}

TEST_CASE("characters are counted, not bytes, and id words are collected", "[text]") {
  CHECK(character_count("d\xc3\xa9j\xc3\xa0") == 4);
  std::unordered_set<std::string> ids;
  collect_id_words("see REQ-7. and A.5.1, not -", ids);
  CHECK(ids.count("REQ-7") == 1);
  CHECK(ids.count("A.5.1") == 1);
  CHECK(ids.count("see") == 1);
  CHECK(ids.count("REQ-7.") == 0);
}
