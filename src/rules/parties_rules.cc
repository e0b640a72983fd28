// Clause 4.2: interested parties.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "model/catalogue.h"
#include "rules/rules.h"
#include "util/text_util.h"

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

/// The data-protection law of a jurisdiction, and the words that name it in a requirement.
struct DataProtectionLaw {
  std::string_view jurisdiction;  ///< as legal entities write it, lower case
  std::string_view law;           ///< for messages
  std::array<std::string_view, 3> names;  ///< any one, found in the source reference or description
};

constexpr std::array<DataProtectionLaw, 12> kDataProtectionLaws = {{
    {"england and wales", "UK GDPR and the Data Protection Act 2018", {"gdpr", "data protection act", "dpa 2018"}},
    {"scotland", "UK GDPR and the Data Protection Act 2018", {"gdpr", "data protection act", "dpa 2018"}},
    {"northern ireland", "UK GDPR and the Data Protection Act 2018", {"gdpr", "data protection act", "dpa 2018"}},
    {"united kingdom", "UK GDPR and the Data Protection Act 2018", {"gdpr", "data protection act", "dpa 2018"}},
    {"california", "the CCPA as amended by the CPRA", {"ccpa", "cpra", "consumer privacy act"}},
    {"switzerland", "the Federal Act on Data Protection", {"fadp", "revfadp", "data protection"}},
    {"brazil", "the LGPD", {"lgpd", "lei geral de prote", "data protection"}},
    {"canada", "PIPEDA", {"pipeda", "personal information protection", "privacy"}},
    {"singapore", "the PDPA", {"pdpa", "personal data protection act", ""}},
    {"japan", "the APPI", {"appi", "protection of personal information", ""}},
    {"india", "the Digital Personal Data Protection Act 2023", {"dpdp", "personal data protection", ""}},
    {"australia", "the Privacy Act 1988", {"privacy act", "", ""}},
}};

/// The data-protection laws of the legal entities' jurisdictions; the GDPR where none is known
/// (the EU member states, and any jurisdiction missing from the table).
std::vector<const DataProtectionLaw*> laws_of_entities(const Manifest& manifest) {
  std::vector<const DataProtectionLaw*> laws;
  for (const LegalEntity& entity : manifest.legal_entities) {
    const std::string jurisdiction = lower_case(entity.jurisdiction.value);
    const auto* found = std::find_if(kDataProtectionLaws.begin(), kDataProtectionLaws.end(),
                                     [&jurisdiction](const DataProtectionLaw& law) { return law.jurisdiction == jurisdiction; });
    if (found != kDataProtectionLaws.end() && std::find(laws.begin(), laws.end(), found) == laws.end()) {
      laws.push_back(found);
    }
  }
  return laws;
}

/// True when a requirement rests on a law or regulation and names a data-protection law: the
/// GDPR wherever the organisation is, or the law of one of its jurisdictions.
bool names_data_protection_law(const Requirement& requirement, const std::vector<const DataProtectionLaw*>& laws) {
  if (!requirement.source.rests_on_law()) return false;
  const std::string text = lower_case(requirement.source.reference.value + " " + requirement.description.value);
  // Generic words too: the table cannot know every jurisdiction's law (a US state's privacy act,
  // say), and a law named for privacy or personal data is what the rule asks for.
  for (std::string_view generic : {"gdpr", "data protection", "privacy", "personal data", "personal information"}) {
    if (text.find(generic) != std::string::npos) return true;
  }
  return std::any_of(laws.begin(), laws.end(), [&text](const DataProtectionLaw* law) {
    return std::any_of(law->names.begin(), law->names.end(),
                       [&text](std::string_view name) { return !name.empty() && text.find(name) != std::string::npos; });
  });
}

/// "UK GDPR and the Data Protection Act 2018 or the GDPR": what the hint asks for. Entities
/// whose jurisdiction the table does not know are taken to be in the EU.
std::string expected_laws(const Manifest& manifest) {
  std::vector<std::string> names;
  bool unknown_jurisdiction = manifest.legal_entities.empty();
  for (const LegalEntity& entity : manifest.legal_entities) {
    const std::string jurisdiction = lower_case(entity.jurisdiction.value);
    const auto* found = std::find_if(kDataProtectionLaws.begin(), kDataProtectionLaws.end(),
                                     [&jurisdiction](const DataProtectionLaw& law) { return law.jurisdiction == jurisdiction; });
    if (found == kDataProtectionLaws.end()) {
      unknown_jurisdiction = true;
    } else if (std::find(names.begin(), names.end(), found->law) == names.end()) {
      names.emplace_back(found->law);
    }
  }
  if (unknown_jurisdiction) names.emplace_back("the GDPR");
  return fmt::format("{}", fmt::join(names, " or "));
}

/// Parties that cannot confirm a requirement themselves: the law is their confirmation.
bool confirms_through_law(const InterestedParty& party, const Requirement& requirement) {
  const bool speaks_through_law =
      party.category.is(PartyCategory::DataSubjects) || party.category.is(PartyCategory::Regulators);
  return speaks_through_law && requirement.source.rests_on_law() && has_text(requirement.source.reference);
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
                               [](const InterestedParty& p) { return !p.category.is(PartyCategory::ThreatActors); }),
                   "interested party", "interested parties");
  for (const InterestedParty& party : context.repository().parties) {
    // Threat actors are identified for the risk assessment; they place no requirements on the ISMS.
    if (!party.requirements.empty() || party.category.is(PartyCategory::ThreatActors)) continue;
    context.report(party.id.location,
                   fmt::format("interested party {} ({}) has no requirements", party.id.value, text_of(party.category)),
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
      if (requirement.confirmed || confirms_through_law(party, requirement)) continue;
      context.report(requirement.id.location,
                     fmt::format("requirement {} of {} has not been confirmed with the party", requirement.id.value,
                                 party.id.value),
                     "record how and when it was confirmed: confirmed: {date, method}",
                     fmt::format("requirement:{}:confirmed", requirement.id.value));
    }
  }
}

void check_data_protection_requirement(RuleContext& context) {
  const Repository& repository = context.repository();
  const auto data_subjects = std::find_if(repository.parties.begin(), repository.parties.end(),
                                          [](const InterestedParty& party) { return party.category.is(PartyCategory::DataSubjects); });
  if (data_subjects == repository.parties.end()) return;
  std::size_t requirements = 0;
  for (const InterestedParty& party : repository.parties) requirements += party.requirements.size();
  context.examined(requirements, "requirement of the parties, data subjects among them",
                   "requirements of the parties, data subjects among them");
  const std::vector<const DataProtectionLaw*> laws = laws_of_entities(repository.manifest);
  for (const InterestedParty& party : repository.parties) {
    for (const Requirement& requirement : party.requirements) {
      if (names_data_protection_law(requirement, laws)) return;
    }
  }
  const std::string expected = expected_laws(repository.manifest);
  context.report(data_subjects->id.location,
                 fmt::format("interested party {} is data subjects, but no requirement rests on a data-protection "
                             "law ({})",
                             data_subjects->id.value, expected),
                 fmt::format("record what {} requires of the ISMS as a requirement with source: {{type: law, "
                             "reference: \"...\"}}, e.g. the security of processing",
                             expected),
                 fmt::format("party:{}:data-protection", data_subjects->id.value));
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
