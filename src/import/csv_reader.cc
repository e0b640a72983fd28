#include "import/csv_reader.h"

#include <fmt/format.h>

#include "import/memory_budget.h"
#include "import/table_builder.h"

namespace isms {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// Length of the valid UTF-8 sequence at `text[at]`, or 0 if it is not one (overlong forms,
/// surrogates and values above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

char detect_csv_delimiter(std::string_view text) {
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice, which is what it should do
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted && c == ',') {
      ++commas;
    } else if (!quoted && c == ';') {
      ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

Status read_csv(std::string_view text, const TableLimits& limits, Table& out) {
  out = Table{};
  if (text.size() > limits.max_file_bytes) {
    return Error{fmt::format("the file has {} bytes; the limit is {}", text.size(), limits.max_file_bytes)};
  }
  MemoryBudget budget(limits.max_memory_bytes);
  if (Status held = budget.charge(text.size()); !held) return held;  // held while read
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  const char delimiter = detect_csv_delimiter(text);

  TableBuilder builder(limits, budget, out, " \t");
  std::uint32_t row_number = 1;
  builder.start_row(row_number);
  std::size_t column = 0;       // of the field being read; fields ended so far in this record
  std::string field;            // reused: an empty field allocates nothing and stores no cell
  bool quoted = false;          // inside a quoted field
  bool field_was_quoted = false;
  std::uint32_t quote_started_row = 0;

  const auto end_field = [&]() -> Status {
    if (column >= limits.max_columns) {
      return Error{fmt::format("row {}: more than {} columns, the limit for an import (raise it with --max-columns)",
                               row_number, limits.max_columns)};
    }
    Status added = builder.add_cell(column, field, CellType::Text);
    ++column;
    field.clear();
    field_was_quoted = false;
    return added;
  };
  const auto end_row = [&]() -> Status {
    Status finished = builder.finish_row();
    ++row_number;
    builder.start_row(row_number);
    column = 0;
    return finished;
  };

  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, at);
      if (length == 0) {
        return Error{fmt::format("row {}: the text is not valid UTF-8; save the file as CSV UTF-8", row_number)};
      }
      field.append(text.substr(at, length));
      at += length;
      continue;
    }
    if (quoted) {
      if (c == '"') {
        if (at + 1 < text.size() && text[at + 1] == '"') {
          field.push_back('"');
          at += 2;
          continue;
        }
        quoted = false;
      } else {
        // A line break inside a field stays in the record, which keeps one row number: the
        // spreadsheet that wrote the file shows it as one row.
        if (c != '\r' || (at + 1 < text.size() && text[at + 1] != '\n')) field.push_back(c);
      }
      ++at;
      continue;
    }
    if (c == '"' && !field_was_quoted && field.find_first_not_of(' ') == std::string::npos) {
      field.clear();  // `a, "b, c"`: blanks before an opening quote are layout, not data
      quoted = true;
      field_was_quoted = true;
      quote_started_row = row_number;
    } else if (c == delimiter) {
      if (Status ended = end_field(); !ended) return ended;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ++at;
      if (Status ended = end_field(); !ended) return ended;
      if (Status ended = end_row(); !ended) return ended;
      if (row_number > limits.max_row_number) return Error{fmt::format("more than {} rows", limits.max_row_number)};
    } else {
      // Text after a closing quote, or a quote inside an unquoted field: kept literally, as
      // spreadsheet programs do.
      field.push_back(c);
    }
    ++at;
  }
  if (quoted) {
    return Error{fmt::format("row {}: a quoted field is never closed (a '\"' is missing)", quote_started_row)};
  }
  if (!field.empty() || field_was_quoted || column > 0) {
    if (Status ended = end_field(); !ended) return ended;
    return builder.finish_row();
  }
  return Done{};
}

}  // namespace isms
