#pragma once
/// What the text and Markdown forms of `isms diff` share: short values, labels and counts.

#include <cstddef>
#include <string>
#include <string_view>

#include "diff/diff.h"

namespace isms {

/// How wide a value may be in a table cell or a line before it is shortened.
constexpr std::size_t kShortWidth = 80;
/// The width for what a reviewer must read whole: a new exclusion's justification or rationale.
constexpr std::size_t kLongWidth = 240;

/// `text` on one line (runs of blanks and line breaks become one space), cut at a word
/// boundary with "…" when longer than `width` bytes. Never splits a UTF-8 character.
std::string shorten(std::string_view text, std::size_t width = kShortWidth);

/// Shortened before and after values that show where two long texts differ: the common
/// start and end are cut, leaving the changed words with a little context.
void shorten_change(std::string_view before, std::string_view after, std::string& short_before, std::string& short_after,
                    std::size_t width = kShortWidth);

/// "(none)" for an absent value, else the value shortened.
std::string shown_value(std::string_view text);

/// One changed field as "field: before → after", or "field: +A.8.9, −A.8.16" for lists.
std::string field_change_text(const FieldChange& change);

/// "12 (L3, I4)", or "not scored".
std::string level_text(const RiskLevel& level);

/// "8 → 12 (L3, I4)" style: a level before and after, or one level when it did not change.
std::string level_change_text(const RiskLevel& before, const RiskLevel& after, ChangeKind kind);

/// "8", or "8 → 10" when the acceptance threshold itself changed.
std::string threshold_text(const RiskChange& risk);

/// "a → b", or just "b" when both are the same; "(none)" stands for an empty value.
std::string transition(std::string_view before, std::string_view after);

/// "HEAD~1 (1a2b3c4d5e6f)", "old-isms" or "working tree".
std::string side_label(const DiffSide& side);

/// The heading of a register's records: "Risk register", "Statement of Applicability".
std::string register_heading(std::string_view name);

/// "R-001 Indirect prompt injection…": an id and a shortened title.
std::string record_label(std::string_view id, std::string_view title, std::size_t width = 60);

/// The label of a changed record; document control is named by its register ("Risk register").
std::string record_change_label(const RecordChange& record);

/// Counts the summary line is made of.
struct DiffCounts {
  std::size_t crossings = 0;
  std::size_t records_added = 0, records_removed = 0, records_changed = 0;
  std::size_t new_errors = 0, new_warnings = 0, new_notes = 0;
};

/// Counts the changes of a report.
DiffCounts count_changes(const DiffReport& report);

/// "1 risk", "2 risks".
std::string counted(std::size_t count, std::string_view singular, std::string_view plural = {});

}  // namespace isms
