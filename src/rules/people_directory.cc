#include "rules/people_directory.h"

#include <algorithm>

#include "util/text_util.h"

namespace isms {
namespace {

std::string key_of(std::string_view text) { return lower_case(trimmed(text)); }

}  // namespace

PeopleDirectory::PeopleDirectory(const Repository& repository) {
  for (const Role& role : repository.roles) {
    for (const Text* spelling : {&role.id, &role.title}) {
      if (!spelling->present || is_blank(spelling->value)) continue;
      roles_.emplace(key_of(spelling->value), &role);
      spellings_.push_back(spelling->value);
    }
    if (role.id.present) roles_by_id_.emplace(role.id.value, &role);
  }
  for (const Person& person : repository.people) {
    for (const Text* spelling : {&person.id, &person.name}) {
      if (!spelling->present || is_blank(spelling->value)) continue;
      people_.emplace(key_of(spelling->value), &person);
      spellings_.push_back(spelling->value);
    }
  }
}

bool PeopleDirectory::names_someone(std::string_view name) const {
  const std::string key = key_of(name);
  return roles_.count(key) > 0 || people_.count(key) > 0;
}

std::vector<const Role*> PeopleDirectory::roles_of(std::string_view name) const {
  std::vector<const Role*> out;
  const std::string key = key_of(name);
  if (auto found = roles_.find(key); found != roles_.end()) out.push_back(found->second);
  if (auto found = people_.find(key); found != people_.end()) {
    for (const Text& id : found->second->roles) {
      if (const Role* held = role(id.value); held != nullptr && std::find(out.begin(), out.end(), held) == out.end()) {
        out.push_back(held);
      }
    }
  }
  return out;
}

bool PeopleDirectory::top_management(std::string_view name) const {
  const std::vector<const Role*> held = roles_of(name);
  return std::any_of(held.begin(), held.end(), [](const Role* role) {
    return role->top_management.present && role->top_management.value;
  });
}

bool PeopleDirectory::holds(std::string_view name, std::string_view role_id) const {
  const std::vector<const Role*> held = roles_of(name);
  return std::any_of(held.begin(), held.end(), [&](const Role* role) { return role->id.value == role_id; });
}

const Role* PeopleDirectory::role(std::string_view id) const {
  auto found = roles_by_id_.find(std::string(id));
  return found == roles_by_id_.end() ? nullptr : found->second;
}

}  // namespace isms
