#include "due/due_format.h"

#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include "model/dates.h"
#include "util/escape.h"

namespace isms {
namespace {

using Json = nlohmann::ordered_json;

/// Bump when a field is removed or changes meaning; adding fields keeps the version.
constexpr int kDueJsonVersion = 1;

const SourceFile* file_of(const DueItem& item, const SourceFiles& files) {
  if (item.location.line == 0 || item.location.file >= files.size()) return nullptr;
  return &files.at(item.location.file);
}

/// "in 12 days", "today", "3 days ago".
std::string when(std::int64_t days_left) {
  if (days_left == 0) return "today";
  if (days_left == 1) return "tomorrow";
  if (days_left == -1) return "1 day ago";
  return days_left > 0 ? fmt::format("in {} days", days_left) : fmt::format("{} days ago", -days_left);
}

struct Counts {
  std::size_t overdue = 0, error = 0, warning = 0, upcoming = 0;
};

Counts count(const DueList& list) {
  Counts counts;
  for (const DueItem& item : list.items) {
    switch (item.level) {
      case DueLevel::Overdue: ++counts.overdue; break;
      case DueLevel::Error: ++counts.error; break;
      case DueLevel::Warning: ++counts.warning; break;
      case DueLevel::Upcoming: ++counts.upcoming; break;
    }
  }
  return counts;
}

std::string summary_line(const DueList& list) {
  if (list.dated == 0) {
    return "no record carries a date that falls due: nothing was checked (isms check reports the reviews and dates "
           "that are missing)\n";
  }
  const Counts counts = count(list);
  if (list.items.empty()) {
    return fmt::format("nothing falls due within {} days of {} ({} dated item{} looked at)\n", list.within_days,
                       iso_date_of_days(list.as_of_days), list.dated, list.dated == 1 ? "" : "s");
  }
  return fmt::format("{} overdue, {} within the error window, {} within the warning window, {} later within {} days; "
                     "{} dated item{} looked at\n",
                     counts.overdue, counts.error, counts.warning, counts.upcoming, list.within_days, list.dated,
                     list.dated == 1 ? "" : "s");
}

}  // namespace

std::string due_place(const DueItem& item, const SourceFiles& files) {
  const SourceFile* file = file_of(item, files);
  if (file == nullptr) return {};
  return fmt::format("{}:{}:{}", file->display_path.empty() ? file->relative_path : file->display_path,
                     item.location.line, item.location.column);
}

std::string format_due_text(const DueList& list, const SourceFiles& files) {
  std::string out;
  for (const DueItem& item : list.items) {
    const std::string place = due_place(item, files);
    out += fmt::format("{}  {:<8}  {} ({}){}\n", item.due_date, due_level_name(item.level), item.what,
                       when(item.days_left), place.empty() ? "" : "  " + place);
  }
  return out + summary_line(list);
}

std::string format_due_json(const DueList& list, const SourceFiles& files) {
  Json document = Json::object();
  document["version"] = kDueJsonVersion;
  document["as_of"] = iso_date_of_days(list.as_of_days);
  document["within_days"] = list.within_days;
  const Counts counts = count(list);
  document["summary"] = {{"dated", list.dated},       {"listed", list.items.size()}, {"overdue", counts.overdue},
                         {"error", counts.error},     {"warning", counts.warning},   {"upcoming", counts.upcoming}};
  Json items = Json::array();
  for (const DueItem& item : list.items) {
    const SourceFile* file = file_of(item, files);
    Json entry = Json::object();
    entry["due"] = item.due_date;
    entry["days_left"] = item.days_left;
    entry["level"] = std::string(due_level_name(item.level));
    entry["kind"] = item.kind;
    entry["what"] = item.what;
    entry["clause"] = item.clause.empty() ? Json(nullptr) : Json(item.clause);
    entry["key"] = item.key;
    entry["file"] = file != nullptr ? Json(file->relative_path) : Json(nullptr);
    entry["line"] = file != nullptr ? Json(item.location.line) : Json(nullptr);
    entry["column"] = file != nullptr ? Json(item.location.column) : Json(nullptr);
    items.push_back(std::move(entry));
  }
  document["items"] = std::move(items);
  return document.dump(2) + "\n";
}

std::string format_due_github(const DueList& list, const SourceFiles& files) {
  std::string out;
  for (const DueItem& item : list.items) {
    const std::string_view command = item.level == DueLevel::Overdue || item.level == DueLevel::Error ? "error"
                                     : item.level == DueLevel::Warning                              ? "warning"
                                                                                                    : "notice";
    std::string properties;
    if (const SourceFile* file = file_of(item, files); file != nullptr) {
      properties += fmt::format("file={},line={},col={},", github_escape_property(file->relative_path),
                                item.location.line, item.location.column);
    }
    properties += fmt::format("title={}", github_escape_property(fmt::format("isms due: {}", item.kind)));
    out += fmt::format("::{} {}::{}\n", command, properties,
                       github_escape_data(fmt::format("{} on {} ({})", item.what, item.due_date, when(item.days_left))));
  }
  return out;
}

std::string format_due_step_summary(const DueList& list, const SourceFiles& files) {
  std::string out = "## isms due\n\n";
  if (!list.items.empty()) {
    out += "| Due | Level | What | Where |\n| --- | --- | --- | --- |\n";
    for (const DueItem& item : list.items) {
      out += fmt::format("| {} | {} | {} | {} |\n", item.due_date, due_level_name(item.level),
                         markdown_cell_escape(item.what), markdown_cell_escape(due_place(item, files)));
    }
    out += "\n";
  }
  return out + summary_line(list);
}

}  // namespace isms
