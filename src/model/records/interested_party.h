#pragma once
/// The interested party (parties.schema.json, definition `party`) and its requirements, each
/// declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<RequirementSource> kRequirementSourceFields[] = {
    {"type", FieldType::Enum, true, "type", choice_access<&RequirementSource::type>(), kRequirementSourceTypeValues},
    {"reference", FieldType::Text, false, "reference", &RequirementSource::reference, {}, Prose::Text},
};

inline constexpr RecordDeclaration<RequirementSource> kRequirementSourceRecord{
    "", "", "parties.schema.json", "", "", nullptr, nullptr, nullptr, kRequirementSourceFields};

inline constexpr FieldSpec<Requirement> kRequirementFields[] = {
    {"id", FieldType::Id, true, "id", &Requirement::id},
    {"description", FieldType::Text, true, "description", &Requirement::description, {}, Prose::Text},
    {"source", FieldType::Object, true, "source", &Requirement::source},
    {"confirmed", FieldType::Presence, false, "confirmed", &Requirement::confirmed},
    {"confirmed.date", FieldType::Date, true, "confirmed.date", &Requirement::confirmed_date},
    {"confirmed.method", FieldType::Text, true, "confirmed.method", &Requirement::confirmed_method},
    {"addressed_by", FieldType::IdList, false, "addressed_by", &Requirement::addressed_by},
    {"services", FieldType::IdList, false, "services", &Requirement::services},
};

/// A requirement in its party's list: its id.
std::string requirement_summary(const Requirement& requirement);

/// Diff lists the requirements as a register of their own, each naming its party.
inline constexpr Reference kRequirementReferences[] = {
    {"addressed_by", {RecordKind::Document, RecordKind::Risk}, 2, true},
    {"services", {RecordKind::Service}, 1},
};

inline constexpr RecordDeclaration<Requirement> kRequirementRecord{
    "requirements", "", "parties.schema.json", "requirement", "requirement", &Requirement::id, &Requirement::description,
    &Requirement::location, kRequirementFields, {}, requirement_summary, nullptr, kRequirementReferences};

inline constexpr FieldSpec<InterestedParty> kInterestedPartyFields[] = {
    {"id", FieldType::Id, true, "id", &InterestedParty::id},
    {"name", FieldType::Text, true, "name", &InterestedParty::name, {}, Prose::Text},
    {"type", FieldType::Enum, true, "type", choice_access<&InterestedParty::type>(), kPartyOriginValues},
    {"category", FieldType::Enum, true, "category", choice_access<&InterestedParty::category>(),
     kPartyCategoryValues},
    {"power", FieldType::Enum, true, "power", choice_access<&InterestedParty::power>(), kPartyLevelValues},
    {"interest", FieldType::Enum, true, "interest", choice_access<&InterestedParty::interest>(), kPartyLevelValues},
    {"requirements", FieldType::Records, false, "requirements", &InterestedParty::requirements},
};

/// Diff lists how the parties were identified before the parties, in the same register.
inline constexpr RecordDeclaration<InterestedParty> kInterestedPartyRecord{
    "parties", "parties", "parties.schema.json", "party", "interested party", &InterestedParty::id, &InterestedParty::name,
    &InterestedParty::location, kInterestedPartyFields};

}  // namespace isms::records
