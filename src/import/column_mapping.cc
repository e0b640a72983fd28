// Which spreadsheet column fills which register field: --map first, then header synonyms. The
// fields, their synonyms and which are required come from the record declarations (model/records/).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "import/import_records.h"
#include "import/values.h"
#include "import/import.h"
#include "util/suggest.h"

namespace isms {
namespace {

/// The columns a target's record declaration lists, in its import order.
std::span<const ImportField> field_specs(ImportTarget target) { return import_record_shape(target).fields; }

bool has_synonym(const ImportField& spec, std::string_view key) {
  std::string_view rest = spec.synonyms;
  while (!rest.empty()) {
    const std::size_t bar = rest.find('|');
    if (rest.substr(0, bar) == key) return true;
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return false;
}

std::string describe(const ColumnChoice& choice) {
  return fmt::format("column {} \"{}\"", column_letters(choice.column), choice.header);
}

/// The 0-based column that spreadsheet letters ("A", "AB", at most three) name, if they are that.
std::optional<std::size_t> column_from_letters(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  std::size_t value = 0;
  for (char c : letters) {
    if (c < 'A' || c > 'Z') return std::nullopt;
    value = value * 26 + static_cast<std::size_t>(c - 'A' + 1);
  }
  return value - 1;
}

/// The header column an explicit --map COLUMN names: the exact header, then the header compared
/// ignoring case and punctuation, then a column letter. A lettered column left of the header's
/// last cell may have no header cell, as rows are stored sparse: its choice is made here.
ColumnChoice* find_column(std::vector<ColumnChoice>& columns, const std::string& wanted, std::size_t header_width) {
  for (ColumnChoice& choice : columns) {
    if (choice.header == wanted) return &choice;
  }
  const std::string key = normalise_key(wanted);
  for (ColumnChoice& choice : columns) {
    if (!key.empty() && normalise_key(choice.header) == key) return &choice;
  }
  const std::optional<std::size_t> column = column_from_letters(wanted);
  if (!column || *column >= header_width) return nullptr;
  const auto place = std::lower_bound(columns.begin(), columns.end(), *column,
                                      [](const ColumnChoice& choice, std::size_t at) { return choice.column < at; });
  if (place != columns.end() && place->column == *column) return &*place;
  return &*columns.insert(place, ColumnChoice{*column, {}, {}, false});
}

/// A header as its field names are written: without a remark in brackets ("Applicable?
/// (Yes/No/Partially)" is "applicable"), unless the remark is all there is.
std::string header_key(std::string_view header) {
  const std::string bare = normalise_key(without_remarks(header));
  return bare.empty() ? normalise_key(header) : bare;
}

/// How many fields the cells of a row name, by synonym or as a --map column: a header row names
/// several, a title row or a data row hardly any.
std::size_t fields_named(ImportTarget target, const SheetRow& row, std::span<const std::string> maps) {
  std::vector<std::string> mapped_columns;
  for (const std::string& map : maps) {
    if (const std::size_t equals = map.rfind('='); equals != std::string::npos) mapped_columns.push_back(normalise_key(map.substr(0, equals)));
  }
  std::size_t named = 0;
  for (const ImportField& spec : field_specs(target)) {
    for (const Cell& cell : row.cells) {
      const std::string key = header_key(cell.text);
      if (has_synonym(spec, key)) {
        ++named;
        break;
      }
    }
  }
  for (const Cell& cell : row.cells) {
    const std::string key = normalise_key(cell.text);
    if (!key.empty() && std::find(mapped_columns.begin(), mapped_columns.end(), key) != mapped_columns.end()) ++named;
  }
  return named;
}

}  // namespace

Status select_header_row(ImportTarget target, std::uint32_t requested, std::span<const std::string> maps, Table& table) {
  std::size_t header = 0;
  if (requested != 0) {
    const auto found = std::find_if(table.rows.begin(), table.rows.end(), [requested](const SheetRow& row) { return row.number >= requested; });
    if (found == table.rows.end() || found->number != requested) {
      return Error{fmt::format("--header-row {}: row {} is empty or beyond the last row of the sheet", requested, requested)};
    }
    header = static_cast<std::size_t>(found - table.rows.begin());
  } else {
    // Titles and notes above a header are a few rows at most; a data row never names fields.
    constexpr std::size_t kRowsSearched = 30;
    std::size_t best = 0;
    for (std::size_t index = 0; index < std::min(kRowsSearched, table.rows.size()); ++index) {
      const std::size_t named = fields_named(target, table.rows[index], maps);
      if (named > best) {
        best = named;
        header = index;
      }
    }
    if (best < 2) header = 0;
  }
  table.rows.erase(table.rows.begin(), table.rows.begin() + static_cast<std::ptrdiff_t>(header));
  return Done{};
}

Status map_columns(ImportTarget target, const Table& table, std::span<const std::string> maps, ColumnMapping& out) {
  out = ColumnMapping{};
  if (table.rows.empty()) return Error{"the sheet is empty: there is no header row"};
  const SheetRow& header = table.rows.front();
  out.header_row = header.number;
  // One choice per header cell, not per column: a header cell far to the right costs one.
  for (const Cell& cell : header.cells) out.columns.push_back(ColumnChoice{cell.column, trim(cell.text), {}, false});
  const std::span<const ImportField> specs = field_specs(target);
  std::vector<std::string> field_names;
  for (const ImportField& spec : specs) field_names.emplace_back(spec.name);
  std::string headers;
  for (const ColumnChoice& choice : out.columns) {
    if (!choice.header.empty()) headers += (headers.empty() ? "\"" : ", \"") + choice.header + "\"";
  }

  for (const std::string& map : maps) {
    const std::size_t equals = map.rfind('=');
    if (equals == std::string::npos || equals == 0) {
      return Error{fmt::format("--map '{}' is not COLUMN=FIELD (for example --map \"Control ID=control\")", map)};
    }
    const std::string column_name = trim(map.substr(0, equals));
    const std::string field_name = trim(map.substr(equals + 1));
    ColumnChoice* choice = find_column(out.columns, column_name, header.width());
    if (choice == nullptr) {
      return Error{fmt::format("--map '{}': the header row (row {}) has no column \"{}\"; its columns are {}", map,
                               out.header_row, column_name, headers)};
    }
    std::string field;
    if (field_name != "-" && field_name != "ignore") {
      for (const ImportField& spec : specs) {
        if (normalise_key(spec.name) == normalise_key(field_name)) field = spec.name;
      }
      if (field.empty()) {
        std::string list;
        for (const std::string& name : field_names) list += (list.empty() ? "" : ", ") + name;
        return Error{fmt::format(
            "--map '{}': '{}' is not a field of the {} register{}; its fields are {} (or - to ignore the column)", map,
            field_name, import_target_name(target), did_you_mean(field_name, field_names), list)};
      }
    }
    choice->field = field;
    choice->explicit_map = true;
  }

  // Detected columns fill the fields that no --map filled.
  for (ColumnChoice& choice : out.columns) {
    if (choice.explicit_map || choice.header.empty()) continue;
    const std::string key = header_key(choice.header);
    for (const ImportField& spec : specs) {
      if (has_synonym(spec, key)) {
        choice.field = spec.name;
        break;
      }
    }
    if (choice.field.empty()) continue;
    for (const ColumnChoice& other : out.columns) {
      if (other.explicit_map && other.field == choice.field) choice.field.clear();
    }
  }

  for (std::size_t i = 0; i < out.columns.size(); ++i) {
    for (std::size_t j = i + 1; j < out.columns.size(); ++j) {
      const ColumnChoice& first = out.columns[i];
      const ColumnChoice& second = out.columns[j];
      if (!first.field.empty() && first.field == second.field) {
        return Error{fmt::format("{} and {} both fill {}; keep one, for example with --map \"{}=-\"", describe(first),
                                 describe(second), first.field, second.header)};
      }
    }
  }
  for (const ImportField& spec : specs) {
    if (!spec.required) continue;
    bool mapped = false;
    for (const ColumnChoice& choice : out.columns) mapped = mapped || choice.field == spec.name;
    if (!mapped) {
      return Error{fmt::format(
          "no column holds the required field {}; name it with --map \"COLUMN={}\" (the header row, row {}, has {})",
          spec.name, spec.name, out.header_row, headers.empty() ? "no names" : headers)};
    }
  }
  return Done{};
}

}  // namespace isms
