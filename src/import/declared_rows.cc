// One spreadsheet row into the fields of one record, driven by the record's declaration
// (model/records/): each column is read as its field's type and the column's reading say, so a
// field added to a declaration with an import column is imported without code here.
#include "import/declared_rows.h"

#include <algorithm>

#include <fmt/format.h>

namespace isms {
namespace {

/// "a" or "an" before a noun, for messages.
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

/// The part of a declared key after its object: "likelihood" of "residual.likelihood".
std::string_view member_of(std::string_view key) {
  const std::size_t dot = key.find('.');
  return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

/// The object a nested key sits in: "residual" of "residual.likelihood"; "" for a top-level key.
std::string_view object_of(std::string_view key) {
  const std::size_t dot = key.find('.');
  return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
}

class RowConverter {
 public:
  RowConverter(const ImportRecordShape& shape, const RowFields& fields, const ImportSettings& settings)
      : shape_(shape), fields_(fields), settings_(settings), report_(fields.report()) {}

  YamlFields convert() {
    const std::span<const ImportField> columns = shape_.fields;
    for (std::size_t index = 0; index < columns.size(); ++index) {
      const ImportField& column = columns[index];
      if (written_before(index)) continue;
      if (column.kind == FieldType::Approval) {
        write_approval(column.key);
      } else if (!object_of(column.key).empty()) {
        write_object(object_of(column.key));
      } else {
        write_field(column);
      }
    }
    return std::move(out_);
  }

 private:
  /// True when the column belongs to an object or an approval an earlier column wrote.
  bool written_before(std::size_t index) const {
    const ImportField& column = shape_.fields[index];
    const std::string_view group = column.kind == FieldType::Approval ? column.key : object_of(column.key);
    if (group.empty()) return false;
    for (std::size_t earlier = 0; earlier < index; ++earlier) {
      const ImportField& other = shape_.fields[earlier];
      if ((other.kind == FieldType::Approval ? other.key : object_of(other.key)) == group) return true;
    }
    return false;
  }

  void write_field(const ImportField& column) {
    const std::string key(column.key);
    switch (column.kind) {
      case FieldType::Bool: {
        const std::optional<bool> value = fields_.yes_no(column.name, column.required);
        if (column.required || value) out_.push_back(bool_field(key, value.value_or(false)));
        return;
      }
      case FieldType::Integer: {
        const std::optional<std::int64_t> value = score(column, column.required);
        if (column.required || value) out_.push_back(integer_field(key, value.value_or(0)));
        return;
      }
      case FieldType::IdList:
      case FieldType::EnumList: {
        const std::vector<std::string> ids = id_list(column);
        if (column.required && ids.empty() && fields_.text(column.name).empty() && !fields_.unreadable(column.name)) {
          report_.error(fmt::format("{} is empty; name at least one {} id", column.name,
                                    column.names.empty() ? std::string_view("record") : column.names));
        }
        if (column.required || !ids.empty()) out_.push_back(list_field(key, ids));
        return;
      }
      case FieldType::TextList: {
        std::vector<std::string> items = split_list(fields_.text(column.name), false);
        if (column.required && items.empty()) report_.error(fmt::format("{} is empty", column.name));
        if (column.required || !items.empty()) out_.push_back(list_field(key, std::move(items)));
        return;
      }
      case FieldType::Date: {
        const std::string date = fields_.date(column.name);
        if (column.required && date.empty() && !fields_.unreadable(column.name) && fields_.text(column.name).empty()) {
          report_.error(fmt::format("{} is empty", column.name));
        }
        if (column.required || !date.empty()) out_.push_back(date_field(key, date));
        return;
      }
      default: {
        const std::string value = text(column, column.required);
        if (column.required || !value.empty()) out_.push_back(text_field(key, value));
        return;
      }
    }
  }

  /// A nested object's columns as one flow mapping; its fields are all given or none.
  void write_object(std::string_view object) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::vector<std::string> members, required_missing;
    bool pairs = false;  ///< the object's fields are required together
    for (const ImportField& column : shape_.fields) {
      if (object_of(column.key) != object) continue;
      members.emplace_back(column.name);
      std::optional<std::string> value = flow_value(column);
      if (!value && column.required_in_object) required_missing.emplace_back(column.name);
      if (value) entries.emplace_back(std::string(member_of(column.key)), std::move(*value));
      pairs = pairs || column.kind == FieldType::Integer;
    }
    if (entries.empty()) return;
    // The object is written once any of its columns is filled; then its own required fields must be.
    if (!required_missing.empty()) {
      if (!report_.failed()) {
        report_.error(fmt::format("{} {} is filled in part; it needs {} too", shape_.noun, object, join_and(required_missing)));
      }
      return;
    }
    if (pairs && entries.size() != members.size()) {
      if (!report_.failed()) {
        report_.error(fmt::format("{} {} needs {}, or {}", object, shape_.noun,
                                  members.size() == 2 ? "both " + join_and(members) : join_and(members),
                                  members.size() == 2 ? "neither" : "none"));
      }
      return;
    }
    out_.push_back(flow_field(std::string(object), std::move(entries)));
  }

  /// An approval ({by, role, date}) from its three columns, named KEY_by, KEY_role, KEY_date.
  void write_approval(std::string_view key) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::vector<std::string> members;
    for (const ImportField& column : shape_.fields) {
      if (column.key != key) continue;
      members.emplace_back(column.name);
      const std::string_view part = column.name.substr(std::min(column.name.size(), key.size() + 1));
      const std::string value = part == "date" ? fields_.date(column.name) : fields_.text(column.name);
      if (!value.empty()) entries.emplace_back(std::string(part), part == "date" ? value : yaml_scalar(value));
    }
    if (entries.empty()) return;
    if (entries.size() != members.size()) {
      if (!report_.failed()) {
        report_.error(fmt::format("{} {} needs {} together", shape_.noun, key, join_and(members)));
      }
      return;
    }
    out_.push_back(flow_field(std::string(key), std::move(entries)));
  }

  /// A nested field's value as written inside a flow mapping; nullopt when empty.
  std::optional<std::string> flow_value(const ImportField& column) {
    switch (column.kind) {
      case FieldType::Integer: {
        const std::optional<std::int64_t> value = score(column, false);
        return value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt;
      }
      case FieldType::Bool: {
        const std::optional<bool> value = fields_.yes_no(column.name, false);
        return value ? std::optional<std::string>(*value ? "true" : "false") : std::nullopt;
      }
      case FieldType::IdList:
      case FieldType::EnumList: {
        const std::vector<std::string> ids = id_list(column);
        return ids.empty() ? std::nullopt : std::optional<std::string>("[" + comma_list(ids) + "]");
      }
      case FieldType::Date: {
        const std::string date = fields_.date(column.name);
        return date.empty() ? std::nullopt : std::optional<std::string>(date);
      }
      default: {
        const std::string value = text(column, false);
        return value.empty() ? std::nullopt : std::optional<std::string>(yaml_scalar(value));
      }
    }
  }

  /// Record ids, control ids, or declared values, repeats dropped.
  std::vector<std::string> id_list(const ImportField& column) {
    if (column.kind == FieldType::EnumList) {
      std::vector<std::string> values;
      for (const std::string& word : split_list(fields_.text(column.name), false)) {
        std::string value = enum_value(column, word);
        if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
      }
      return values;
    }
    return column.reading == ImportReading::ControlIds ? fields_.control_list(column.name) : fields_.id_list(column.name);
  }

  /// Text, id, enum and classification fields.
  std::string text(const ImportField& column, bool required) {
    if (column.kind == FieldType::Id) return fields_.id(column.name, required);
    const std::string written = required ? fields_.required_text(column.name) : fields_.text(column.name);
    if (written.empty()) return written;
    if (column.kind == FieldType::Enum) return enum_value(column, written);
    if (column.reading == ImportReading::ClassificationLevel) return classification_level(written);
    return written;
  }

  /// A declared value for the written word, or "" with an error.
  std::string enum_value(const ImportField& column, const std::string& written) {
    const std::string key = normalise_key(written);
    for (std::string_view value : column.values) {
      if (normalise_key(value) == key) return std::string(value);
    }
    // A word counts only for a value of this column, so that one list of words can serve the
    // several closed lists of a record.
    for (const ValueWord& word : column.words) {
      if (word.word == key && std::find(column.values.begin(), column.values.end(), word.value) != column.values.end()) {
        return std::string(word.value);
      }
    }
    // A long list reads better after a name for it than as one run-on alternative.
    report_.error(column.values.size() > 8 ? fmt::format("{} {} is not {} ({})", column.name, quote_for_message(written),
                                                  with_article(fmt::format("{} {}", shape_.noun, column.name)),
                                                  values_listed(column.values))
                                    : fmt::format("{} {} is not {}", column.name, quote_for_message(written),
                                                  values_or(column.values)));
    return {};
  }

  /// The manifest's spelling of a classification level; another word is kept and warned of.
  std::string classification_level(const std::string& written) {
    for (const std::string& level : settings_.classification_levels) {
      if (normalise_key(level) == normalise_key(written)) return level;  // "Restricted" becomes "restricted"
    }
    report_.warning(fmt::format("classification {} is not one of the manifest's levels ({}); isms check reports it",
                                quote_for_message(written), comma_list(settings_.classification_levels)));
    return written;
  }

  /// A score on a risk scale: a number ("3", "3 - Possible") or one of the scale's labels.
  std::optional<std::int64_t> score(const ImportField& column, bool required) {
    const std::string written = fields_.text(column.name);
    if (written.empty()) {
      if (required && !fields_.unreadable(column.name)) report_.error(fmt::format("{} is empty", column.name));
      return std::nullopt;
    }
    if (std::optional<std::int64_t> number = parse_whole_number(written)) return number;
    const bool impact = column.reading == ImportReading::ImpactScore;
    const bool scaled = impact || column.reading == ImportReading::LikelihoodScore;
    const std::vector<std::string> no_labels;
    const std::vector<std::string>& labels =
        !scaled ? no_labels : impact ? settings_.impact_labels : settings_.likelihood_labels;
    const std::int64_t min = impact ? settings_.impact_min : settings_.likelihood_min;
    for (std::size_t index = 0; index < labels.size(); ++index) {
      if (normalise_key(labels[index]) == normalise_key(written)) return min + static_cast<std::int64_t>(index);
    }
    std::string message = fmt::format("{} {} is not a whole number", column.name, quote_for_message(written));
    if (!labels.empty()) message += fmt::format(" or a label of the scale ({})", comma_list(labels));
    report_.error(message);
    return std::nullopt;
  }

  static std::string comma_list(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
  }

  const ImportRecordShape& shape_;
  const RowFields& fields_;
  const ImportSettings& settings_;
  RowReport& report_;
  YamlFields out_;
};

}  // namespace

YamlFields convert_declared_row(const ImportRecordShape& shape, const RowFields& fields, const ImportSettings& settings) {
  return RowConverter(shape, fields, settings).convert();
}

}  // namespace isms
