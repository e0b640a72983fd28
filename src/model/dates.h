#pragma once
/// Every date `isms` reads or makes: calendar dates as YYYY-MM-DD, today, and the generation
/// date of documents (--as-of, else SOURCE_DATE_EPOCH, else today). One place, so that the
/// checks, the documents and the approvals agree on what day it is.

#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.h"

#include "model/model.h"

namespace isms {

/// Parses YYYY-MM-DD into a Date; false if it is not a real calendar date.
bool parse_date(std::string_view text, Date& out);

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day);

/// The civil date of a number of days since 1970-01-01.
void civil_from_days(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day);

/// YYYY-MM-DD of a number of days since 1970-01-01.
std::string iso_date_of_days(std::int64_t days);

/// Today's date in the local time zone, as YYYY-MM-DD.
std::string today_iso_date();

/// The generation date: `as_of` if given, else SOURCE_DATE_EPOCH (UTC) if set, else today.
/// An error when SOURCE_DATE_EPOCH is not a number of seconds.
Result<std::string> generation_date(const std::string& as_of);

/// Where generation_date() takes its date from: "--as-of", "SOURCE_DATE_EPOCH" or "today".
std::string_view generation_date_source(const std::string& as_of);

}  // namespace isms
