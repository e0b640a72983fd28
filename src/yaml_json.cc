#include "yaml_json.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace isms {
namespace {

bool is_bool(const std::string& s, bool& value) {
  if (s == "true" || s == "True" || s == "TRUE") return value = true, true;
  if (s == "false" || s == "False" || s == "FALSE") return value = false, true;
  return false;
}

bool is_integer(const std::string& s, long long& value) {
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

bool is_float(const std::string& s, double& value) {
  if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf") return value = std::numeric_limits<double>::infinity(), true;
  if (s == "-.inf" || s == "-.Inf" || s == "-.INF") return value = -std::numeric_limits<double>::infinity(), true;
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return value = std::nan(""), true;
  // The YAML 1.2 core float grammar uses only these characters; checking them first keeps
  // from_chars from accepting words such as "inf" and keeps every date and name cheap.
  if (s.empty() || s.size() > 64 || s.find_first_not_of("0123456789.eE+-") != std::string::npos) return false;
  if (s.find_first_of("0123456789") == std::string::npos) return false;
  // from_chars takes no leading '+', and a second sign ("+-1") makes the text a string.
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  if (s[0] == '+' && (s.size() < 2 || s[1] == '-' || s[1] == '+')) return false;
  std::from_chars_result result = std::from_chars(begin, s.data() + s.size(), value);
  return result.ec == std::errc() && result.ptr == s.data() + s.size();
}

}  // namespace

nlohmann::json resolve_scalar(const YamlNode& node) {
  if (node.quoted) return node.scalar;
  if (node.is_null()) return nullptr;
  bool flag = false;
  if (is_bool(node.scalar, flag)) return flag;
  long long integer = 0;
  if (is_integer(node.scalar, integer)) return integer;
  double number = 0;
  if (is_float(node.scalar, number)) return number;
  return node.scalar;
}

nlohmann::json yaml_to_json(const YamlNode& node) {
  switch (node.kind) {
    case YamlKind::Scalar:
      return resolve_scalar(node);
    case YamlKind::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const YamlNode* item : node.items) array.push_back(yaml_to_json(*item));
      return array;
    }
    case YamlKind::Mapping: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& [key, value] : node.entries) {
        if (!object.contains(key->scalar)) object[key->scalar] = yaml_to_json(*value);
      }
      return object;
    }
  }
  return nullptr;
}

}  // namespace isms
