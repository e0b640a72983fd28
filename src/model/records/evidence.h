#pragma once
/// The evidence record (evidence.schema.json, definition `record`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Evidence> kEvidenceFields[] = {
    {"id", FieldType::Id, true, "id", &Evidence::id},
    {"title", FieldType::Text, true, "title", &Evidence::title, {}, Prose::Text},
    {"shows", FieldType::Text, true, "shows", &Evidence::shows, {}, Prose::Text},
    {"location", FieldType::Text, false, "path", &Evidence::path, {}, Prose::Text},
    {"collected_by", FieldType::Text, false, "collected_by", &Evidence::collected_by, {}, Prose::Text},
    {"date", FieldType::Date, true, "date", &Evidence::date},
    {"controls", FieldType::IdList, false, "controls", &Evidence::controls},
    {"documents", FieldType::IdList, false, "documents", &Evidence::documents},
};

inline constexpr Reference kEvidenceReferences[] = {
    {"controls", {}, 0, true},
    {"documents", {RecordKind::Document}, 1},
};

inline constexpr RecordDeclaration<Evidence> kEvidenceRecord{
    "evidence", "evidence", "evidence.schema.json", "record", "evidence", &Evidence::id, &Evidence::title, &Evidence::location,
    kEvidenceFields, {}, nullptr, nullptr, kEvidenceReferences};

}  // namespace isms::records
