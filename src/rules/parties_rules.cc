// Clause 4.2: interested parties.
#include <fmt/format.h>

#include "isms/catalogue.h"
#include "rules/rules.h"

namespace isms {
namespace {

/// True when at least one file of the parties register was read.
bool parties_register_exists(const RuleContext& context) {
  const RegisterInfo* info = context.find_register("parties");
  return info != nullptr && !info->files.empty();
}

/// How many requirements the parties place on the ISMS.
std::size_t requirement_count(const Repository& repository) {
  std::size_t count = 0;
  for (const InterestedParty& party : repository.parties) count += party.requirements.size();
  return count;
}

/// Reports one addressed_by control that the SoA does not make applicable.
void check_addressing_control(RuleContext& context, const Requirement& requirement, const Text& control) {
  const SoaEntry* entry = context.soa_entry(control.value);
  const std::string subject = fmt::format("requirement:{}:addressed_by:{}", requirement.id.value, control.value);
  if (entry == nullptr) {
    context.report(control.location,
                   fmt::format("requirement {} is addressed by control {}, which is not in the Statement of "
                               "Applicability",
                               requirement.id.value, control.value),
                   fmt::format("add {} to the SoA as applicable, or address the requirement another way",
                               control.value),
                   subject);
  } else if (!entry->applicable.present || !entry->applicable.value) {
    context.report(control.location,
                   fmt::format("requirement {} is addressed by control {}, which the Statement of Applicability "
                               "marks not applicable",
                               requirement.id.value, control.value),
                   fmt::format("make {} applicable in the SoA, or address the requirement with a control that is",
                               control.value),
                   subject);
  }
}

}  // namespace

void check_parties_register_present(RuleContext& context) {
  const Repository& repository = context.repository();
  context.examined(1, "interested-parties register", "interested-parties registers");
  if (!repository.parties.empty()) return;
  if (!parties_register_exists(context)) {
    context.report(context.register_location("parties"),
                   "the repository has no interested-parties register; Clause 4.2 asks for the relevant "
                   "interested parties and their requirements",
                   "create parties.yaml listing the interested parties and what they require of the ISMS",
                   "register:parties");
    return;
  }
  context.report(context.register_location("parties"), "the interested-parties register lists no parties",
                 "add the interested parties (clients, regulators, staff, suppliers, ...) under parties:",
                 "register:parties");
}

void check_party_has_requirements(RuleContext& context) {
  context.examined(count_where(context.repository().parties,
                               [](const InterestedParty& p) { return p.category.value != "threat-actors"; }),
                   "interested party", "interested parties");
  for (const InterestedParty& party : context.repository().parties) {
    // Threat actors are identified for the risk assessment; they place no requirements on the ISMS.
    if (!party.requirements.empty() || party.category.value == "threat-actors") continue;
    context.report(party.id.location,
                   fmt::format("interested party {} ({}) has no requirements", party.id.value, party.category.value),
                   "record what the party requires of the ISMS under requirements:, or remove the party if it "
                   "is not relevant",
                   fmt::format("party:{}:requirements", party.id.value));
  }
}

void check_requirement_addressed(RuleContext& context) {
  context.examined(requirement_count(context.repository()), "requirement", "requirements");
  for (const InterestedParty& party : context.repository().parties) {
    for (const Requirement& requirement : party.requirements) {
      if (!requirement.addressed_by.empty()) continue;
      context.report(requirement.id.location,
                     fmt::format("requirement {} of {} is not addressed by any control, document or risk",
                                 requirement.id.value, party.id.value),
                     "list what addresses it in addressed_by: Annex A controls (A.5.34), documents or risks",
                     fmt::format("requirement:{}:addressed_by", requirement.id.value));
    }
  }
}

void check_requirement_control_applicable(RuleContext& context) {
  for (const InterestedParty& party : context.repository().parties) {
    for (const Requirement& requirement : party.requirements) {
      for (const Text& target : requirement.addressed_by) {
        // Ids that are not 2022 controls are reported by CTL001; documents and risks do not start with "A.".
        if (!target.value.starts_with("A.") || find_control(target.value) == nullptr) continue;
        context.examined(1, "control addressing a requirement", "controls addressing requirements");
        check_addressing_control(context, requirement, target);
      }
    }
  }
}

void check_requirement_confirmed(RuleContext& context) {
  context.examined(requirement_count(context.repository()), "requirement", "requirements");
  for (const InterestedParty& party : context.repository().parties) {
    for (const Requirement& requirement : party.requirements) {
      if (requirement.confirmed) continue;
      context.report(requirement.id.location,
                     fmt::format("requirement {} of {} has not been confirmed with the party", requirement.id.value,
                                 party.id.value),
                     "record how and when it was confirmed: confirmed: {date, method}",
                     fmt::format("requirement:{}:confirmed", requirement.id.value));
    }
  }
}

void check_parties_identification_evidenced(RuleContext& context) {
  const Repository& repository = context.repository();
  // Without a parties register there is nothing to evidence; IPR001 reports the register.
  if (!parties_register_exists(context)) return;
  context.examined(1, "record of how parties were identified", "records of how parties were identified");
  const PartyIdentification& identification = repository.party_identification;
  if (!identification.present) {
    context.report(context.register_location("parties"),
                   "the interested-parties register does not record how the parties were identified",
                   "add identification: {method, date, evidence: [...]} naming the workshop, interviews or review",
                   "parties:identification");
  } else if (identification.evidence.empty()) {
    const SourceLocation where =
        identification.method.present ? identification.method.location : context.register_location("parties");
    context.report(where, "the identification of interested parties cites no evidence",
                   "list the evidence records (minutes, attendance, survey results) in identification.evidence",
                   "parties:identification");
  }
}

}  // namespace isms
