#include "import/values.h"

#include <charconv>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "load/decode_fields.h"
#include "model/catalogue.h"

namespace isms {
namespace {

/// True if the bytes at `at` start a blank: ASCII white space or U+00A0 NO-BREAK SPACE.
std::size_t blank_length(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (text.substr(at).starts_with("\xC2\xA0")) return 2;
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end) {
    const std::size_t length = blank_length(text, begin);
    if (length == 0) break;
    begin += length;
  }
  while (end > begin) {
    if (blank_length(text, end - 1) == 1) {
      --end;
    } else if (end - begin >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") {
      end -= 2;
    } else {
      break;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

std::string normalise_key(std::string_view text) {
  std::string key;
  for (char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80) key.push_back(static_cast<char>(std::tolower(byte)));
  }
  return key;
}

std::optional<bool> parse_yes_no(const Cell& cell) {
  if (cell.type == CellType::Boolean) return cell.text == "true";
  const std::string text = trim(cell.text);
  if (text == "\xE2\x9C\x93" || text == "\xE2\x9C\x94") return true;   // check marks
  if (text == "\xE2\x9C\x97" || text == "\xE2\x9C\x98") return false;  // ballot crosses
  static const std::set<std::string, std::less<>> kYes = {"yes", "y", "true", "x", "included", "include",
                                                           "applicable", "inscope", "1", "10"};
  static const std::set<std::string, std::less<>> kNo = {"no", "n", "false", "excluded", "exclude", "notapplicable",
                                                          "na", "notincluded", "outofscope", "0", "00"};
  const std::string key = normalise_key(text);
  if (key.empty()) return std::nullopt;
  if (kYes.contains(key)) return true;  // "1.0" normalises to "10", as a number cell may read
  if (kNo.contains(key)) return false;
  return std::nullopt;
}

std::optional<std::string> parse_status(std::string_view text) {
  struct Word {
    std::string_view key;
    std::string_view status;
  };
  static constexpr Word kWords[] = {
      {"implemented", "implemented"}, {"inplace", "implemented"}, {"done", "implemented"},
      {"yes", "implemented"}, {"complete", "implemented"}, {"completed", "implemented"},
      {"fullyimplemented", "implemented"}, {"operational", "implemented"}, {"operating", "implemented"},
      {"effective", "implemented"}, {"live", "implemented"},
      {"partial", "partial"}, {"partially", "partial"}, {"partiallyimplemented", "partial"},
      {"partlyimplemented", "partial"}, {"partly", "partial"}, {"inprogress", "partial"}, {"ongoing", "partial"},
      {"started", "partial"}, {"underway", "partial"}, {"wip", "partial"},
      {"planned", "planned"}, {"plan", "planned"}, {"scheduled", "planned"}, {"todo", "planned"},
      {"tobeimplemented", "planned"},
      {"notstarted", "not-started"}, {"no", "not-started"}, {"none", "not-started"},
      {"notimplemented", "not-started"}, {"notyetstarted", "not-started"}, {"notyetimplemented", "not-started"},
      {"missing", "not-started"},
      {"notapplicable", "not-applicable"}, {"na", "not-applicable"}, {"excluded", "not-applicable"},
  };
  const std::string key = normalise_key(text);
  for (const Word& word : kWords) {
    if (word.key == key) return std::string(word.status);
  }
  // Free text ("In progress, due Q1", "Fully implemented and audited"): the first phrase found, in
  // an order where "not implemented" is read before "implemented" and "partially" before both.
  static constexpr Word kPhrases[] = {
      {"notapplicable", "not-applicable"}, {"notstarted", "not-started"}, {"notyetstarted", "not-started"},
      {"notimplemented", "not-started"}, {"notyetimplemented", "not-started"}, {"notinplace", "not-started"},
      {"partial", "partial"}, {"partly", "partial"}, {"inprogress", "partial"}, {"ongoing", "partial"},
      {"underway", "partial"}, {"beingimplemented", "partial"},
      {"planned", "planned"}, {"scheduled", "planned"}, {"tobeimplemented", "planned"},
      {"implemented", "implemented"}, {"inplace", "implemented"}, {"operational", "implemented"},
      {"completed", "implemented"},
  };
  for (const Word& phrase : kPhrases) {
    if (key.find(phrase.key) != std::string::npos) return std::string(phrase.status);
  }
  return std::nullopt;
}

ControlRef parse_control_id(std::string_view raw) {
  const std::string text = trim(raw);
  std::size_t at = 0;
  if (at < text.size() && (text[at] == 'A' || text[at] == 'a')) {
    ++at;
    while (at < text.size() && (text[at] == '.' || text[at] == ' ')) ++at;
  }
  std::vector<unsigned> numbers;
  while (at < text.size() && is_digit(text[at])) {
    unsigned value = 0;
    std::size_t digits = 0;
    while (at < text.size() && is_digit(text[at])) {
      value = value * 10 + static_cast<unsigned>(text[at] - '0');
      ++at;
      if (++digits > 3) return {};
    }
    numbers.push_back(value);
    if (at + 1 < text.size() && text[at] == '.' && is_digit(text[at + 1])) {
      ++at;
    } else {
      break;
    }
  }
  // What follows the id may only be its title: "A.5.1 Policies for information security".
  if (at < text.size() && text[at] != ' ' && text[at] != '\t' && text[at] != ':' && text[at] != '-' &&
      !(text[at] == '.' && at + 1 == text.size())) {
    return {};
  }
  ControlRef ref;
  if (numbers.size() == 2) {
    ref.id = fmt::format("A.{}.{}", numbers[0], numbers[1]);
    if (find_control(ref.id) != nullptr) ref.edition = ControlEdition::Edition2022;
  } else if (numbers.size() == 3) {
    ref.id = fmt::format("A.{}.{}.{}", numbers[0], numbers[1], numbers[2]);
    if (!controls_replacing_2013(ref.id).empty()) ref.edition = ControlEdition::Edition2013;
  }
  return ref;
}

std::vector<std::string> split_list(std::string_view text, bool split_on_spaces) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&]() {
    std::string trimmed = trim(word);
    if (!trimmed.empty()) words.push_back(std::move(trimmed));
    word.clear();
  };
  for (char c : text) {
    const bool separator = c == ',' || c == ';' || c == '\n' || c == '\r' || (split_on_spaces && (c == ' ' || c == '\t'));
    if (separator) {
      flush();
    } else {
      word.push_back(c);
    }
  }
  flush();
  return words;
}

std::string without_remarks(std::string_view text) {
  std::string out;
  std::size_t depth = 0;
  for (char c : text) {
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  return out;
}

bool is_record_id(std::string_view id) {
  if (id.empty() || std::isalpha(static_cast<unsigned char>(id[0])) == 0 || static_cast<unsigned char>(id[0]) >= 0x80) {
    return false;
  }
  for (char c : id) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (std::isalnum(byte) == 0 && c != '_' && c != '.' && c != '-')) return false;
  }
  return true;
}

std::optional<std::int64_t> parse_whole_number(std::string_view raw) {
  const std::string text = trim(raw);
  if (text.empty()) return std::nullopt;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  std::int64_t whole = 0;
  const auto [end, error] = std::from_chars(first, last, whole);
  if (error == std::errc() && end == last) return whole;
  double real = 0;
  const auto [real_end, real_error] = std::from_chars(first, last, real);
  if (real_error == std::errc() && real_end == last) {
    if (std::isfinite(real) && std::floor(real) == real && std::fabs(real) < 1e15) return static_cast<std::int64_t>(real);
    return std::nullopt;
  }
  // "3 - Possible", "4 (Likely)": a number followed by its label.
  if (error == std::errc() && end != first && (*end == ' ' || *end == '-' || *end == ':' || *end == '(')) return whole;
  return std::nullopt;
}

std::optional<std::string> excel_serial_date(double serial, bool date1904) {
  // 2958465 is 9999-12-31; the 1904 system starts at 0, the 1900 system at 1.
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) return std::nullopt;
  std::int64_t day = static_cast<std::int64_t>(std::floor(serial));  // a fraction is the time of day
  std::int64_t days_since_epoch = 0;
  if (date1904) {
    days_since_epoch = day - 24107;  // serial 0 is 1904-01-01, 24107 days before 1970-01-01
  } else {
    // Serial 1 is 1900-01-01. Excel counts the non-existent 1900-02-29 as day 60 (a Lotus 1-2-3
    // compatibility bug), so from day 61 on the count is one ahead of the calendar.
    if (day == 60) return std::nullopt;
    if (day > 60) --day;
    days_since_epoch = day - 25568;  // serial 1 (1900-01-01) is 25567 days before 1970-01-01
  }
  return iso_date_of_days(days_since_epoch);
}

std::optional<std::string> parse_date_cell(const Cell& cell, bool date1904) {
  const std::string text = trim(cell.text);
  if (cell.type == CellType::Number) {
    double serial = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), serial);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return excel_serial_date(serial, date1904);
  }
  if (text.size() < 10) return std::nullopt;
  std::string candidate = text.substr(0, 10);
  if (candidate[4] == '/' && candidate[7] == '/') candidate[4] = candidate[7] = '-';
  if (text.size() > 10 && text[10] != ' ' && text[10] != 'T') return std::nullopt;
  Date date;
  if (!parse_date(candidate, date)) return std::nullopt;
  return candidate;
}

}  // namespace isms
