#include "load/decode_fields.h"

#include <charconv>

#include <fmt/format.h>

#include "load/scalar_value.h"

namespace isms {
namespace {

const YamlNode* scalar_at(const YamlNode* mapping, std::string_view key) {
  if (mapping == nullptr || mapping->kind != YamlKind::Mapping) return nullptr;
  const YamlNode* value = mapping->find(key);
  if (value == nullptr || value->kind != YamlKind::Scalar || value->is_null()) return nullptr;
  return value;
}

}  // namespace

Text FieldReader::text(const YamlNode* mapping, std::string_view key) const {
  const YamlNode* value = scalar_at(mapping, key);
  if (value == nullptr) return {};
  return Text{std::string(value->scalar), value->location, true};
}

Flag FieldReader::flag(const YamlNode* mapping, std::string_view key) const {
  const YamlNode* value = scalar_at(mapping, key);
  if (value == nullptr) return {};
  const ScalarValue resolved = resolve_scalar_value(*value);
  if (resolved.type != ScalarType::Boolean) return {};
  return Flag{resolved.boolean, value->location, true};
}

Number FieldReader::number(const YamlNode* mapping, std::string_view key) const {
  const YamlNode* value = scalar_at(mapping, key);
  if (value == nullptr) return {};
  const ScalarValue resolved = resolve_scalar_value(*value);
  if (resolved.type != ScalarType::Integer) return {};
  return Number{static_cast<std::int64_t>(resolved.integer), value->location, true};
}

LocatedDate FieldReader::date(const YamlNode* mapping, std::string_view key) const {
  const YamlNode* value = scalar_at(mapping, key);
  if (value == nullptr) return {};
  Date parsed;
  if (!parse_date(value->scalar, parsed)) {
    // Shape errors (not YYYY-MM-DD at all) are the schema's; only impossible dates land here.
    if (value->scalar.size() == 10 && value->scalar[4] == '-' && value->scalar[7] == '-') {
      sink_.report("DAT001", Severity::Error, value->location,
                   fmt::format("'{}' is not a real calendar date", value->scalar),
                   "check the month (01-12) and the day of the month", fmt::format("{}={}", key, value->scalar));
    }
    return {};
  }
  return LocatedDate{parsed, value->location, true};
}

IdList FieldReader::list(const YamlNode* mapping, std::string_view key) const {
  IdList result;
  if (mapping == nullptr || mapping->kind != YamlKind::Mapping) return result;
  const YamlNode* value = mapping->find(key);
  if (value == nullptr) return result;
  if (value->kind == YamlKind::Scalar && !value->is_null()) {
    result.push_back(Text{std::string(value->scalar), value->location, true});
  } else if (value->kind == YamlKind::Sequence) {
    for (const YamlNode* item : value->items) {
      if (item->kind == YamlKind::Scalar && !item->is_null()) result.push_back(Text{std::string(item->scalar), item->location, true});
    }
  }
  return result;
}

Approval FieldReader::approval(const YamlNode* parent, std::string_view key) const {
  Approval result;
  const YamlNode* block = mapping(parent, key);
  if (block == nullptr) return result;
  result.by = text(block, "by");
  result.role = text(block, "role");
  result.date = date(block, "date");
  result.digest = text(block, "digest");
  result.location = block->location;
  result.present = true;
  return result;
}

std::vector<const YamlNode*> FieldReader::records(const YamlNode* parent, std::string_view key) const {
  std::vector<const YamlNode*> result;
  if (parent == nullptr || parent->kind != YamlKind::Mapping) return result;
  const YamlNode* value = parent->find(key);
  if (value == nullptr || value->kind != YamlKind::Sequence) return result;
  for (const YamlNode* item : value->items) {
    if (item->kind == YamlKind::Mapping) result.push_back(item);
  }
  return result;
}

const YamlNode* FieldReader::mapping(const YamlNode* parent, std::string_view key) const {
  if (parent == nullptr || parent->kind != YamlKind::Mapping) return nullptr;
  const YamlNode* value = parent->find(key);
  return value != nullptr && value->kind == YamlKind::Mapping ? value : nullptr;
}

}  // namespace isms
