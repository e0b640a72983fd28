// Adding nested records works on lines, as register_merge does: the file is the user's, and only
// the lines of the records added may appear. The parsed tree tells where each parent record and
// its nested list start and end; new records go after the list's last, in its own indentation
// and, where its records are one-line mappings, in that style too.
#include "import/nested_merge.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "import/import_records.h"
#include "import/merge_lines.h"
#include "import/yaml_writer.h"
#include "load/yaml_json.h"
#include "load/yaml_tree.h"
#include "model/diagnostic.h"

namespace isms {
namespace {

using Json = nlohmann::json;

/// A parsed file, its lines and the end its lines carry ("\r" in a CRLF file).
struct ParsedFile {
  YamlDocument document;
  std::vector<std::string> lines;
  std::string line_end;
};

Status parse_file(std::string_view text, const Limits& limits, ParsedFile& out) {
  DiagnosticSink sink;
  if (!parse_yaml(text, 1, limits, out.document, sink) || out.document.root == nullptr || !sink.all().empty()) {
    return Error{"it is not valid YAML; fix it with 'isms check' first"};
  }
  if (has_other_line_breaks(text)) {
    return Error{"it breaks lines with a lone CR or a Unicode line separator; save it with LF or CRLF line endings"};
  }
  if (out.document.root->kind != YamlKind::Mapping) return Error{"its top level is not a mapping"};
  out.lines = split_lines(text);
  if (!out.lines.empty() && out.lines.front().ends_with('\r')) out.line_end = "\r";
  return Done{};
}

/// True when the node is written in flow style ([...] or {...}) where it starts.
bool flow_style(const std::vector<std::string>& lines, const YamlNode& node) {
  const std::string& line = lines[node.location.line - 1];
  const std::size_t column = node.location.column - 1;
  return column < line.size() && (line[column] == '[' || line[column] == '{');
}

/// An empty value written on its key's line (`findings: []`, `findings:`), which the list replaces.
bool empty_on_key_line(const YamlNode& key, const YamlNode& value) {
  const bool empty = (value.kind == YamlKind::Scalar && value.is_null()) ||
                     (value.kind == YamlKind::Sequence && value.items.empty());
  return empty && (value.location.line == key.location.line || value.scalar.empty());
}

/// A record of the parents' list and where its nested list is.
struct ParentSpan {
  std::string key;
  std::size_t index = 0;        ///< in the parents' list
  std::uint32_t last = 0;       ///< its last line (1-based)
  std::uint32_t key_column = 0; ///< 0-based column of its keys
  const YamlNode* list_key = nullptr;
  const YamlNode* list = nullptr;
  std::uint32_t list_last = 0;  ///< the last line of the nested list's field
};

/// Where the parents are in the file.
struct FileLayout {
  ParsedFile file;
  const YamlNode* parents_key = nullptr;  ///< nullptr: the file has no list of parents
  const YamlNode* parents = nullptr;
  bool parents_empty = false;             ///< written `people: []`: replaced by the list
  std::uint32_t parents_last = 0;         ///< the last line of the last parent
  std::uint32_t dash_column = 2;          ///< the parents' "- " column
  std::vector<ParentSpan> spans;
};

/// The column of the "- " before a list's mapping item, checked against the line.
Result<std::uint32_t> dash_before(const std::vector<std::string>& lines, const YamlNode& item) {
  const std::uint32_t key = item.location.column - 1;
  const std::string& line = lines[item.location.line - 1];
  if (key < 2 || line.compare(key - 2, 2, "- ") != 0) {
    return Error{fmt::format("line {}: write each list entry as \"- \" and its first field", item.location.line)};
  }
  return key - 2;
}

Status read_parents(const NestedList& nested, FileLayout& out) {
  const YamlNode& root = *out.file.document.root;
  const std::vector<std::string>& lines = out.file.lines;
  std::uint32_t bound = static_cast<std::uint32_t>(lines.size());
  for (std::size_t index = 0; index < root.entries.size(); ++index) {
    if (root.entries[index].first->scalar != nested.parent_list) continue;
    out.parents_key = root.entries[index].first;
    out.parents = root.entries[index].second;
    if (index + 1 < root.entries.size()) bound = root.entries[index + 1].first->location.line - 1;
  }
  if (out.parents == nullptr) return Done{};
  if (empty_on_key_line(*out.parents_key, *out.parents)) {
    out.parents_empty = true;
    return Done{};
  }
  if (out.parents->kind != YamlKind::Sequence) return Error{fmt::format("'{}' is not a list", nested.parent_list)};
  if (flow_style(lines, *out.parents)) {
    return Error{fmt::format("'{}' is written in flow style ([...]); write it as a block list to add to it", nested.parent_list)};
  }
  const auto& items = out.parents->items;
  for (std::size_t index = 0; index < items.size(); ++index) {
    const YamlNode& item = *items[index];
    if (item.kind != YamlKind::Mapping || item.entries.empty() || flow_style(lines, item)) {
      return Error{fmt::format("line {}: a {} record is not a block mapping", item.location.line, nested.parent_unit)};
    }
    const YamlNode* key = item.find(nested.parent_key);
    if (key == nullptr || key->kind != YamlKind::Scalar) {
      return Error{fmt::format("line {}: a {} record has no {}", item.location.line, nested.parent_unit, nested.parent_key)};
    }
    const std::uint32_t next = index + 1 < items.size() ? items[index + 1]->location.line - 1 : bound;
    ParentSpan span{std::string(key->scalar), index, back_off(lines, item.location.line, next),
                    item.entries.front().first->location.column - 1};
    for (std::size_t field = 0; field < item.entries.size(); ++field) {
      if (item.entries[field].first->scalar != nested.list) continue;
      span.list_key = item.entries[field].first;
      span.list = item.entries[field].second;
      const std::uint32_t field_bound =
          field + 1 < item.entries.size() ? item.entries[field + 1].first->location.line - 1 : span.last;
      span.list_last = back_off(lines, span.list_key->location.line, field_bound);
    }
    if (index == 0) {
      Result<std::uint32_t> dash = dash_before(lines, *item.entries.front().first);
      if (!dash) return Error{dash.error()};
      out.dash_column = *dash;
    }
    out.spans.push_back(std::move(span));
  }
  out.parents_last = out.spans.empty() ? out.parents_key->location.line : out.spans.back().last;
  return Done{};
}

/// A record of the sheet: its parent, its value, and its fields' lines as the import wrote them.
struct SheetRecord {
  std::string parent;
  Json value;  ///< without the field that names the parent
  std::vector<std::string> lines;
  std::uint32_t key_column = 0;
};

Status read_sheet_records(const ParsedFile& sheet, const NestedList& nested, std::string_view list_key,
                          std::vector<SheetRecord>& out) {
  const YamlNode* list = sheet.document.root->find(list_key);
  if (list == nullptr || list->kind != YamlKind::Sequence) return Error{"the imported rows hold no records"};
  for (std::size_t index = 0; index < list->items.size(); ++index) {
    const YamlNode& item = *list->items[index];
    if (item.kind != YamlKind::Mapping || item.entries.size() < 2 || item.entries[0].first->scalar != nested.parent_column ||
        item.entries[1].first->location.line == item.entries[0].first->location.line) {
      return Error{fmt::format("line {}: an imported record does not start with its {}", item.location.line, nested.parent_column)};
    }
    const std::uint32_t first = item.entries[1].first->location.line;
    const std::uint32_t next = index + 1 < list->items.size() ? list->items[index + 1]->location.line - 1
                                                              : static_cast<std::uint32_t>(sheet.lines.size());
    SheetRecord record{std::string(item.entries[0].second->scalar), yaml_to_json(item), {},
                       item.entries[1].first->location.column - 1};
    record.value.erase(std::string(nested.parent_column));
    const std::uint32_t last = back_off(sheet.lines, first, next);
    for (std::uint32_t line = first; line <= last; ++line) record.lines.push_back(sheet.lines[line - 1]);
    out.push_back(std::move(record));
  }
  return Done{};
}

/// The values of the fields a record is matched by, as one text.
std::string match_key(const Json& value, const NestedList& nested) {
  std::string key;
  for (std::string_view name : nested.match_fields()) {
    const auto found = value.find(std::string(name));
    key += (key.empty() ? "" : ", ") + (found == value.end() ? std::string("(none)")
                                        : found->is_string() ? found->get<std::string>() : found->dump());
  }
  return key;
}

/// The record's lines as a list entry with its "- " at `dash`: a one-line mapping when `flow`
/// and every field is one line, else a block.
std::vector<std::string> entry_lines(const SheetRecord& record, std::uint32_t dash, bool flow, const std::string& end) {
  const std::string indent(dash, ' ');
  if (flow && std::all_of(record.lines.begin(), record.lines.end(), [&](const std::string& line) {
        return line.size() > record.key_column && line[record.key_column] != ' ' && line.find(": |") == std::string::npos;
      })) {
    std::string joined;
    for (const std::string& line : record.lines) joined += (joined.empty() ? "" : ", ") + line.substr(record.key_column);
    return {indent + "- {" + joined + "}" + end};
  }
  std::vector<std::string> out;
  const int delta = static_cast<int>(dash + 2) - static_cast<int>(record.key_column);
  for (std::size_t index = 0; index < record.lines.size(); ++index) {
    out.push_back((index == 0 ? indent + "- " + record.lines[index].substr(record.key_column)
                              : shifted(record.lines[index], delta)) + end);
  }
  return out;
}

std::string plural_of(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

/// An edit and the order it is made in among those at the same line: new parents (0) go in
/// before the last parent's new records (1) are, so that those land above them.
struct OrderedEdit {
  LineEdit edit;
  int order = 1;
};

}  // namespace

Result<NestedMergeOutcome> merge_nested(std::string_view existing, std::string_view imported, ImportTarget target,
                                        const Limits& limits) {
  const ImportTargetInfo& info = import_target_info(target);
  const NestedList& nested = info.nested;
  FileLayout layout;
  ParsedFile sheet;
  if (Status read = parse_file(existing, limits, layout.file); !read) return Error{"the register file cannot be merged: " + read.error()};
  if (Status read = read_parents(nested, layout); !read) return Error{"the register file cannot be merged: " + read.error()};
  if (Status read = parse_file(imported, limits, sheet); !read) return Error{"the imported rows cannot be merged: " + read.error()};
  std::vector<SheetRecord> records;
  if (Status read = read_sheet_records(sheet, nested, import_record_shape(target).list_key, records); !read) {
    return Error{"the imported rows cannot be merged: " + read.error()};
  }
  const std::vector<std::string>& lines = layout.file.lines;
  const std::string& end = layout.file.line_end;

  // The sheet's records by parent, parents in the order the sheet first names them.
  std::vector<std::string> parent_order;
  std::map<std::string, std::vector<const SheetRecord*>, std::less<>> by_parent;
  for (const SheetRecord& record : records) {
    auto& group = by_parent[record.parent];
    if (group.empty()) parent_order.push_back(record.parent);
    group.push_back(&record);
  }
  std::map<std::string, const ParentSpan*, std::less<>> spans;
  for (const ParentSpan& span : layout.spans) spans.emplace(span.key, &span);

  NestedMergeOutcome outcome;
  Json expected = yaml_to_json(*layout.file.document.root);
  Json& expected_parents = expected[std::string(nested.parent_list)];
  if (!expected_parents.is_array()) expected_parents = Json::array();
  std::vector<OrderedEdit> edits;
  std::vector<std::string> new_parent_lines;
  std::vector<std::string> unknown;
  const std::string list_key(nested.list);
  for (const std::string& parent : parent_order) {
    const auto found = spans.find(parent);
    if (found == spans.end() && !nested.adds_parent) {
      unknown.push_back(fmt::format("{} ({})", parent, plural_of(by_parent[parent].size(), info.unit, info.units)));
      continue;
    }
    const ParentSpan* span = found == spans.end() ? nullptr : found->second;
    // Records the file holds, matched by the target's fields.
    std::map<std::string, Json, std::less<>> held;
    if (span != nullptr && span->list != nullptr && span->list->kind == YamlKind::Sequence) {
      for (const YamlNode* item : span->list->items) {
        const Json value = yaml_to_json(*item);
        held.emplace(match_key(value, nested), value);
      }
    }
    std::vector<const SheetRecord*> adding;
    for (const SheetRecord* record : by_parent[parent]) {
      const std::string key = match_key(record->value, nested);
      const auto same = held.find(key);
      if (same == held.end()) {
        adding.push_back(record);
      } else if (same->second == record->value) {
        ++outcome.already;
      } else {
        outcome.differing.push_back(fmt::format("{} {} of {} {} is already recorded with other values; it is left as it "
                                                "is (edit the file to change it)",
                                                info.unit, key, nested.parent_unit, parent));
      }
    }
    if (adding.empty()) continue;
    for (const SheetRecord* record : adding) {
      outcome.changes.push_back(fmt::format("{}: {} {} added", parent, info.unit, match_key(record->value, nested)));
    }
    outcome.added += adding.size();

    if (span == nullptr) {
      // A new parent: its key, then its list.
      const std::uint32_t dash = layout.parents_key == nullptr || layout.parents_empty ? 2 : layout.dash_column;
      new_parent_lines.push_back(fmt::format("{}- {}: {}{}", std::string(dash, ' '), nested.parent_key, yaml_scalar(parent), end));
      new_parent_lines.push_back(fmt::format("{}{}:{}", std::string(dash + 2, ' '), nested.list, end));
      Json added = Json::object();
      added[std::string(nested.parent_key)] = parent;
      added[list_key] = Json::array();
      for (const SheetRecord* record : adding) {
        const std::vector<std::string> entry = entry_lines(*record, dash + 4, false, end);
        new_parent_lines.insert(new_parent_lines.end(), entry.begin(), entry.end());
        added[list_key].push_back(record->value);
      }
      expected_parents.push_back(std::move(added));
      outcome.changes.push_back(fmt::format("{}: {} record added", parent, nested.parent_unit));
      ++outcome.parents_added;
      continue;
    }
    Json& expected_list = expected_parents.at(span->index)[list_key];
    if (!expected_list.is_array()) expected_list = Json::array();
    for (const SheetRecord* record : adding) expected_list.push_back(record->value);
    std::vector<std::string> entries;
    LineEdit edit;
    if (span->list != nullptr && span->list->kind == YamlKind::Sequence && !span->list->items.empty()) {
      if (flow_style(lines, *span->list)) {
        return Error{fmt::format("the register file cannot be merged: line {}: the {} of {} {} are written in flow style "
                                 "([...]); write them as a block list to add to them",
                                 span->list->location.line, nested.list, nested.parent_unit, parent)};
      }
      const YamlNode& last_item = *span->list->items.back();
      const YamlNode& first_key = last_item.kind == YamlKind::Mapping && !last_item.entries.empty() && !flow_style(lines, last_item)
                                      ? *last_item.entries.front().first
                                      : last_item;
      Result<std::uint32_t> dash = dash_before(lines, first_key);
      if (!dash) return Error{"the register file cannot be merged: " + dash.error()};
      const bool flow = last_item.kind == YamlKind::Mapping && flow_style(lines, last_item);
      for (const SheetRecord* record : adding) {
        const std::vector<std::string> entry = entry_lines(*record, *dash, flow, end);
        entries.insert(entries.end(), entry.begin(), entry.end());
      }
      edit = {span->list_last + 1, span->list_last, std::move(entries)};
    } else {
      const std::uint32_t key_column = span->key_column;
      entries.push_back(fmt::format("{}{}:{}", std::string(key_column, ' '), nested.list, end));
      for (const SheetRecord* record : adding) {
        const std::vector<std::string> entry = entry_lines(*record, key_column + 2, false, end);
        entries.insert(entries.end(), entry.begin(), entry.end());
      }
      if (span->list == nullptr) {
        edit = {span->last + 1, span->last, std::move(entries)};
      } else if (empty_on_key_line(*span->list_key, *span->list)) {
        entries.front() = lines[span->list_key->location.line - 1].substr(0, key_column) + entries.front().substr(key_column);
        edit = {span->list_key->location.line, span->list_key->location.line, std::move(entries)};
      } else {
        return Error{fmt::format("the register file cannot be merged: line {}: the {} of {} {} is not a list",
                                 span->list_key->location.line, nested.list, nested.parent_unit, parent)};
      }
    }
    edits.push_back({std::move(edit), 1});
  }
  if (!unknown.empty()) {
    std::string listed;
    for (std::size_t index = 0; index < unknown.size() && index < 10; ++index) listed += (index ? ", " : "") + unknown[index];
    if (unknown.size() > 10) listed += ", ...";
    return Error{fmt::format("the sheet names {} that the file does not hold: {}; add {} to the file first, or correct "
                             "the sheet",
                             plural_of(unknown.size(), nested.parent_unit, nested.parent_list), listed,
                             unknown.size() == 1 ? "it" : "them")};
  }
  if (!new_parent_lines.empty()) {
    if (layout.parents_key == nullptr) {
      new_parent_lines.insert(new_parent_lines.begin(), fmt::format("{}:{}", nested.parent_list, end));
      const std::uint32_t after = back_off(lines, 0, static_cast<std::uint32_t>(lines.size()));
      edits.push_back({{after + 1, after, std::move(new_parent_lines)}, 0});
    } else if (layout.parents_empty) {
      const std::uint32_t line = layout.parents_key->location.line;
      new_parent_lines.insert(new_parent_lines.begin(),
                              lines[line - 1].substr(0, layout.parents_key->location.column - 1) +
                                  fmt::format("{}:{}", nested.parent_list, end));
      edits.push_back({{line, line, std::move(new_parent_lines)}, 0});
    } else {
      edits.push_back({{layout.parents_last + 1, layout.parents_last, std::move(new_parent_lines)}, 0});
    }
  }
  if (edits.empty()) {
    outcome.text = std::string(existing);
    return outcome;
  }

  // Bottom up, so that the line numbers of the edits still to make stay true.
  std::stable_sort(edits.begin(), edits.end(), [](const OrderedEdit& a, const OrderedEdit& b) {
    if (a.edit.first != b.edit.first) return a.edit.first > b.edit.first;
    return a.order < b.order;
  });
  std::vector<std::string> merged = lines;
  for (OrderedEdit& ordered : edits) {
    LineEdit& edit = ordered.edit;
    const auto begin = merged.begin() + static_cast<std::ptrdiff_t>(edit.first - 1);
    merged.erase(begin, begin + static_cast<std::ptrdiff_t>(edit.last + 1 - edit.first));
    merged.insert(merged.begin() + static_cast<std::ptrdiff_t>(edit.first - 1), edit.lines.begin(), edit.lines.end());
  }
  std::string text;
  for (const std::string& line : merged) text += line + "\n";

  // The merged file must read as the old one plus the records added, and nothing else.
  ParsedFile after;
  if (Status read = parse_file(text, limits, after); !read || yaml_to_json(*after.document.root) != expected) {
    return Error{"the merge could not be checked, so nothing is written: the file would not read as it did plus the "
                 "records added"};
  }
  outcome.text = std::move(text);
  return outcome;
}

}  // namespace isms
