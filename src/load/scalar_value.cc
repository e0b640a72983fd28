#include "load/scalar_value.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

namespace isms {
namespace {

bool is_bool(std::string_view s, bool& value) {
  if (s == "true" || s == "True" || s == "TRUE") return value = true, true;
  if (s == "false" || s == "False" || s == "FALSE") return value = false, true;
  return false;
}

bool is_integer(std::string_view s, long long& value) {
  if (s.empty()) return false;
  const char* begin = s.data();
  const char* end = s.data() + s.size();
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
    base = s[1] == 'x' ? 16 : 8;
    begin += 2;
  } else if (*begin == '+') {
    ++begin;
  }
  std::from_chars_result result = std::from_chars(begin, end, value, base);
  return result.ec == std::errc() && result.ptr == end;
}

bool is_float(std::string_view s, double& value) {
  if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf") return value = std::numeric_limits<double>::infinity(), true;
  if (s == "-.inf" || s == "-.Inf" || s == "-.INF") return value = -std::numeric_limits<double>::infinity(), true;
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return value = std::nan(""), true;
  // The YAML 1.2 core float grammar uses only these characters; checking them first keeps
  // from_chars from accepting words such as "inf" and keeps every date and name cheap.
  if (s.empty() || s.size() > 64 || s.find_first_not_of("0123456789.eE+-") != std::string_view::npos) return false;
  if (s.find_first_of("0123456789") == std::string_view::npos) return false;
  // from_chars takes no leading '+', and a second sign ("+-1") makes the text a string.
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  if (s[0] == '+' && (s.size() < 2 || s[1] == '-' || s[1] == '+')) return false;
  std::from_chars_result result = std::from_chars(begin, s.data() + s.size(), value);
  return result.ec == std::errc() && result.ptr == s.data() + s.size();
}

}  // namespace

ScalarValue resolve_scalar_value(const YamlNode& node) {
  ScalarValue value;
  if (node.quoted) return value;
  if (node.is_null()) {
    value.type = ScalarType::Null;
    return value;
  }
  const std::string_view text = node.scalar;
  // Only text that starts like a boolean or a number can be one; names and dates stop here.
  const char first = text.front();
  if (std::string_view("0123456789+-.tTfF").find(first) == std::string_view::npos) return value;
  if (is_bool(text, value.boolean)) {
    value.type = ScalarType::Boolean;
  } else if (is_integer(text, value.integer)) {
    value.type = ScalarType::Integer;
  } else if (is_float(text, value.number)) {
    value.type = ScalarType::Float;
  }
  return value;
}

}  // namespace isms
