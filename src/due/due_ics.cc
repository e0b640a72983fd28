// iCalendar (RFC 5545) for `isms due`: written here because no Debian library writes it, and the
// subset needed (all-day events, TEXT escaping, line folding) is small. Repository text is
// untrusted, so every control character is dropped before it reaches the file.
#include <algorithm>

#include <fmt/format.h>

#include "due/due_format.h"
#include "model/dates.h"

namespace isms {
namespace {

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n,
/// other control characters dropped.
std::string ics_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte >= 0x20 && byte != 0x7F) {
      out += c;
    }
  }
  return out;
}

/// A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ended by
/// CRLF. A continuation never starts with ':' or '#', so that no folded line can read as a CI
/// workflow command ("::error", "##[group]") in a log that strips the leading space.
std::string folded(std::string_view line) {
  const auto is_marker = [&](std::size_t at) { return line[at] == ':' || line[at] == '#'; };
  std::string out;
  std::size_t start = 0;
  while (start < line.size()) {
    const std::size_t limit = start == 0 ? 75 : 74;  // a continuation's leading space counts
    std::size_t end = start;
    while (end < line.size()) {
      const auto byte = static_cast<unsigned char>(line[end]);
      const std::size_t length = byte < 0xC0 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      if (end + length - start > limit) break;
      end = std::min(end + length, line.size());
    }
    while (end < line.size() && end > start + 1 && is_marker(end)) {
      --end;
      while (end > start && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    }
    if (start != 0) out += ' ';
    out.append(line.substr(start, end - start));
    out += "\r\n";
    start = end;
  }
  return out.empty() ? std::string("\r\n") : out;
}

/// YYYYMMDD of a number of days since 1970-01-01.
std::string compact_date(std::int64_t days) {
  std::string text = iso_date_of_days(days);
  std::erase(text, '-');
  return text;
}

/// A UID from the item's stable key: letters, digits and a few marks, the rest as '-'.
std::string uid_of(const DueItem& item) {
  std::string uid;
  for (char c : item.key) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == ':';
    uid += kept ? c : '-';
  }
  return uid + "@isms";
}

}  // namespace

std::string format_due_ics(const DueList& list, const SourceFiles& files, const std::string& stamp) {
  Date stamp_date;
  const std::int64_t stamp_days = parse_date(stamp, stamp_date) ? stamp_date.days : list.as_of_days;
  std::string out;
  out += folded("BEGIN:VCALENDAR");
  out += folded("VERSION:2.0");
  out += folded("PRODID:-//isms//isms due//EN");
  out += folded("CALSCALE:GREGORIAN");
  out += folded("METHOD:PUBLISH");
  out += folded("X-WR-CALNAME:ISMS deadlines");
  for (const DueItem& item : list.items) {
    std::string description = item.clause.empty() ? std::string() : fmt::format("ISO/IEC 27001:2022 {}. ", item.clause);
    if (const std::string place = due_place(item, files); !place.empty()) description += "Recorded at " + place + ".";
    out += folded("BEGIN:VEVENT");
    out += folded("UID:" + ics_text(uid_of(item)));
    out += folded(fmt::format("DTSTAMP:{}T000000Z", compact_date(stamp_days)));
    out += folded("DTSTART;VALUE=DATE:" + compact_date(item.due_days));
    out += folded("DTEND;VALUE=DATE:" + compact_date(item.due_days + 1));
    out += folded("SUMMARY:" + ics_text(item.what));
    if (!description.empty()) out += folded("DESCRIPTION:" + ics_text(description));
    out += folded("CATEGORIES:" + ics_text(item.kind));
    out += folded("TRANSP:TRANSPARENT");
    out += folded("END:VEVENT");
  }
  out += folded("END:VCALENDAR");
  return out;
}

}  // namespace isms
