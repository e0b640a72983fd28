#pragma once
/// The controlled document (documents.schema.json, definition `document`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr std::string_view kDocumentTypes[] = {"policy", "procedure", "standard", "plan",
                                                      "record", "register",  "report",   "other"};

inline constexpr FieldSpec<Document> kDocumentFields[] = {
    {"id", FieldKind::Id, true, "id", &Document::id},
    {"title", FieldKind::Text, true, "title", &Document::title},
    {"type", FieldKind::Enum, true, "type", &Document::type, kDocumentTypes},
    {"version", FieldKind::Version, true, "version", &Document::version},
    {"owner", FieldKind::Text, true, "owner", &Document::owner},
    {"clause", FieldKind::Text, false, "clause", &Document::clause},
    {"location", FieldKind::Text, false, "path", &Document::path},
    {"approval", FieldKind::Approval, false, "approval", &Document::approval},
    {"last_review", FieldKind::Date, false, "last_review", &Document::last_review},
    {"date", FieldKind::Date, false, "date", &Document::date},
};

inline constexpr RecordDeclaration<Document> kDocumentRecord{
    "documents", "documents", "documents.schema.json", "document", &Document::id, &Document::title,
    &Document::location, kDocumentFields};

}  // namespace isms::records
