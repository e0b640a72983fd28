// Merging works on lines, not on a re-emitted tree: the file is the user's, with their comments,
// quoting and wrapping, and only the lines of the fields that change may change. The parsed tree
// tells where each record and field starts; a field ends where the next one starts, less the
// blank and comment lines before it, which belong to what follows.
#include "import/register_merge.h"
#include "import/import_records.h"
#include "import/merge_lines.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/diagnostic.h"
#include "load/yaml_tree.h"
#include "load/yaml_json.h"

namespace isms {
namespace {

/// A field of a record: the lines [first, last] (1-based) and the 0-based column of its key.
struct FieldSpan {
  std::string name;
  const YamlNode* value = nullptr;
  std::uint32_t first = 0, last = 0, key_column = 0;
};

/// A record of the register's list.
struct RecordSpan {
  std::string key;
  const YamlNode* node = nullptr;
  std::uint32_t first = 0, last = 0, key_column = 0;
  std::vector<FieldSpan> fields;
};

/// A parsed file, its lines and its records.
struct RegisterLayout {
  YamlDocument document;
  std::vector<std::string> lines;
  std::vector<RecordSpan> records;
  std::uint32_t list_end = 0;  ///< the last line of the list's last record
  bool list_absent = false;    ///< the file has no such list (roles.yaml before its people are imported)
};

std::string_view key_field(ImportTarget target) { return import_record_shape(target).id_key; }

std::string_view list_name(ImportTarget target) { return import_record_shape(target).list_key; }

/// Reads where the records and fields are; an error says why the file cannot be merged line by line.
Status read_layout(std::string_view text, ImportTarget target, const Limits& limits, RegisterLayout& out) {
  DiagnosticSink sink;
  if (!parse_yaml(text, 1, limits, out.document, sink) || out.document.root == nullptr || !sink.all().empty()) {
    return Error{"it is not valid YAML; fix it with 'isms check' first"};
  }
  if (has_other_line_breaks(text)) {
    return Error{"it breaks lines with a lone CR or a Unicode line separator; save it with LF or CRLF line endings"};
  }
  out.lines = split_lines(text);
  const YamlNode& root = *out.document.root;
  if (root.kind != YamlKind::Mapping) return Error{"its top level is not a mapping"};
  const YamlNode* list = nullptr;
  std::uint32_t bound = static_cast<std::uint32_t>(out.lines.size());
  for (std::size_t index = 0; index < root.entries.size(); ++index) {
    if (root.entries[index].first->scalar != list_name(target)) continue;
    list = root.entries[index].second;
    if (index + 1 < root.entries.size()) bound = root.entries[index + 1].first->location.line - 1;
  }
  if (list == nullptr) {
    // A register of two lists may hold one of them so far: the other is added at the end.
    out.list_absent = true;
    out.list_end = back_off(out.lines, 0, static_cast<std::uint32_t>(out.lines.size()));
    return Done{};
  }
  if (list->kind != YamlKind::Sequence) return Error{fmt::format("'{}' is not a list", list_name(target))};
  for (std::size_t index = 0; index < list->items.size(); ++index) {
    const YamlNode* item = list->items[index];
    const std::uint32_t line = item->location.line;
    if (item->kind != YamlKind::Mapping || item->entries.empty()) {
      return Error{fmt::format("line {}: a record is not a mapping", line)};
    }
    if (out.lines[line - 1].size() >= item->location.column && out.lines[line - 1][item->location.column - 1] == '{') {
      return Error{fmt::format("line {}: a record is written in flow style ({{...}}); write it as a block to merge", line)};
    }
    const YamlNode* key = item->find(key_field(target));
    if (key == nullptr || key->kind != YamlKind::Scalar) {
      return Error{fmt::format("line {}: a record has no {}", line, key_field(target))};
    }
    RecordSpan record{std::string(key->scalar), item, line, 0, item->entries.front().first->location.column - 1, {}};
    const std::uint32_t next = index + 1 < list->items.size() ? list->items[index + 1]->location.line - 1 : bound;
    record.last = back_off(out.lines, line, next);
    for (std::size_t field = 0; field < item->entries.size(); ++field) {
      const auto& [name, value] = item->entries[field];
      const std::uint32_t first = name->location.line;
      if (field > 0 && first == item->entries[field - 1].first->location.line) {
        return Error{fmt::format("line {}: two fields share a line; give each field its own line to merge", first)};
      }
      const std::uint32_t field_bound = field + 1 < item->entries.size() ? item->entries[field + 1].first->location.line - 1 : record.last;
      record.fields.push_back({std::string(name->scalar), value, first, back_off(out.lines, first, field_bound), name->location.column - 1});
    }
    out.records.push_back(std::move(record));
  }
  out.list_end = out.records.empty() ? 0 : out.records.back().last;
  return Done{};
}

/// The value as JSON, the form in which two spellings of one value compare equal; "" when absent.
std::string canonical(const YamlNode* value) {
  if (value == nullptr || value->is_null()) return {};
  return yaml_to_json(*value).dump();
}

std::string shown(const std::string& form) {
  if (form.empty()) return "(none)";
  return form.size() > 60 ? form.substr(0, 57) + "..." : form;
}

/// The lines of a field or record of the imported file, moved to `indent` for its keys. The first
/// line starts at the key; the caller puts what comes before it.
std::vector<std::string> moved_lines(const std::vector<std::string>& lines, std::uint32_t first, std::uint32_t last,
                                     std::uint32_t key_column, std::uint32_t indent) {
  std::vector<std::string> out;
  const int delta = static_cast<int>(indent) - static_cast<int>(key_column);
  for (std::uint32_t line = first; line <= last; ++line) {
    out.push_back(line == first ? lines[line - 1].substr(key_column) : shifted(lines[line - 1], delta));
  }
  return out;
}

const FieldSpan* find_field(const RecordSpan& record, std::string_view name) {
  for (const FieldSpan& field : record.fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

/// Checks the merged text: it parses, and reads as the sheet says wherever the sheet speaks, and
/// as the file said everywhere else.
Status verify(const RegisterLayout& before, const RegisterLayout& sheet, std::string_view merged, ImportTarget target,
              std::span<const std::string> carried, bool drop_missing, const Limits& limits) {
  RegisterLayout after;
  if (Status read = read_layout(merged, target, limits, after); !read) return read;
  std::map<std::string, const RecordSpan*, std::less<>> merged_records, sheet_records;
  for (const RecordSpan& record : after.records) merged_records.emplace(record.key, &record);
  for (const RecordSpan& record : sheet.records) sheet_records.emplace(record.key, &record);
  for (const RecordSpan& old : before.records) {
    const auto found = merged_records.find(old.key);
    const bool in_sheet = sheet_records.contains(old.key);
    if (found == merged_records.end()) {
      if (in_sheet || !drop_missing) return Error{fmt::format("record {} would be lost", old.key)};
      continue;
    }
    for (const FieldSpan& field : old.fields) {
      if (in_sheet && std::find(carried.begin(), carried.end(), field.name) != carried.end()) continue;
      const FieldSpan* now = find_field(*found->second, field.name);
      if (now == nullptr || canonical(now->value) != canonical(field.value)) {
        return Error{fmt::format("{}: {} would change", old.key, field.name)};
      }
    }
  }
  for (const RecordSpan& wanted : sheet.records) {
    const auto found = merged_records.find(wanted.key);
    if (found == merged_records.end()) return Error{fmt::format("record {} would be missing", wanted.key)};
    for (const std::string& name : carried) {
      const FieldSpan* now = find_field(*found->second, name);
      const FieldSpan* given = find_field(wanted, name);
      if (canonical(now ? now->value : nullptr) != canonical(given ? given->value : nullptr)) {
        return Error{fmt::format("{}: {} would not read as the sheet says", wanted.key, name)};
      }
    }
  }
  const YamlNode* old_block = before.document.root->find("register");
  const YamlNode* new_block = after.document.root->find("register");
  if (canonical(old_block) != canonical(new_block)) return Error{"the register block would change"};
  return Done{};
}

}  // namespace

Result<MergeOutcome> merge_register(std::string_view existing, std::string_view imported, ImportTarget target,
                                    std::span<const std::string> carried, bool drop_missing, const Limits& limits) {
  MergeOutcome outcome;
  RegisterLayout before, sheet;
  if (Status read = read_layout(existing, target, limits, before); !read) {
    return Error{"the register file cannot be merged: " + read.error()};
  }
  if (Status read = read_layout(imported, target, limits, sheet); !read) {
    return Error{"the imported rows cannot be merged: " + read.error()};
  }
  std::map<std::string, const RecordSpan*, std::less<>> old_records, sheet_records;
  for (const RecordSpan& record : before.records) {
    if (!old_records.emplace(record.key, &record).second) {
      return Error{fmt::format("the register file lists {} twice; fix that first (ID001, ID002)", record.key)};
    }
  }
  for (const RecordSpan& record : sheet.records) sheet_records.emplace(record.key, &record);

  std::vector<LineEdit> edits;
  LineEdit appended{before.list_end + 1, before.list_end, {}};
  const std::uint32_t indent = before.records.empty() ? 4 : before.records.front().key_column;
  for (const RecordSpan& given : sheet.records) {
    const auto found = old_records.find(given.key);
    if (found == old_records.end()) {
      // A new record goes after the last one, in the file's own indentation.
      std::vector<std::string> lines = moved_lines(sheet.lines, given.first, given.last, given.key_column - 2, indent - 2);
      if (before.records.empty() && !before.list_absent) {
        return Error{"the register file has no records to merge into; import without --merge"};
      }
      lines.front() = std::string(indent - 2, ' ') + lines.front();
      appended.lines.insert(appended.lines.end(), lines.begin(), lines.end());
      outcome.changes.push_back(fmt::format("{}: added", given.key));
      ++outcome.added;
      continue;
    }
    const RecordSpan& record = *found->second;
    LineEdit new_fields{record.last + 1, record.last, {}};  // one edit, so they keep the sheet's order
    for (const std::string& name : carried) {
      if (name == key_field(target)) continue;
      const FieldSpan* old_field = find_field(record, name);
      const FieldSpan* new_field = find_field(given, name);
      const std::string old_form = canonical(old_field ? old_field->value : nullptr);
      const std::string new_form = canonical(new_field ? new_field->value : nullptr);
      if (old_form == new_form) continue;
      if (old_field != nullptr && old_field->first == record.first && new_field == nullptr) {
        return Error{fmt::format("{}: {} is the record's first line and would be removed; move it down first", record.key, name)};
      }
      std::vector<std::string> lines;
      if (new_field != nullptr) lines = moved_lines(sheet.lines, new_field->first, new_field->last, new_field->key_column, record.key_column);
      if (old_field != nullptr) {
        if (!lines.empty()) lines.front() = before.lines[old_field->first - 1].substr(0, old_field->key_column) + lines.front();
        edits.push_back({old_field->first, old_field->last, std::move(lines)});
      } else {
        lines.front() = std::string(record.key_column, ' ') + lines.front();
        new_fields.lines.insert(new_fields.lines.end(), lines.begin(), lines.end());
      }
      outcome.changes.push_back(fmt::format("{}: {}: {} -> {}", record.key, name, shown(old_form), shown(new_form)));
      ++outcome.changed_fields;
    }
    if (!new_fields.lines.empty()) edits.push_back(std::move(new_fields));
  }
  for (const RecordSpan& record : before.records) {
    if (sheet_records.contains(record.key)) continue;
    outcome.missing.push_back(record.key);
    if (!drop_missing) continue;
    edits.push_back({record.first, record.last, {}});
    outcome.changes.push_back(fmt::format("{}: removed (not in the sheet)", record.key));
    ++outcome.removed;
  }

  // Bottom up, so that the line numbers of the edits still to make stay true. At one line, a
  // replacement or removal goes first and insertions after it, each landing before the one
  // made before it: the last record's new fields before the appended records.
  if (!appended.lines.empty() && before.list_absent) {
    appended.lines.insert(appended.lines.begin(), fmt::format("{}:", list_name(target)));
  }
  if (!appended.lines.empty()) edits.insert(edits.begin(), std::move(appended));
  std::stable_sort(edits.begin(), edits.end(), [](const LineEdit& a, const LineEdit& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.last >= a.first && b.last < b.first;
  });
  std::vector<std::string> lines = before.lines;
  for (LineEdit& edit : edits) {
    const auto begin = lines.begin() + static_cast<std::ptrdiff_t>(edit.first - 1);
    lines.erase(begin, begin + static_cast<std::ptrdiff_t>(edit.last + 1 - edit.first));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(edit.first - 1), edit.lines.begin(), edit.lines.end());
  }
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  if (!existing.empty() && existing.back() != '\n' && edits.empty()) text.pop_back();
  if (edits.empty()) text = std::string(existing);
  if (Status verified = verify(before, sheet, text, target, carried, drop_missing, limits); !verified) {
    return Error{"the merge could not be checked, so nothing is written: " + verified.error()};
  }
  outcome.text = std::move(text);
  return outcome;
}

}  // namespace isms
