#pragma once
/// One data row seen through the column mapping, and the problems found while converting it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/values.h"
#include "import/import.h"

namespace isms {

/// Collects the errors and warnings of one row.
class RowReport {
 public:
  RowReport(std::uint32_t row, std::vector<RowProblem>& errors, std::vector<RowProblem>& warnings)
      : row_(row), errors_(errors), warnings_(warnings) {}
  /// The row cannot be imported.
  void error(std::string message) {
    errors_.push_back(RowProblem{row_, std::move(message)});
    failed_ = true;
  }
  /// The row is imported, with a remark.
  void warning(std::string message) { warnings_.push_back(RowProblem{row_, std::move(message)}); }
  /// True once error() was called.
  bool failed() const { return failed_; }
  /// The spreadsheet row number.
  std::uint32_t row() const { return row_; }

 private:
  std::uint32_t row_;
  std::vector<RowProblem>& errors_;
  std::vector<RowProblem>& warnings_;
  bool failed_ = false;
};

/// The cells of one row by field name.
class RowFields {
 public:
  RowFields(const SheetRow& row, const ColumnMapping& mapping, bool date1904, RowReport& report);

  /// The cell of a field, or nullptr when no column fills it or the cell is empty.
  const Cell* cell(std::string_view field) const;
  /// True when the field's cell holds a spreadsheet error (#N/A), already reported.
  bool unreadable(std::string_view field) const;
  /// The field's text, trimmed, line ends as LF; empty when absent.
  std::string text(std::string_view field) const;
  /// A text field that must not be empty; reports an error and returns "" otherwise.
  std::string required_text(std::string_view field) const;
  /// A yes/no field; nullopt when empty (and `required` reports that) or unreadable (reported).
  std::optional<bool> yes_no(std::string_view field, bool required) const;
  /// A list of record ids (split at commas, semicolons, blanks), repeats dropped; bad ids reported.
  std::vector<std::string> id_list(std::string_view field) const;
  /// A single record id; empty when absent or not an id (reported).
  std::string id(std::string_view field, bool required) const;
  /// A date field as YYYY-MM-DD; empty when absent or unreadable (reported).
  std::string date(std::string_view field) const;
  /// Annex A 2022 control ids; 2013 ids are replaced by their 2022 controls with a warning.
  std::vector<std::string> control_list(std::string_view field) const;
  /// The report of this row.
  RowReport& report() const { return report_; }

 private:
  const SheetRow& row_;
  const ColumnMapping& mapping_;
  bool date1904_;
  RowReport& report_;
};

/// "A.5.36 and A.8.8": the 2022 controls replacing a 2013 one, for messages.
std::string join_and(const std::vector<std::string>& items);

/// `text` with control characters and line breaks shown as spaces, for one-line messages.
std::string quote_for_message(std::string_view text);

}  // namespace isms
