#include "load/document_locations.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

#include "util/path_containment.h"
#include "util/text_util.h"
#include "model/placeholder.h"

namespace isms {
namespace fs = std::filesystem;
namespace {

/// Enough of a document to tell a template from a written one, without reading large files.
constexpr std::size_t kMaxBytesRead = 64 * 1024;

/// A line that structures a text document rather than saying anything: a Markdown heading, a
/// rule or table border, front-matter fences.
bool is_structure_line(std::string_view line) {
  if (line.starts_with('#')) return true;
  return line.find_first_not_of("-=*_|:+ ") == std::string_view::npos;
}

/// The line without a list bullet or number in front ("- ", "* ", "1. ").
std::string_view without_bullet(std::string_view line) {
  if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")) return trimmed(line.substr(2));
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])) != 0) ++digits;
  if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ') {
    return trimmed(line.substr(digits + 2));
  }
  return line;
}

/// What a file's first bytes hold: Empty, PlaceholderOnly (with its marker) or Content.
LocationState judge_text(std::string_view text, std::string& marker) {
  if (trimmed(text).empty()) return LocationState::Empty;
  // Binary formats (PDF, spreadsheets) cannot be read here; a non-empty one counts as written.
  if (text.find('\0') != std::string_view::npos) return LocationState::Content;
  std::optional<std::string> first_marker;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trimmed(text.substr(start, end - start));
    start = end + 1;
    if (line.empty() || is_structure_line(line)) continue;
    std::optional<std::string> found = find_placeholder(without_bullet(line));
    if (!found) return LocationState::Content;
    if (!first_marker) first_marker = std::move(found);
  }
  marker = first_marker.value_or("headings only");
  return LocationState::PlaceholderOnly;
}

LocationState inspect_file(const fs::path& file, std::string& marker) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return LocationState::Missing;
  std::string bytes(kMaxBytesRead, '\0');
  stream.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(stream.gcount()));
  return judge_text(bytes, marker);
}

LocationState inspect(const fs::path& root, const std::string& location, std::string& marker) {
  fs::path resolved;
  if (resolve_containment(root, root / location, &resolved) != Containment::Inside) return LocationState::Outside;
  std::error_code error;
  const fs::file_status status = fs::status(resolved, error);
  if (error || !fs::exists(status)) return LocationState::Missing;
  if (fs::is_directory(status)) {
    // A folder of records (competence records, contracts) holds content once it holds a file.
    const bool has_entry = fs::directory_iterator(resolved, error) != fs::directory_iterator();
    return !error && has_entry ? LocationState::Content : LocationState::Empty;
  }
  if (!fs::is_regular_file(status)) return LocationState::Missing;
  return inspect_file(resolved, marker);
}

}  // namespace

bool is_web_location(std::string_view location) {
  return starts_with_ignoring_case(location, "https://") || starts_with_ignoring_case(location, "http://");
}

void inspect_document_locations(const fs::path& root, std::vector<Document>& documents) {
  for (Document& document : documents) {
    if (!document.path.present || trimmed(document.path.value).empty() || is_web_location(document.path.value)) {
      continue;
    }
    document.location_state = inspect(root, document.path.value, document.location_placeholder);
  }
}

}  // namespace isms
