#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <string>
#include <vector>

#include "load/schema/pattern_matcher.h"

using namespace isms;

namespace {

Pattern compiled(const std::string& source) {
  Result<Pattern> pattern = Pattern::compile(source);
  INFO(source << ": " << (pattern ? std::string() : pattern.error()));
  REQUIRE(pattern.ok());
  return *pattern;
}

}  // namespace

TEST_CASE("the schemas' patterns compile, and a pattern that is not a regular expression does not", "[pattern]") {
  for (const char* source : {"^[A-Z]+[0-9]*$", "^sha256:[0-9a-f]{64}$", "^A\\.[0-9]+(\\.[0-9]+)+$",
                             "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[A-Za-z][A-Za-z0-9_.-]*$",
                             "^https?://[^\\s()<>\"'`]+$"}) {
    INFO(source);
    compiled(source);
  }
  const Pattern alternation = compiled("^(low|high)$");
  CHECK(alternation.search("low"));
  CHECK_FALSE(alternation.search("medium"));
  Result<Pattern> unbalanced = Pattern::compile("([a-z]");
  REQUIRE_FALSE(unbalanced.ok());
  CHECK_FALSE(unbalanced.error().empty());
  // A backreference needs backtracking, which would make the check's time depend on the text.
  Result<Pattern> backreference = Pattern::compile("^(a+)\\1$");
  REQUIRE_FALSE(backreference.ok());
  CHECK_FALSE(backreference.error().empty());
}

TEST_CASE("the matcher agrees with std::regex_search on generated texts", "[pattern]") {
  const std::vector<std::string> sources = {
      "^[A-Z]+[0-9]*$", "^sha256:[0-9a-f]{64}$", "^A\\.[0-9]+(\\.[0-9]+)+$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "^[A-Za-z][A-Za-z0-9_.-]*$", "[0-9]+", "a.c", "^(ab)*$", "^(a|b)", "x{2,3}y?$", "^[^-]+-[\\d\\w]{1,}$",
      "^(a*)*b$", "^\\s?[.]+$", "^[^\\s()<>]+$", "\\S+\\s\\S", "^(A\\.)?[0-9]{1,2}(\\.[0-9]+){0,3}$"};
  const std::string alphabet = "aAbBxyz019.-_: \n\t\v()<>\xc3\xa9sha256ABC";
  std::mt19937 random(1234);
  for (const std::string& source : sources) {
    const Pattern pattern = compiled(source);
    const std::regex reference(source, std::regex::ECMAScript);
    for (int i = 0; i < 3000; ++i) {
      std::string text;
      const int length = static_cast<int>(random() % 12);
      for (int c = 0; c < length; ++c) text += alphabet[random() % alphabet.size()];
      // Half of the texts start from a known match, so both outcomes are common.
      if (i % 2 == 0) {
        static const char* const kSeeds[] = {"A.5.1", "ABC12", "2026-01-31", "ab", "aab", "xxy", "sha256:"};
        text = std::string(kSeeds[random() % 7]) + (random() % 3 == 0 ? text.substr(0, 2) : "");
      }
      INFO(source << " on '" << text << "'");
      CHECK(pattern.search(text) == std::regex_search(text, reference));
    }
  }
}

TEST_CASE("a long text or a pattern that backtracks runs in linear time and matches correctly", "[pattern]") {
  const Pattern control = compiled("^A\\.[0-9]+(\\.[0-9]+)+$");
  std::string text = "A.1";
  for (int i = 0; i < 200000; ++i) text += ".1";
  CHECK(control.search(text));
  CHECK_FALSE(control.search(text + "x"));
  // Exponential for a backtracking matcher: 2^40 ways to split the a's before failing.
  const Pattern nested = compiled("^(a*)*b$");
  CHECK_FALSE(nested.search(std::string(40, 'a')));
  CHECK(nested.search(std::string(40, 'a') + "b"));
}
