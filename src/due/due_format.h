#pragma once
/// The outputs of `isms due`: a table for people, JSON for scripts, an iCalendar file for a
/// calendar, and GitHub Actions annotations with a step summary.

#include <string>

#include "due/due_items.h"
#include "model/source_files.h"

namespace isms {

/// Where a due item's date is written, for messages: "documents.yaml:12:18", or "" when unknown.
std::string due_place(const DueItem& item, const SourceFiles& files);

/// One line per item, earliest first, then a summary line.
std::string format_due_text(const DueList& list, const SourceFiles& files);

/// {"as_of", "within_days", "summary", "items": [...]} with a schema version.
std::string format_due_json(const DueList& list, const SourceFiles& files);

/// An iCalendar (RFC 5545) calendar with one all-day event per item. `stamp` is the generation
/// date (YYYY-MM-DD), so that the same repository gives the same file.
std::string format_due_ics(const DueList& list, const SourceFiles& files, const std::string& stamp);

/// Workflow commands: an error annotation per overdue or error item, a warning per warning item,
/// a notice per upcoming item, each on the line its date is written.
std::string format_due_github(const DueList& list, const SourceFiles& files);

/// The Markdown table for the job's step summary.
std::string format_due_step_summary(const DueList& list, const SourceFiles& files);

}  // namespace isms
