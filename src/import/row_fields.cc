#include "import/row_fields.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/catalogue.h"

namespace isms {

std::string join_and(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    text += i == 0 ? "" : i + 1 == items.size() ? " and " : ", ";
    text += items[i];
  }
  return text;
}

std::string quote_for_message(std::string_view text) {
  std::string shown;
  for (char c : text) shown.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
  if (shown.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    shown = shown.substr(0, cut) + "...";
  }
  return "'" + shown + "'";
}

RowFields::RowFields(const SheetRow& row, const ColumnMapping& mapping, bool date1904, RowReport& report)
    : row_(row), mapping_(mapping), date1904_(date1904), report_(report) {
  for (const ColumnChoice& choice : mapping_.columns) {
    if (choice.field.empty()) continue;
    const Cell* cell = row_.find(choice.column);
    if (cell != nullptr && cell->type == CellType::Error) {
      report_.error(fmt::format("{} holds the spreadsheet error {} (column {})", choice.field, cell->text,
                                column_letters(choice.column)));
    }
  }
}

const Cell* RowFields::cell(std::string_view field) const {
  for (const ColumnChoice& choice : mapping_.columns) {
    if (choice.field != field) continue;
    const Cell* found = row_.find(choice.column);
    if (found == nullptr || found->type == CellType::Empty || found->type == CellType::Error) return nullptr;
    if (found->type != CellType::Boolean && trim(found->text).empty()) return nullptr;
    return found;
  }
  return nullptr;
}

bool RowFields::unreadable(std::string_view field) const {
  for (const ColumnChoice& choice : mapping_.columns) {
    if (choice.field != field) continue;
    const Cell* found = row_.find(choice.column);
    if (found != nullptr && found->type == CellType::Error) return true;
  }
  return false;
}

std::string RowFields::text(std::string_view field) const {
  const Cell* found = cell(field);
  if (found == nullptr) return {};
  std::string value;
  const std::string_view raw = found->text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      value.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      value.push_back(raw[i]);
    }
  }
  return trim(value);
}

std::string RowFields::required_text(std::string_view field) const {
  std::string value = text(field);
  if (value.empty() && !unreadable(field)) report_.error(fmt::format("{} is empty", field));
  return value;
}

std::optional<bool> RowFields::yes_no(std::string_view field, bool required) const {
  const Cell* found = cell(field);
  if (found == nullptr) {
    if (required && !unreadable(field)) report_.error(fmt::format("{} is empty; write yes or no", field));
    return std::nullopt;
  }
  std::optional<bool> value = parse_yes_no(*found);
  if (!value) report_.error(fmt::format("{} {} is not yes/no", field, quote_for_message(trim(found->text))));
  return value;
}

std::vector<std::string> RowFields::id_list(std::string_view field) const {
  std::vector<std::string> ids;
  for (const std::string& word : split_list(without_remarks(text(field)), true)) {
    if (!is_record_id(word)) {
      report_.error(fmt::format("{}: {} is not an id (a letter, then letters, digits, '_', '.' or '-')", field,
                                quote_for_message(word)));
    } else if (std::find(ids.begin(), ids.end(), word) == ids.end()) {
      ids.push_back(word);
    }
  }
  return ids;
}

std::string RowFields::id(std::string_view field, bool required) const {
  const std::string value = required ? required_text(field) : text(field);
  if (value.empty()) return value;
  if (!is_record_id(value)) {
    report_.error(fmt::format("{} {} is not an id (a letter, then letters, digits, '_', '.' or '-')", field,
                              quote_for_message(value)));
    return {};
  }
  return value;
}

std::string RowFields::date(std::string_view field) const {
  const Cell* found = cell(field);
  if (found == nullptr) return {};
  std::optional<std::string> value = parse_date_cell(*found, date1904_);
  if (!value) {
    report_.error(fmt::format("{} {} is not a date; write YYYY-MM-DD", field, quote_for_message(trim(found->text))));
    return {};
  }
  return *value;
}

std::vector<std::string> RowFields::control_list(std::string_view field) const {
  // Split at separators and blanks, but keep "A 5.1" together.
  std::vector<std::string> words;
  for (const std::string& word : split_list(text(field), true)) {
    if (!words.empty() && (words.back() == "A" || words.back() == "a")) {
      words.back() += " " + word;
    } else {
      words.push_back(word);
    }
  }
  std::vector<std::string> controls;
  const auto add = [&](const std::string& id) {
    if (std::find(controls.begin(), controls.end(), id) == controls.end()) controls.push_back(id);
  };
  for (const std::string& word : words) {
    const ControlRef ref = parse_control_id(word);
    if (ref.edition == ControlEdition::Edition2022) {
      add(ref.id);
    } else if (ref.edition == ControlEdition::Edition2013) {
      std::vector<std::string> replacements;
      for (std::string_view id : controls_replacing_2013(ref.id)) replacements.emplace_back(id);
      for (const std::string& id : replacements) add(id);
      report_.warning(fmt::format("{}: {} is an ISO/IEC 27001:2013 control; written as {} (ISO/IEC 27002:2022 Annex B)",
                                  field, ref.id, join_and(replacements)));
    } else {
      report_.error(fmt::format("{}: {} is not an Annex A control id", field, quote_for_message(word)));
    }
  }
  return controls;
}

}  // namespace isms
