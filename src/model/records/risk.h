#pragma once
/// The risk record (risks.schema.json, definition `risk`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Risk> kRiskFields[] = {
    {"id", FieldType::Id, true, "id", &Risk::id},
    {"title", FieldType::Text, true, "title", &Risk::title, {}, Prose::Text},
    {"threat", FieldType::Text, true, "threat", &Risk::threat, {}, Prose::Text},
    {"threat_category", FieldType::Enum, false, "threat_category", choice_access<&Risk::threat_category>(),
     kThreatCategoryValues},
    {"vulnerability", FieldType::Text, true, "vulnerability", &Risk::vulnerability, {}, Prose::Text},
    {"assets", FieldType::IdList, true, "assets", &Risk::assets},
    {"owner", FieldType::Text, true, "owner", &Risk::owner, {}, Prose::Text},
    {"likelihood", FieldType::Integer, true, "likelihood", &Risk::likelihood},
    {"impact", FieldType::Integer, true, "impact", &Risk::impact},
    {"treatment", FieldType::Enum, true, "treatment", choice_access<&Risk::treatment>(), kRiskTreatmentValues},
    {"controls", FieldType::IdList, false, "controls", &Risk::controls},
    {"residual.likelihood", FieldType::Integer, true, "residual.likelihood", &Risk::residual_likelihood},
    {"residual.impact", FieldType::Integer, true, "residual.impact", &Risk::residual_impact},
    {"acceptance", FieldType::Approval, false, "acceptance", &Risk::acceptance, {}, Prose::Text},
    {"review_date", FieldType::Date, false, "review_date", &Risk::review_date},
};

/// Everyday words for treatment options, for `isms import`.
inline constexpr ValueWord kRiskTreatmentWords[] = {
    {"mitigate", "modify"}, {"mitigation", "modify"}, {"reduce", "modify"}, {"reduction", "modify"},
    {"treat", "modify"}, {"control", "modify"}, {"modification", "modify"}, {"transfer", "share"},
    {"insure", "share"}, {"insurance", "share"}, {"sharing", "share"}, {"avoidance", "avoid"},
    {"terminate", "avoid"}, {"eliminate", "avoid"}, {"acceptance", "accept"}, {"retain", "accept"},
    {"retention", "accept"}, {"tolerate", "accept"},
};

inline constexpr ImportColumn kRiskColumns[] = {
    {"id", "id", "id|riskid|riskno|risknumber|riskref|ref|reference|identifier"},
    {"title", "title", "title|risk|risktitle|riskname|name|summary|riskdescription"},
    {"threat", "threat", "threat|threats|threatsource|threatdescription|threatevent"},
    {"threat_category", "threat_category", "threatcategory|threattype|aithreatcategory"},
    {"vulnerability", "vulnerability", "vulnerability|vulnerabilities|weakness|weaknesses|vulnerabilitydescription"},
    {"assets", "assets", "assets|asset|assetids|assetid|affectedassets|assetsaffected|relatedassets"},
    {"owner", "owner", "owner|riskowner|responsible|ownerrole"},
    {"likelihood", "likelihood",
     "likelihood|probability|inherentlikelihood|initiallikelihood|grosslikelihood|likelihoodscore|l",
     ImportReading::LikelihoodScore},
    {"impact", "impact", "impact|consequence|severity|inherentimpact|initialimpact|grossimpact|impactscore|i",
     ImportReading::ImpactScore},
    {"treatment", "treatment",
     "treatment|treatmentoption|risktreatment|response|riskresponse|decision|treatmentdecision|"
     "treatmentstrategy",
     ImportReading::AsDeclared, kRiskTreatmentWords},
    {"controls", "controls",
     "controls|annexacontrols|treatmentcontrols|controlids|mitigatingcontrols|isocontrols|iso27001controls|"
     "control|annexa",
     ImportReading::ControlIds},
    {"residual_likelihood", "residual.likelihood", "residuallikelihood|targetlikelihood|residualprobability|rl",
     ImportReading::LikelihoodScore},
    {"residual_impact", "residual.impact", "residualimpact|targetimpact|residualconsequence|ri",
     ImportReading::ImpactScore},
    {"acceptance_by", "acceptance", "acceptanceby|acceptedby|riskacceptedby|approvedby"},
    {"acceptance_role", "acceptance", "acceptancerole|acceptedbyrole|accepterrole|approverrole"},
    {"acceptance_date", "acceptance", "acceptancedate|acceptedon|accepteddate|dateaccepted|approvaldate"},
    {"review_date", "review_date", "reviewdate|nextreview|nextreviewdate|reviewdue|reviewby|duedate"},
};

inline constexpr Reference kRiskReferences[] = {
    {"assets", {RecordKind::Asset}, 1},
    {"controls", {}, 0, true},
};

inline constexpr RecordDeclaration<Risk> kRiskRecord{
    "risks", "risks", "risks.schema.json", "risk", "risk", &Risk::id, &Risk::title, &Risk::location, kRiskFields, kRiskColumns,
    nullptr, nullptr, kRiskReferences};

}  // namespace isms::records
