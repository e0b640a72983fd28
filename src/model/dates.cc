#include "model/dates.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

namespace isms {

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);
}

std::string iso_date_of_days(std::int64_t days) {
  std::int64_t year = 0;
  unsigned month = 0;
  unsigned day = 0;
  civil_from_days(days, year, month, day);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

bool parse_date(std::string_view text, Date& out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  auto number = [&text](std::size_t at, std::size_t length, auto& value) {
    std::from_chars_result r = std::from_chars(text.data() + at, text.data() + at + length, value);
    return r.ec == std::errc() && r.ptr == text.data() + at + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const unsigned month_days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day > month_days) return false;
  out.text = std::string(text);
  out.days = days_from_civil(year, month, day);
  return true;
}

std::string today_iso_date() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

namespace {

const char* source_date_epoch() {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  return text != nullptr && text[0] != '\0' ? text : nullptr;
}

}  // namespace

Result<std::string> generation_date(const std::string& as_of) {
  if (!as_of.empty()) return as_of;
  const char* epoch_text = source_date_epoch();
  if (epoch_text == nullptr) return today_iso_date();
  char* end = nullptr;
  errno = 0;
  const long long epoch = std::strtoll(epoch_text, &end, 10);
  if (errno != 0 || end == epoch_text || *end != '\0' || epoch < 0 || epoch > 253402300799LL) {
    return Error{fmt::format("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '{}'", epoch_text)};
  }
  const std::time_t seconds = static_cast<std::time_t>(epoch);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

std::string_view generation_date_source(const std::string& as_of) {
  if (!as_of.empty()) return "--as-of";
  return source_date_epoch() != nullptr ? "SOURCE_DATE_EPOCH" : "today";
}

}  // namespace isms
