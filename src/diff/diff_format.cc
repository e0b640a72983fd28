#include "diff/diff_format.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/model.h"
#include "util/text_util.h"

namespace isms {
namespace {

/// Bytes of context kept on each side of a change.
constexpr std::size_t kContext = 24;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Moves `at` back to the first byte of the UTF-8 character it is in.
std::size_t char_start(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && is_continuation(text[at])) --at;
  return at;
}

/// Moves `at` forward past the UTF-8 character it is in.
std::size_t char_end(std::string_view text, std::size_t at) {
  while (at < text.size() && is_continuation(text[at])) ++at;
  return at;
}


/// Cuts an already one-line text to `width` bytes at a word boundary.
std::string cut(std::string_view text, std::size_t width) {
  if (text.size() <= width) return std::string(text);
  std::size_t end = char_start(text, width > kEllipsis.size() ? width - kEllipsis.size() : 0);
  const std::size_t space = text.rfind(' ', end);
  if (space != std::string_view::npos && space > end / 2) end = space;
  return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

/// The part of `text` from `start` to `diff_end` plus some context, with ellipses where cut.
std::string window(std::string_view text, std::size_t start, std::size_t diff_end, std::size_t width) {
  std::size_t end = char_end(text, std::min(text.size(), diff_end + kContext));
  if (end < text.size()) {
    const std::size_t space = text.find(' ', end);
    end = space == std::string_view::npos ? text.size() : space;
  }
  std::string middle = cut(text.substr(start, end - start), width);
  const bool cut_end = end < text.size() && !middle.ends_with(kEllipsis);
  return (start > 0 ? std::string(kEllipsis) : std::string()) + middle + (cut_end ? std::string(kEllipsis) : std::string());
}

}  // namespace

std::string shorten(std::string_view text, std::size_t width) { return cut(collapse_whitespace(text), width); }

void shorten_change(std::string_view before, std::string_view after, std::string& short_before, std::string& short_after,
                    std::size_t width) {
  const std::string a = collapse_whitespace(before);
  const std::string b = collapse_whitespace(after);
  if (a.size() <= width && b.size() <= width) {
    short_before = a;
    short_after = b;
    return;
  }
  const std::size_t shorter = std::min(a.size(), b.size());
  std::size_t prefix = 0;
  while (prefix < shorter && a[prefix] == b[prefix]) ++prefix;
  prefix = char_start(a, prefix);
  std::size_t suffix = 0;
  while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) ++suffix;
  std::size_t start = prefix > kContext ? prefix - kContext : 0;
  if (start > 0) {
    const std::size_t space = a.find(' ', start);
    start = space != std::string::npos && space < prefix ? space + 1 : char_start(a, start);
  }
  short_before = a.empty() ? a : window(a, start, a.size() - suffix, width);
  short_after = b.empty() ? b : window(b, start, b.size() - suffix, width);
}

std::string shown_value(std::string_view text) { return text.empty() ? "(none)" : shorten(text); }

std::string transition(std::string_view before, std::string_view after) {
  if (before == after) return shown_value(after);
  std::string old_text, new_text;
  shorten_change(before, after, old_text, new_text);
  return fmt::format("{} \xE2\x86\x92 {}", old_text.empty() ? "(none)" : old_text, new_text.empty() ? "(none)" : new_text);
}

std::string field_change_text(const FieldChange& change) {
  if (change.list && (!change.added.empty() || !change.removed.empty())) {
    std::string items;
    for (const std::string& item : change.added) items += (items.empty() ? "+" : ", +") + item;
    for (const std::string& item : change.removed) items += (items.empty() ? "-" : ", -") + item;
    return fmt::format("{}: {}", change.field, shorten(items));
  }
  return fmt::format("{}: {}", change.field, transition(change.before, change.after));
}

std::string level_text(const RiskLevel& level) {
  if (!level.known) return "not scored";
  return fmt::format("{} (L{}, I{})", level.level, level.likelihood, level.impact);
}

std::string level_change_text(const RiskLevel& before, const RiskLevel& after, ChangeKind kind) {
  if (kind == ChangeKind::Added) return level_text(after);
  if (kind == ChangeKind::Removed) return level_text(before);
  const std::string old_text = level_text(before);
  const std::string new_text = level_text(after);
  return old_text == new_text ? new_text : fmt::format("{} \xE2\x86\x92 {}", old_text, new_text);
}

std::string threshold_text(const RiskChange& risk) {
  if (risk.kind != ChangeKind::Changed || risk.threshold_before == risk.threshold_after) {
    return std::to_string(risk.kind == ChangeKind::Removed ? risk.threshold_before : risk.threshold_after);
  }
  return fmt::format("{} \xE2\x86\x92 {}", risk.threshold_before, risk.threshold_after);
}

std::string side_label(const DiffSide& side) {
  if (side.kind == "revision") return fmt::format("{} ({})", side.label, side.commit.substr(0, 12));
  return side.label;
}

std::string register_heading(std::string_view name) {
  if (name == "manifest") return "Manifest (isms.yaml)";
  if (name == "document-control") return "Document control";
  if (name == "requirements") return "Requirements of interested parties";
  std::string title(register_title(name));
  if (title == "scope") return "Scope";
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string record_label(std::string_view id, std::string_view title, std::size_t width) {
  if (title.empty()) return std::string(id);
  return shorten(fmt::format("{} {}", id, title), width);
}

std::string record_change_label(const RecordChange& record) {
  if (record.register_name == "document-control") return register_heading(record.id);
  return record_label(record.id, record.title);
}

DiffCounts count_changes(const DiffReport& report) {
  DiffCounts counts;
  for (const RiskChange& risk : report.changes.risks) {
    if (risk.crossing != Crossing::None) ++counts.crossings;
  }
  for (const RecordChange& record : report.changes.records) {
    switch (record.kind) {
      case ChangeKind::Added: ++counts.records_added; break;
      case ChangeKind::Removed: ++counts.records_removed; break;
      case ChangeKind::Changed: ++counts.records_changed; break;
    }
  }
  for (const FindingChange& finding : report.new_findings) {
    switch (finding.severity) {
      case Severity::Error: ++counts.new_errors; break;
      case Severity::Warning: ++counts.new_warnings; break;
      case Severity::Note: ++counts.new_notes; break;
    }
  }
  return counts;
}

std::string counted(std::size_t count, std::string_view singular, std::string_view plural) {
  if (count == 1) return fmt::format("1 {}", singular);
  return plural.empty() ? fmt::format("{} {}s", count, singular) : fmt::format("{} {}", count, plural);
}

}  // namespace isms
