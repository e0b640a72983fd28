#pragma once
/// The interested party (parties.schema.json, definition `party`) and its requirements, each
/// declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr std::string_view kRequirementSourceTypes[] = {"contract",  "law",    "regulation", "standard",
                                                               "interview", "survey", "workshop",   "other"};

inline constexpr FieldSpec<RequirementSource> kRequirementSourceFields[] = {
    {"type", FieldKind::Enum, true, "type", &RequirementSource::type, kRequirementSourceTypes},
    {"reference", FieldKind::Text, false, "reference", &RequirementSource::reference},
};

inline constexpr RecordDeclaration<RequirementSource> kRequirementSourceRecord{
    "", "", "parties.schema.json", "", nullptr, nullptr, nullptr, kRequirementSourceFields};

inline constexpr FieldSpec<Requirement> kRequirementFields[] = {
    {"id", FieldKind::Id, true, "id", &Requirement::id},
    {"description", FieldKind::Text, true, "description", &Requirement::description},
    {"source", FieldKind::Object, true, "source", &Requirement::source},
    {"confirmed", FieldKind::Presence, false, "confirmed", &Requirement::confirmed},
    {"confirmed.date", FieldKind::Date, true, "confirmed.date", &Requirement::confirmed_date},
    {"confirmed.method", FieldKind::Text, true, "confirmed.method", &Requirement::confirmed_method},
    {"addressed_by", FieldKind::IdList, false, "addressed_by", &Requirement::addressed_by},
    {"services", FieldKind::IdList, false, "services", &Requirement::services},
};

/// A requirement in its party's list: its id.
std::string requirement_summary(const Requirement& requirement);

/// Diff lists the requirements as a register of their own, each naming its party.
inline constexpr RecordDeclaration<Requirement> kRequirementRecord{
    "requirements", "", "parties.schema.json", "requirement", &Requirement::id, &Requirement::description,
    &Requirement::location, kRequirementFields, {}, requirement_summary};

inline constexpr std::string_view kPartyTypes[] = {"internal", "external"};
inline constexpr std::string_view kPartyCategories[] = {
    "leadership", "board",   "shareholders", "staff",    "clients",  "data-subjects", "suppliers",
    "regulators", "auditors", "insurers",    "threat-actors", "partners", "community", "other"};
inline constexpr std::string_view kLevels[] = {"low", "medium", "high"};

inline constexpr FieldSpec<InterestedParty> kInterestedPartyFields[] = {
    {"id", FieldKind::Id, true, "id", &InterestedParty::id},
    {"name", FieldKind::Text, true, "name", &InterestedParty::name},
    {"type", FieldKind::Enum, true, "type", &InterestedParty::type, kPartyTypes},
    {"category", FieldKind::Enum, true, "category", &InterestedParty::category, kPartyCategories},
    {"power", FieldKind::Enum, true, "power", &InterestedParty::power, kLevels},
    {"interest", FieldKind::Enum, true, "interest", &InterestedParty::interest, kLevels},
    {"requirements", FieldKind::Records, false, "requirements", &InterestedParty::requirements},
};

/// Diff lists how the parties were identified before the parties, in the same register.
inline constexpr RecordDeclaration<InterestedParty> kInterestedPartyRecord{
    "parties", "parties", "parties.schema.json", "party", &InterestedParty::id, &InterestedParty::name,
    &InterestedParty::location, kInterestedPartyFields};

}  // namespace isms::records
