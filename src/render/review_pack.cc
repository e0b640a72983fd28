// The helpers the sections of the management review pack are built with.
#include "render/review_pack.h"

#include <algorithm>

#include <fmt/format.h>

namespace isms::review_pack {

/// True when the register was read: a file of it exists, or records of it are held.
bool register_present(const Repository& repository, std::string_view name, bool has_records) {
  if (has_records) return true;
  return std::any_of(repository.registers.begin(), repository.registers.end(),
                     [name](const RegisterInfo& info) { return info.name == name && info.found; });
}

/// A section of the pack: `available` false with `absent` saying which register is missing.
Json section(bool available, std::string_view absent) {
  Json value;
  value["available"] = available;
  value["absent"] = available ? std::string() : fmt::format("No {}.", register_title(absent));
  return value;
}

Json grade_counts(const std::map<std::string, std::size_t>& counts) {
  Json rows = Json::array();
  for (std::string_view grade : kFindingGradeValues) {
    const auto found = counts.find(std::string(grade));
    rows.push_back({{"grade", std::string(grade)}, {"count", found == counts.end() ? 0 : found->second}});
  }
  for (const auto& [grade, count] : counts) {
    if (std::find(std::begin(kFindingGradeValues), std::end(kFindingGradeValues), grade) == std::end(kFindingGradeValues)) {
      rows.push_back({{"grade", grade.empty() ? std::string("not graded") : grade}, {"count", count}});
    }
  }
  return rows;
}

/// "major 1, minor 0, observation 2": a count list as one line, so no template ends on a separator.
std::string counts_text(const Json& rows, const char* key) {
  std::string out;
  for (const Json& row : rows) {
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", row[key].get<std::string>(), row["count"].get<std::size_t>());
  }
  return out.empty() ? std::string("none") : out;
}

/// Rows in date order, oldest first; rows of the same date keep their register order.
void sort_by_date(Json& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const Json& a, const Json& b) {
    return a["date"].get<std::string>() < b["date"].get<std::string>();
  });
}

}  // namespace isms::review_pack
