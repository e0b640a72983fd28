#pragma once
/// The data each document's template receives, built from the checked model. The same
/// tree is what `--format json` prints, so it is the documented template interface.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "render/render.h"
#include "model/report.h"

namespace isms {

/// Key order is kept so that JSON output reads in the order the templates use it.
using Json = nlohmann::ordered_json;

/// Everything the data builders read.
struct DocumentInput {
  const Repository& repository;
  const CheckReport& report;
  DocumentKind kind;
  std::string generated;         ///< YYYY-MM-DD
  std::int64_t as_of_days = 0;   ///< the same date, for freshness
  std::string generated_from;    ///< "--as-of", "SOURCE_DATE_EPOCH" or "today"
  std::string git_commit;        ///< empty outside a git checkout
  bool git_modified = false;
  bool draft = false;
  const std::vector<Diagnostic>& blocking;
};

/// The `document` object every template receives: title, organisation, provenance, the
/// versions of the registers, and the draft banner.
Json document_header(const DocumentInput& input, std::string_view title);

/// Data for the scope statement and scope document.
Json scope_data(const DocumentInput& input);
/// Data for the Statement of Applicability.
Json soa_data(const DocumentInput& input);
/// Data for the audit-readiness report.
Json report_data(const DocumentInput& input);

/// A text value, or "" when absent.
Json text_value(const Text& text);
/// A date as YYYY-MM-DD, or "" when absent.
Json date_value(const LocatedDate& date);
/// {by, role, date, recorded}; `recorded` is false when there is no approval.
Json approval_value(const Approval& approval);
/// The texts of an id list, joined with ", ".
std::string joined(const IdList& ids, std::string_view separator = ", ");
/// A finding as data: code, severity, location, message, hint.
Json finding_value(const CheckReport& report, const Diagnostic& diagnostic);

}  // namespace isms
