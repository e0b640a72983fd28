#pragma once
/// The controlled document (documents.schema.json, definition `document`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<Document> kDocumentFields[] = {
    {"id", FieldType::Id, true, "id", &Document::id},
    {"title", FieldType::Text, true, "title", &Document::title, {}, Prose::Text},
    {"type", FieldType::Enum, true, "type", choice_access<&Document::type>(), kDocumentTypeValues},
    {"version", FieldType::Version, true, "version", &Document::version, {}, Prose::Text},
    {"owner", FieldType::Text, true, "owner", &Document::owner, {}, Prose::Text},
    {"clause", FieldType::Text, false, "clause", &Document::clause},
    {"location", FieldType::Text, false, "path", &Document::path, {}, Prose::Text},
    {"approval", FieldType::Approval, false, "approval", &Document::approval, {}, Prose::Text},
    {"last_review", FieldType::Date, false, "last_review", &Document::last_review},
    {"date", FieldType::Date, false, "date", &Document::date},
};

inline constexpr RecordDeclaration<Document> kDocumentRecord{
    "documents", "documents", "documents.schema.json", "document", "document", &Document::id, &Document::title,
    &Document::location, kDocumentFields};

}  // namespace isms::records
