#pragma once
/// The asset record (assets.schema.json, definition `asset`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Asset> kAssetFields[] = {
    {"id", FieldType::Id, true, "id", &Asset::id},
    {"name", FieldType::Text, true, "name", &Asset::name, {}, Prose::Text},
    {"type", FieldType::Enum, true, "type", choice_access<&Asset::type>(), kAssetTypeValues},
    {"owner", FieldType::Text, true, "owner", &Asset::owner, {}, Prose::Text},
    // The levels are the manifest's settings.classification.levels, so the schema cannot list them.
    {"classification", FieldType::Text, true, "classification", &Asset::classification},
    {"location", FieldType::Text, true, "location", &Asset::location, {}, Prose::Text},
    {"supplier", FieldType::Id, false, "supplier", &Asset::supplier},
    {"description", FieldType::Text, false, "description", &Asset::description, {}, Prose::Text},
    {"personal_data", FieldType::Bool, true, "personal_data", &Asset::personal_data},
    {"retention", FieldType::Text, false, "retention", &Asset::retention, {}, Prose::Text},
    {"lawful_basis", FieldType::Text, false, "lawful_basis", &Asset::lawful_basis, {}, Prose::Reason},
    {"privileges", FieldType::Text, false, "privileges", &Asset::privileges, {}, Prose::Text},
    {"logging", FieldType::Text, false, "logging", &Asset::logging, {}, Prose::Text},
    {"backup", FieldType::Bool, false, "backup", &Asset::backup},
    {"version_controlled", FieldType::Bool, false, "version_controlled", &Asset::version_controlled},
    {"lineage.derived_from", FieldType::IdList, false, "derived_from", &Asset::derived_from},
    {"actions", FieldType::TextList, false, "actions", &Asset::actions},
    {"human_approval", FieldType::TextList, false, "human_approval", &Asset::human_approval},
    {"human_approval", FieldType::Presence, false, "", &Asset::human_approval_recorded},
    {"lineage.notes", FieldType::Text, false, "lineage_notes", &Asset::lineage_notes, {}, Prose::Text},
};

/// Everyday words for asset types, for `isms import`.
inline constexpr ValueWord kAssetTypeWords[] = {
    {"data", "information"}, {"informationasset", "information"}, {"record", "information"},
    {"records", "information"}, {"document", "information"}, {"documents", "information"},
    {"database", "information"}, {"dataset", "information"}, {"application", "software"}, {"app", "software"},
    {"sourcecode", "software"}, {"device", "hardware"}, {"server", "hardware"}, {"laptop", "hardware"},
    {"equipment", "hardware"}, {"networkdevice", "hardware"}, {"cloudservice", "service"}, {"saas", "service"},
    {"paas", "service"}, {"iaas", "service"}, {"person", "people"}, {"staff", "people"}, {"personnel", "people"},
    {"office", "site"}, {"facility", "site"}, {"premises", "site"}, {"building", "site"},
    {"model", "model-weights"}, {"mlmodel", "model-weights"}, {"trainingdata", "training-dataset"},
    {"vectordatabase", "vector-store"}, {"aiagent", "agent"}, {"modelapi", "third-party-model-api"},
};

inline constexpr ImportColumn kAssetColumns[] = {
    {"id", "id", "id|assetid|assetno|assetnumber|assetref|ref|reference|identifier|assettag|tag"},
    {"name", "name", "name|assetname|asset|title|assettitle"},
    {"type", "type", "type|assettype|category|kind|assetcategory", ImportReading::AsDeclared, kAssetTypeWords},
    {"owner", "owner", "owner|assetowner|responsible|ownerrole|accountable"},
    {"classification", "classification",
     "classification|class|sensitivity|confidentiality|classificationlevel|informationclassification|"
     "dataclassification|label",
     ImportReading::ClassificationLevel},
    {"location", "location", "location|where|hosting|hosted|hostedat|hostedin|site|storage|storagelocation"},
    {"personal_data", "personal_data",
     "personaldata|pii|containspersonaldata|containspii|personalinformation|gdpr|pd|personaldatayn|"
     "holdspersonaldata|processespersonaldata"},
    {"derived_from", "lineage.derived_from", "derivedfrom|lineage"},
    {"supplier", "supplier", "supplier|vendor|provider|supplierid|thirdparty"},
    {"retention", "retention", "retention|retentionperiod|retentionschedule"},
    {"lawful_basis", "lawful_basis", "lawfulbasis|legalbasis|lawfulbasisforprocessing"},
    {"version_controlled", "version_controlled", "versioncontrolled|versioncontrol|underversioncontrol"},
    {"backup", "backup", "backup|backedup|backups"},
    {"privileges", "privileges", "privileges|permissions|accessrights"},
    {"logging", "logging", "logging|logs|auditlogging"},
    {"description", "description", "description|details|summary"},
};

inline constexpr Reference kAssetReferences[] = {
    {"lineage.derived_from", {RecordKind::Asset}, 1},
    {"supplier", {RecordKind::Supplier}, 1},
};

inline constexpr RecordDeclaration<Asset> kAssetRecord{
    "assets", "assets", "assets.schema.json", "asset", "asset", &Asset::id, &Asset::name, &Asset::location_in_file,
    kAssetFields, kAssetColumns, nullptr, nullptr, kAssetReferences};

}  // namespace isms::records
