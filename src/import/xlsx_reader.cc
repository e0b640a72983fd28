#include "import/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "import/memory_budget.h"
#include "import/table_builder.h"
#include "import/xml_events.h"
#include "import/zip_archive.h"

namespace isms {
namespace {

/// A stored number as a spreadsheet shows it: writers store binary doubles, so 8.2 may be stored
/// as 8.199999999999999; 15 significant digits, what Excel displays, give back 8.2.
std::string shortest_number(const std::string& stored) {
  double value = 0;
  const auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc() || end != stored.data() + stored.size()) return stored;
  return fmt::format("{:.15g}", value);
}

/// One `<sheet>` of workbook.xml.
struct SheetEntry {
  std::string name;
  std::string relationship;  ///< r:id
};

/// workbook.xml: the sheets in order and the date system.
class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;
  bool date1904 = false;

  void start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "sheet") {
      sheets.push_back(SheetEntry{std::string(attributes.get("name")), std::string(attributes.get("id"))});
    } else if (name == "workbookPr") {
      const std::string_view value = attributes.get("date1904");
      date1904 = value == "1" || value == "true";
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

/// A .rels part: relationship id to target, and the target of the first relationship of a type.
class RelationshipsHandler : public XmlHandler {
 public:
  std::map<std::string, std::string, std::less<>> targets;
  std::map<std::string, std::string, std::less<>> by_type;  ///< last path segment of Type -> Target

  void start(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship") return;
    targets.emplace(std::string(attributes.get("Id")), std::string(attributes.get("Target")));
    const std::string_view type = attributes.get("Type");
    by_type.emplace(std::string(type.substr(type.rfind('/') + 1)), std::string(attributes.get("Target")));
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

/// sharedStrings.xml: each `<si>` is the text of its `<t>` elements, rich-text runs included and
/// phonetic guides (`<rPh>`) left out. Each is kept once in the table's arena; cells view it.
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(const TableLimits& limits, MemoryBudget& budget, TableBuilder& builder)
      : limits_(limits), budget_(budget), builder_(builder) {}
  std::vector<std::string_view> strings;

  void start(std::string_view name, const XmlAttributes&) override {
    if (name == "si") {
      if (in_item_) finish_item();
      if (strings.size() >= limits_.max_shared_strings) {
        stop(fmt::format("more than {} shared strings", limits_.max_shared_strings));
        return;
      }
      strings.emplace_back();
      if (Status held = budget_.charge(sizeof(std::string_view)); !held) stop(held.error());
      item_.clear();
      in_item_ = true;
    } else if (name == "rPh") {
      in_phonetic_ = true;
    } else if (name == "t" && in_item_ && !in_phonetic_) {
      in_text_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si" && in_item_) finish_item();
    if (name == "rPh") in_phonetic_ = false;
    if (name == "t") in_text_ = false;
  }
  void text(std::string_view data) override {
    if (in_text_ && in_item_) item_.append(data);
  }

 private:
  void finish_item() {
    in_item_ = false;
    Result<std::string_view> kept = builder_.keep(item_);
    if (kept) {
      strings.back() = *kept;
    } else {
      stop(kept.error());
    }
  }

  const TableLimits& limits_;
  MemoryBudget& budget_;
  TableBuilder& builder_;
  std::string item_;  ///< the text of the `<si>` being read
  bool in_item_ = false, in_phonetic_ = false, in_text_ = false;
};

/// A worksheet part: the `<c>` cells of `<sheetData>`.
class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const std::vector<std::string_view>& shared, const TableLimits& limits, TableBuilder& builder)
      : shared_(shared), limits_(limits), builder_(builder) {}

  void start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "row") {
      start_row(attributes.get("r"));
    } else if (name == "c" && in_row_) {
      start_cell(attributes.get("r"), attributes.get("t"));
    } else if (in_cell_ && (name == "v" || (name == "t" && in_inline_ && !in_phonetic_))) {
      collecting_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
    } else if (in_cell_ && name == "rPh") {
      in_phonetic_ = true;
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") collecting_ = false;
    if (name == "is") in_inline_ = false;
    if (name == "rPh") in_phonetic_ = false;
    if (name == "c" && in_cell_) finish_cell();
    if (name == "row" && in_row_) finish_row();
  }

  void text(std::string_view data) override {
    if (!collecting_) return;
    if (value_.size() + data.size() > 32767 * 4) {  // Excel caps a cell at 32,767 characters
      stop(fmt::format("cell {}{} holds more text than a spreadsheet cell can", column_letters(column_), row_number_));
      return;
    }
    value_.append(data);
  }

 private:
  void start_row(std::string_view reference) {
    std::uint32_t number = last_row_ + 1;
    if (!reference.empty()) {
      const auto [end, error] = std::from_chars(reference.data(), reference.data() + reference.size(), number);
      if (error != std::errc() || end != reference.data() + reference.size() || number == 0) {
        stop(fmt::format("a row has the malformed number '{}'", reference));
        return;
      }
    }
    if (number > limits_.max_row_number) {
      stop(fmt::format("row {} is beyond the last row a spreadsheet has ({})", number, limits_.max_row_number));
      return;
    }
    builder_.start_row(number);
    row_number_ = number;
    last_row_ = number;
    next_column_ = 0;
    in_row_ = true;
  }

  void start_cell(std::string_view reference, std::string_view type) {
    column_ = next_column_;
    if (!reference.empty()) {
      std::uint32_t row = 0;
      if (!parse_cell_reference(reference, column_, row)) {
        stop(fmt::format("a cell has the malformed reference '{}'", reference));
        return;
      }
    }
    if (column_ >= limits_.max_columns) {
      stop(fmt::format("row {} has a cell beyond column {}, the limit for an import (raise it with --max-columns)",
                       row_number_, column_letters(limits_.max_columns - 1)));
      return;
    }
    next_column_ = column_ + 1;
    type_ = std::string(type);
    value_.clear();
    in_cell_ = true;
  }

  void finish_cell() {
    in_cell_ = in_inline_ = in_phonetic_ = collecting_ = false;
    Status added = Done{};
    if (type_ == "s") {
      std::size_t index = 0;
      const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (value_.empty() || error != std::errc() || end != value_.data() + value_.size() || index >= shared_.size()) {
        stop(fmt::format("cell {}{} refers to shared string '{}', which does not exist", column_letters(column_),
                         row_number_, value_));
        return;
      }
      // A view of the one copy: a string shown by a million cells is stored once.
      added = builder_.add_viewing_cell(column_, shared_[index], CellType::Text);
    } else if (type_ == "b") {
      added = builder_.add_viewing_cell(column_, value_ == "1" ? "true" : "false", CellType::Boolean);
    } else if (type_ == "e") {
      added = builder_.add_cell(column_, value_, CellType::Error);
    } else if (type_ == "str" || type_ == "inlineStr" || type_ == "d") {
      added = builder_.add_cell(column_, value_, CellType::Text);
    } else if (!value_.empty()) {
      added = builder_.add_cell(column_, shortest_number(value_), CellType::Number);
    }
    if (!added) stop(added.error());
  }

  void finish_row() {
    in_row_ = false;
    if (Status finished = builder_.finish_row(); !finished) stop(finished.error());
  }

  const std::vector<std::string_view>& shared_;
  const TableLimits& limits_;
  TableBuilder& builder_;
  std::uint32_t row_number_ = 0, last_row_ = 0;
  std::size_t column_ = 0, next_column_ = 0;
  std::string type_, value_;
  bool in_row_ = false, in_cell_ = false, in_inline_ = false, in_phonetic_ = false, collecting_ = false;
};

/// The folder part of a part name: "xl/workbook.xml" -> "xl/".
std::string folder_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

/// Resolves a relationship target against the folder of the part that holds it.
std::string resolve_target(const std::string& folder, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : folder + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

/// Reads and parses one part with `handler`; the uncompressed part is charged to `budget` while
/// it is held.
Status parse_part(ZipArchive& archive, const std::string& part, MemoryBudget& budget, XmlHandler& handler) {
  Result<std::string> xml = archive.read(part, budget);
  if (!xml) return Error{xml.error()};
  Status parsed = parse_xml(*xml, part, handler);
  budget.release(xml->capacity());
  return parsed;
}

/// The workbook part named by the package relationships, and the workbook's sheets.
Status read_workbook(ZipArchive& archive, MemoryBudget& budget, std::string& workbook_part, WorkbookHandler& workbook) {
  workbook_part = "xl/workbook.xml";
  if (archive.contains("_rels/.rels")) {
    RelationshipsHandler package;
    if (Status parsed = parse_part(archive, "_rels/.rels", budget, package); !parsed) return parsed;
    const auto document = package.by_type.find("officeDocument");
    if (document != package.by_type.end()) workbook_part = resolve_target("", document->second);
  }
  if (!archive.contains(workbook_part)) return Error{"not an xlsx workbook: it has no workbook part (xl/workbook.xml)"};
  return parse_part(archive, workbook_part, budget, workbook);
}

std::string list_names(const std::vector<SheetEntry>& sheets) {
  std::string names;
  for (const SheetEntry& entry : sheets) names += (names.empty() ? "'" : ", '") + entry.name + "'";
  return names;
}

}  // namespace

bool parse_cell_reference(std::string_view reference, std::size_t& column, std::uint32_t& row) {
  std::size_t at = 0;
  std::size_t letters_value = 0;
  while (at < reference.size() && at < 3 && reference[at] >= 'A' && reference[at] <= 'Z') {
    letters_value = letters_value * 26 + static_cast<std::size_t>(reference[at] - 'A' + 1);
    ++at;
  }
  if (at == 0) return false;
  const std::string_view digits = reference.substr(at);
  if (digits.empty() || digits.size() > 7) return false;
  std::uint32_t number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size() || number == 0) return false;
  column = letters_value - 1;
  row = number;
  return true;
}

Status read_xlsx(std::string_view bytes, std::string_view sheet, const TableLimits& limits, Table& out) {
  out = Table{};
  ZipArchive archive;
  if (Status opened = archive.open(bytes, limits); !opened) return opened;
  MemoryBudget budget(limits.max_memory_bytes);
  if (Status held = budget.charge(bytes.size()); !held) return held;  // held while read
  std::string workbook_part;
  WorkbookHandler workbook;
  if (Status listed = read_workbook(archive, budget, workbook_part, workbook); !listed) return listed;
  if (workbook.sheets.empty()) return Error{"the workbook has no sheets"};

  const SheetEntry* chosen = sheet.empty() ? &workbook.sheets.front() : nullptr;
  for (const SheetEntry& entry : workbook.sheets) {
    if (chosen == nullptr && entry.name == sheet) chosen = &entry;
  }
  if (chosen == nullptr) {
    for (const SheetEntry& entry : workbook.sheets) {  // Excel itself compares sheet names ignoring case
      const bool same = entry.name.size() == sheet.size() &&
                        std::equal(entry.name.begin(), entry.name.end(), sheet.begin(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                        });
      if (chosen == nullptr && same) chosen = &entry;
    }
  }
  if (chosen == nullptr) {
    return Error{fmt::format("the workbook has no sheet '{}'; its sheets are {}", sheet, list_names(workbook.sheets))};
  }

  const std::string folder = folder_of(workbook_part);
  const std::string rels_part = folder + "_rels/" + workbook_part.substr(folder.size()) + ".rels";
  RelationshipsHandler relationships;
  if (archive.contains(rels_part)) {
    if (Status parsed = parse_part(archive, rels_part, budget, relationships); !parsed) return parsed;
  }
  const auto target = relationships.targets.find(chosen->relationship);
  const std::string sheet_part =
      target != relationships.targets.end() ? resolve_target(folder, target->second) : folder + "worksheets/sheet1.xml";
  if (!archive.contains(sheet_part)) {
    return Error{fmt::format("the workbook has no part {} for sheet '{}'", sheet_part, chosen->name)};
  }

  TableBuilder builder(limits, budget, out, " \t\r\n");
  SharedStringsHandler shared(limits, budget, builder);
  const auto shared_target = relationships.by_type.find("sharedStrings");
  const std::string shared_part =
      shared_target != relationships.by_type.end() ? resolve_target(folder, shared_target->second) : folder + "sharedStrings.xml";
  if (archive.contains(shared_part)) {
    if (Status parsed = parse_part(archive, shared_part, budget, shared); !parsed) {
      out = Table{};
      return parsed;
    }
  }

  SheetHandler cells(shared.strings, limits, builder);
  if (Status parsed = parse_part(archive, sheet_part, budget, cells); !parsed) {
    out = Table{};
    return Error{fmt::format("sheet '{}': {}", chosen->name, parsed.error())};
  }
  builder.sort_rows();
  out.date1904 = workbook.date1904;
  return Done{};
}

}  // namespace isms
