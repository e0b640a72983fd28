#pragma once
/// The evidence record (evidence.schema.json, definition `record`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Evidence> kEvidenceFields[] = {
    {"id", FieldKind::Id, true, "id", &Evidence::id},
    {"title", FieldKind::Text, true, "title", &Evidence::title},
    {"shows", FieldKind::Text, true, "shows", &Evidence::shows},
    {"location", FieldKind::Text, false, "path", &Evidence::path},
    {"collected_by", FieldKind::Text, false, "collected_by", &Evidence::collected_by},
    {"date", FieldKind::Date, true, "date", &Evidence::date},
    {"controls", FieldKind::IdList, false, "controls", &Evidence::controls},
    {"documents", FieldKind::IdList, false, "documents", &Evidence::documents},
};

inline constexpr RecordDeclaration<Evidence> kEvidenceRecord{
    "evidence", "evidence", "evidence.schema.json", "record", &Evidence::id, &Evidence::title, &Evidence::location,
    kEvidenceFields};

}  // namespace isms::records
