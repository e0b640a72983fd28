#pragma once
/// The Statement of Applicability as an xlsx workbook: one sheet, a title block, a frozen
/// header row with filters, wrapped text, and every cell neutralised against formulas.

#include <string>

#include "render/document_data.h"

namespace isms {

/// Writes the workbook for `data` (the SoA template data) into `bytes`. Returns an empty
/// string on success, else what went wrong.
std::string write_soa_xlsx(const Json& data, std::string& bytes);

}  // namespace isms
