// Clauses 7.2 and 7.3: competence and awareness. The roles register says who carries which ISMS
// duties and who works in scope; the competence register says what those roles require and
// what each person has shown.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/rules.h"

namespace isms {
namespace {

/// The duties whose holders must be shown competent (7.2): the ones that run, own or audit the
/// ISMS. Asset and document owners are left out: they carry out the ISMS, not decide it.
constexpr std::string_view kCompetenceDuties[] = {"isms-manager", "risk-owner", "control-owner", "internal-auditor"};

/// The role's duties among kCompetenceDuties, as "isms-manager, risk-owner"; "" when none.
std::string competence_duties(const Role& role) {
  std::string duties;
  for (const Text& duty : role.isms_roles) {
    if (std::find(std::begin(kCompetenceDuties), std::end(kCompetenceDuties), duty.value) == std::end(kCompetenceDuties))
      continue;
    duties += (duties.empty() ? "" : ", ") + duty.value;
  }
  return duties;
}

const Role* find_role(const Repository& repository, std::string_view id) {
  for (const Role& role : repository.roles) {
    if (role.id.value == id) return &role;
  }
  return nullptr;
}

/// True when the person holds a role carrying one of kCompetenceDuties.
bool holds_competence_duty(const Repository& repository, const Person& person) {
  return std::any_of(person.roles.begin(), person.roles.end(), [&](const Text& id) {
    const Role* role = find_role(repository, id.value);
    return role != nullptr && !competence_duties(*role).empty();
  });
}

const CompetenceRecord* record_of(const Repository& repository, std::string_view person) {
  for (const CompetenceRecord& record : repository.competence_records) {
    if (record.person.value == person) return &record;
  }
  return nullptr;
}

/// The rules judge competence once it is recorded, or once the ISMS operates and it must be:
/// before either, an organisation still setting up its ISMS has nothing to show yet.
bool competence_expected(const RuleContext& context) {
  const RegisterInfo* info = context.find_register("competence");
  return (info != nullptr && info->found) || context.repository().operating();
}

/// Where to report about a person: their competence record, or their entry in the roles register.
SourceLocation person_location(const Repository& repository, const Person& person) {
  const CompetenceRecord* record = record_of(repository, person.id.value);
  return record != nullptr ? record->person.location : person.id.location;
}

bool lists(const IdList& ids, std::string_view id) {
  return std::any_of(ids.begin(), ids.end(), [&](const Text& listed) { return listed.value == id; });
}

}  // namespace

void check_role_competence_defined(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!competence_expected(context)) return;
  context.examined(count_where(repository.roles, [](const Role& role) { return !competence_duties(role).empty(); }),
                   "role", "roles");
  for (const Role& role : repository.roles) {
    const std::string duties = competence_duties(role);
    if (duties.empty()) continue;
    const bool required = std::any_of(
        repository.competence_requirements.begin(), repository.competence_requirements.end(),
        [&](const CompetenceRequirement& requirement) { return requirement.role.value == role.id.value; });
    if (required) continue;
    context.report(role.id.location,
                   fmt::format("role {} carries ISMS duties ({}) but no competence requirement says what it "
                               "must be able to do",
                               role.id.value, duties),
                   fmt::format("add a requirement to the competence register: {{id: CR-.., role: {}, competence: "
                               "what a holder of the role must be able to do}}",
                               role.id.value),
                   fmt::format("roles:{}", role.id.value));
  }
}

void check_competence_evidenced(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!competence_expected(context)) return;
  context.examined(count_where(repository.people,
                               [&](const Person& person) { return holds_competence_duty(repository, person); }),
                   "person holding an ISMS duty", "people holding ISMS duties");
  for (const Person& person : repository.people) {
    if (!holds_competence_duty(repository, person)) continue;
    const CompetenceRecord* record = record_of(repository, person.id.value);
    for (const CompetenceRequirement& requirement : repository.competence_requirements) {
      if (!lists(person.roles, requirement.role.value)) continue;
      const CompetenceEvidence* lapsed = nullptr;
      bool current = false;
      if (record != nullptr) {
        for (const CompetenceEvidence& evidence : record->competence) {
          if (!lists(evidence.requirements, requirement.id.value)) continue;
          if (!evidence.expires.present || evidence.expires.value.days >= context.today()) {
            current = true;
            break;
          }
          lapsed = &evidence;
        }
      }
      if (current) continue;
      const std::string what =
          lapsed != nullptr
              ? fmt::format("person {}'s evidence for competence requirement {} ({}) expired on {}", person.id.value,
                            requirement.id.value, lapsed->title.value, lapsed->expires.value.text)
              : fmt::format("person {} holds role {} but has no competence evidence for its requirement {}",
                            person.id.value, requirement.role.value, requirement.id.value);
      context.report(person_location(repository, person), what,
                     fmt::format("record the training, certification, qualification or experience that meets {} "
                                 "under the person's competence, with requirements: [{}] and its evidence",
                                 requirement.id.value, requirement.id.value),
                     fmt::format("competence:{}:{}", person.id.value, requirement.id.value));
    }
  }
}

void check_awareness_current(RuleContext& context) {
  const Repository& repository = context.repository();
  if (!competence_expected(context)) return;
  const auto in_scope = [](const Person& person) { return person.in_scope.present && person.in_scope.value; };
  context.examined(count_where(repository.people, in_scope), "person in scope", "people in scope");
  const std::int64_t months = repository.manifest.review_period_months;
  for (const Person& person : repository.people) {
    if (!in_scope(person)) continue;
    const AwarenessRecord* latest = nullptr;
    if (const CompetenceRecord* record = record_of(repository, person.id.value)) {
      for (const AwarenessRecord& awareness : record->awareness) {
        if (!awareness.date.present || awareness.date.value.days > context.today()) continue;
        if (latest == nullptr || awareness.date.value.days > latest->date.value.days) latest = &awareness;
      }
    }
    if (latest != nullptr && !context.overdue(latest->date)) continue;
    const std::string what =
        latest != nullptr
            ? fmt::format("person {} works in the ISMS scope and last attended awareness on {}, more than {} "
                          "month{} ago",
                          person.id.value, latest->date.value.text, months, months == 1 ? "" : "s")
            : fmt::format("person {} works in the ISMS scope but has no awareness record", person.id.value);
    context.report(person_location(repository, person), what,
                   fmt::format("record the person's awareness session under awareness in the competence register "
                               "({{course, date, evidence}}); it is due every {} month{}",
                               months, months == 1 ? "" : "s"),
                   fmt::format("awareness:{}", person.id.value));
  }
}

}  // namespace isms
