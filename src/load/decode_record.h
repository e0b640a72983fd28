#pragma once
/// Decoding a record by its declaration (model/records/): each declared field is read from the
/// YAML key it names, as its kind says, into the member it names.

#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "load/decode_fields.h"
#include "model/record_fields.h"

namespace isms {

template <typename Record>
Record decode_record(const YamlNode& node, const FieldReader& read, const RecordDeclaration<Record>& declaration);

namespace detail {

/// The mapping holding a dotted key's last part ("residual" for "residual.likelihood"), or
/// nullptr when a level is absent or not a mapping; `leaf` is set to that last part.
inline const YamlNode* parent_of(const YamlNode* record, std::string_view key, const FieldReader& read,
                                 std::string_view& leaf) {
  const YamlNode* parent = record;
  for (std::size_t dot = key.find('.'); dot != std::string_view::npos; dot = key.find('.')) {
    parent = read.mapping(parent, key.substr(0, dot));
    key.remove_prefix(dot + 1);
  }
  leaf = key;
  return parent;
}

/// A list of nested records (a supplier's certifications).
template <typename Child>
void decode_nested(const YamlNode* parent, std::string_view key, const FieldReader& read, std::vector<Child>& out) {
  for (const YamlNode* item : read.records(parent, key)) out.push_back(decode_record(*item, read, declaration_of(Child{})));
}

/// A nested object (a supplier's ai_data_use); its fields stay absent when the mapping is not written.
template <typename Child>
void decode_nested(const YamlNode* parent, std::string_view key, const FieldReader& read, Child& out) {
  const YamlNode* object = read.mapping(parent, key);
  out = object != nullptr ? decode_record(*object, read, declaration_of(Child{})) : Child{};
}

template <typename Record>
void decode_field(const YamlNode* node, const FieldReader& read, const FieldSpec<Record>& field, Record& out) {
  std::string_view leaf;
  const YamlNode* parent = parent_of(node, field.key, read, leaf);
  std::visit(
      [&](const auto& member) {
        using Member = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<Member, Text Record::*>) {
          out.*member = read.text(parent, leaf);
        } else if constexpr (std::is_same_v<Member, Flag Record::*>) {
          if (field.kind != FieldType::Presence) {
            out.*member = read.flag(parent, leaf);
          } else if (parent != nullptr && parent->kind == YamlKind::Mapping) {
            // Written at all, even as [] or null: the key's value marks where.
            if (const YamlNode* written = parent->find(leaf)) out.*member = Flag{true, written->location, true};
          }
        } else if constexpr (std::is_same_v<Member, Number Record::*>) {
          out.*member = read.number(parent, leaf);
        } else if constexpr (std::is_same_v<Member, LocatedDate Record::*>) {
          out.*member = read.date(parent, leaf);
        } else if constexpr (std::is_same_v<Member, IdList Record::*>) {
          out.*member = read.list(parent, leaf);
        } else if constexpr (std::is_same_v<Member, Approval Record::*>) {
          out.*member = read.approval(parent, leaf);
        } else if constexpr (std::is_same_v<Member, ChoiceAccess<Record>>) {
          const Text written = read.text(parent, leaf);
          if (written.present) member.assign(out, written.value, written.location);
        } else if constexpr (std::is_same_v<Member, bool Record::*>) {
          out.*member = read.mapping(parent, leaf) != nullptr;  // Presence of a nested mapping
        } else {
          decode_nested(parent, leaf, read, out.*member);
        }
      },
      field.member);
}

}  // namespace detail

/// One record, read field by field as `declaration` says.
template <typename Record>
Record decode_record(const YamlNode& node, const FieldReader& read, const RecordDeclaration<Record>& declaration) {
  Record record{};
  for (const FieldSpec<Record>& field : declaration.fields) detail::decode_field(&node, read, field, record);
  if (declaration.location != nullptr) record.*declaration.location = node.location;
  if (declaration.present != nullptr) record.*declaration.present = true;
  return record;
}

/// Every record of the file's list (`declaration.list_key`), appended to `out`.
template <typename Record>
void decode_records(const YamlNode& root, const FieldReader& read, const RecordDeclaration<Record>& declaration,
                    std::vector<Record>& out) {
  for (const YamlNode* node : read.records(&root, declaration.list_key)) {
    out.push_back(decode_record(*node, read, declaration));
  }
}

}  // namespace isms
