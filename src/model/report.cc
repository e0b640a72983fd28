#include "model/report.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "util/escape.h"

namespace isms {
namespace {

constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ull;

/// 64-bit FNV-1a: tiny, dependency-free and identical on every platform, which is all a fingerprint needs.
std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

std::string count_of(std::size_t count, std::string_view singular) {
  return fmt::format("{} {}{}", count, singular, count == 1 ? "" : "s");
}

}  // namespace

std::string fingerprint(const Diagnostic& diagnostic, const SourceFiles& files) {
  const std::uint32_t index = diagnostic.location.file;
  std::string_view path;
  if (index != 0 && index < files.size()) path = files.at(index).relative_path;
  const std::string_view subject = diagnostic.subject.empty() ? diagnostic.message : diagnostic.subject;
  // NUL separators keep ("ab", "c") and ("a", "bc") apart.
  std::uint64_t hash = fnv1a(kFnvOffsetBasis, diagnostic.code);
  hash = fnv1a(hash, std::string_view("\0", 1));
  hash = fnv1a(hash, path);
  hash = fnv1a(hash, std::string_view("\0", 1));
  hash = fnv1a(hash, subject);
  return fmt::format("{:016x}", hash);
}

bool is_rule_link_base(std::string_view url) {
  const bool absolute = url.starts_with("https://") || url.starts_with("http://");
  const bool clean = url.find_first_of(" \t\r\n()<>\"'`") == std::string_view::npos &&
                     std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  return absolute && clean;
}

std::string rule_page_url(std::string_view rules_url, std::string_view code) {
  if (rules_url.empty()) return {};
  const std::string encoded = uri_percent_encode(code);
  std::string url(rules_url);
  if (const std::size_t at = url.find("{code}"); at != std::string::npos) {
    url.replace(at, 6, encoded);
    return url;
  }
  return url + encoded + ".md";
}

const SourceFile* source_file_of(const CheckReport& report, const Diagnostic& diagnostic) {
  const std::uint32_t index = diagnostic.location.file;
  if (report.files == nullptr || index == 0 || index >= report.files->size()) return nullptr;
  return &report.files->at(index);
}

std::string location_label(const CheckReport& report, const Diagnostic& diagnostic) {
  const SourceFile* file = source_file_of(report, diagnostic);
  if (file == nullptr) return {};
  std::string label = file->display_path.empty() ? file->relative_path : file->display_path;
  const SourceLocation& where = diagnostic.location;
  if (where.line != 0) {
    label += fmt::format(":{}", where.line);
    if (where.column != 0) label += fmt::format(":{}", where.column);
  }
  return label;
}

SeverityCounts count_by_severity(const CheckReport& report) {
  SeverityCounts counts;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::Error: ++counts.errors; break;
      case Severity::Warning: ++counts.warnings; break;
      case Severity::Note: ++counts.notes; break;
    }
  }
  return counts;
}

std::string summary_sentence(const CheckReport& report) {
  const std::string files = count_of(report.files_checked, "file");
  const std::string known =
      report.baselined == 0 ? std::string() : fmt::format("; {} in the baseline not shown", count_of(report.baselined, "finding"));
  if (report.diagnostics.empty()) return fmt::format("No findings in {}{}.", files, known);
  const SeverityCounts counts = count_by_severity(report);
  return fmt::format("{}, {}, {} in {}{}", count_of(counts.errors, "error"), count_of(counts.warnings, "warning"),
                     count_of(counts.notes, "note"), files, known);
}

}  // namespace isms
