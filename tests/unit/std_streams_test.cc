#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "util/escape.h"
#include "util/std_streams.h"

using isms::log_safe;
using isms::StreamSyntax;

TEST_CASE("plain text on a standard stream shows controls and cannot start a workflow command", "[streams]") {
  CHECK(log_safe("a\x1b[2Jb\x07\n", StreamSyntax::Text) == "a\\e[2Jb\\x07\n");
  CHECK(log_safe("x\xe2\x80\xae" "y\xc2\x85z", StreamSyntax::Text) == "x\\u202ey\\u0085z");
  CHECK(log_safe("ok\n::error file=a::x\n", StreamSyntax::Text) == "ok\n\\::error file=a::x\n");
  CHECK(log_safe("  \t::warning::x", StreamSyntax::Text) == "  \t\\::warning::x");
  CHECK(log_safe("a ##[error]b", StreamSyntax::Text) == "a #\\#[error]b");
  CHECK(log_safe("a\r::error::b", StreamSyntax::Text) == "a\\r::error::b");
  CHECK(log_safe("in the middle :: is fine\n", StreamSyntax::Text) == "in the middle :: is fine\n");
  CHECK(log_safe("bad \xff byte", StreamSyntax::Text) == "bad \\xff byte");
}

TEST_CASE("coloured text keeps SGR sequences and nothing else", "[streams]") {
  CHECK(log_safe("\x1b[1;31merror\x1b[0m", StreamSyntax::ColouredText) == "\x1b[1;31merror\x1b[0m");
  CHECK(log_safe("\x1b]52;c;x\x07", StreamSyntax::ColouredText) == "\\e]52;c;x\\x07");
  CHECK(log_safe("\x1b[2J", StreamSyntax::ColouredText) == "\\e[2J");
}

TEST_CASE("JSON on a standard stream is neutralised with escapes that decode to the same strings", "[streams]") {
  const nlohmann::json value = {{"m", "a\n::error::b ##[group] \xe2\x80\xae \xc2\x9b x"}};
  const std::string dumped = value.dump(2);
  const std::string safe = log_safe(dumped, StreamSyntax::Json);
  CHECK(safe.find("##[") == std::string::npos);
  CHECK(safe.find("\xe2\x80\xae") == std::string::npos);
  CHECK(nlohmann::json::parse(safe) == value);
}

TEST_CASE("markup on a standard stream uses character references", "[streams]") {
  CHECK(log_safe("<p>\n::error::x ##[y] \xe2\x80\xae\r</p>", StreamSyntax::Markup) ==
        "<p>\n&#58;:error::x #&#35;[y] &#x202E;&#13;</p>");
  CHECK(log_safe("| a |\n  ::notice::b", StreamSyntax::Markdown) == "| a |\n  &#58;:notice::b");
}

TEST_CASE("GitHub annotations keep their own commands but no legacy form or raw CR", "[streams]") {
  CHECK(log_safe("::error file=a,line=1::x ##[group] y\r\n", StreamSyntax::WorkflowCommands) ==
        "::error file=a,line=1::x #\\#[group] y%0D\n");
}

TEST_CASE("a value inside a line never breaks it", "[streams]") {
  CHECK(isms::terminal_value("a\nb\tc\r") == "a\\nb\\tc\\r");
  CHECK(isms::terminal_sanitize("a\nb\tc\r") == "a\nb\tc\\r");
}
