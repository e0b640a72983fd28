#pragma once
/// The context issue (context.schema.json, definition `issue`), declared once.

#include "model/record_fields.h"

namespace isms::records {

inline constexpr FieldSpec<ContextIssue> kContextIssueFields[] = {
    {"id", FieldType::Id, true, "id", &ContextIssue::id},
    {"title", FieldType::Text, true, "title", &ContextIssue::title, {}, Prose::Text},
    {"type", FieldType::Enum, true, "type", choice_access<&ContextIssue::type>(), kIssueOriginValues},
    {"factor", FieldType::Enum, false, "factor", choice_access<&ContextIssue::factor>(), kIssueFactorValues},
    {"description", FieldType::Text, true, "description", &ContextIssue::description, {}, Prose::Text},
    {"risks", FieldType::IdList, false, "risks", &ContextIssue::risks},
    {"in_scope", FieldType::Bool, false, "in_scope", &ContextIssue::in_scope},
};

/// Diff lists the climate change determination before the issues, in the same register.
inline constexpr Reference kContextIssueReferences[] = {
    {"risks", {RecordKind::Risk}, 1},
};

inline constexpr RecordDeclaration<ContextIssue> kContextIssueRecord{
    "context", "issues", "context.schema.json", "issue", "context issue", &ContextIssue::id, &ContextIssue::title,
    &ContextIssue::location, kContextIssueFields, {}, nullptr, nullptr, kContextIssueReferences};

}  // namespace isms::records
