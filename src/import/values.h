#pragma once
/// Reading spreadsheet cell values: yes/no, statuses, control ids, id lists, numbers and dates.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/import.h"

namespace isms {

/// The text without leading and trailing blanks (spaces, tabs, line breaks, no-break spaces).
std::string trim(std::string_view text);

/// Lower-case letters and digits only: "Control ID" and "control_id" both become "controlid".
std::string normalise_key(std::string_view text);

/// yes/no, y/n, true/false, x, included/excluded, applicable/not applicable, 1/0; nullopt otherwise.
std::optional<bool> parse_yes_no(const Cell& cell);

/// An implementation status in the SoA's words ("in place" -> "implemented"); nullopt if unknown.
std::optional<std::string> parse_status(std::string_view text);

/// The edition a control id was read as.
enum class ControlEdition : std::uint8_t { Invalid, Edition2022, Edition2013 };

/// A control id as read from a cell.
struct ControlRef {
  ControlEdition edition = ControlEdition::Invalid;
  std::string id;  ///< "A.5.1" or "A.12.6.1", canonical form
};

/// Reads "A.5.1", "5.1", "A 5.1", "A.05.01", "A.5.1 Policies for ..." and 2013 ids such as
/// "A.12.6.1". A 2022 id must be an Annex A 2022 control and a 2013 id a 2013 control.
ControlRef parse_control_id(std::string_view text);

/// The words of a list cell, split at commas, semicolons, line breaks and, when
/// `split_on_spaces`, blanks; empty words are dropped.
std::vector<std::string> split_list(std::string_view text, bool split_on_spaces);

/// The text without its parenthesised remarks: "DOC-002 (4.0); R-017 (Loss of staff)" becomes
/// "DOC-002 ; R-017 ", as `isms render` annotates the ids it lists with a version, date or title.
std::string without_remarks(std::string_view text);

/// True if `id` matches the repository id pattern ^[A-Za-z][A-Za-z0-9_.-]*$.
bool is_record_id(std::string_view id);

/// A whole number: "3", "3.0" (as spreadsheets store numbers), or "3 - Possible".
std::optional<std::int64_t> parse_whole_number(std::string_view text);

/// A date cell as YYYY-MM-DD: a real date written YYYY-MM-DD (or YYYY/MM/DD, or with a time
/// after it), or a spreadsheet serial number in a Number cell; nullopt otherwise.
std::optional<std::string> parse_date_cell(const Cell& cell, bool date1904);

/// The YYYY-MM-DD date of an Excel serial day number; nullopt for 0, 60 in the 1900 system
/// (Excel's non-existent 1900-02-29), negatives and dates after 9999.
std::optional<std::string> excel_serial_date(double serial, bool date1904);

}  // namespace isms
