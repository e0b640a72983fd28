#pragma once
/// Who a name written in a register stands for, by the roles register (Clause 5.3). Owners,
/// approvers and acceptors are written as a role's title ("CISO"), a person's name, or either's
/// id; the directory resolves all four, ignoring case and surrounding blanks, so that the rules
/// can ask what authority the named holds.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace isms {

class PeopleDirectory {
 public:
  explicit PeopleDirectory(const Repository& repository);

  /// True when the roles register names at least one role: only then can a name be resolved.
  bool available() const { return !roles_.empty(); }

  /// True when `name` is a role (id or title) or a person (id or name) of the register.
  bool names_someone(std::string_view name) const;

  /// The roles `name` holds: the role it names, or the roles of the person it names.
  std::vector<const Role*> roles_of(std::string_view name) const;

  /// True when `name` holds a role that is part of top management.
  bool top_management(std::string_view name) const;

  /// True when `name` holds the role with this id.
  bool holds(std::string_view name, std::string_view role_id) const;

  /// The role with this id, or nullptr.
  const Role* role(std::string_view id) const;

  /// Every id, title and name, for "did you mean".
  const std::vector<std::string>& spellings() const { return spellings_; }

 private:
  std::unordered_map<std::string, const Role*> roles_;             ///< by lower-case id and title
  std::unordered_map<std::string, const Person*> people_;          ///< by lower-case id and name
  std::unordered_map<std::string, const Role*> roles_by_id_;       ///< by exact id
  std::vector<std::string> spellings_;
};

}  // namespace isms
