#pragma once
/// The Statement of Applicability as an xlsx workbook: one sheet, a title block, a frozen
/// header row with filters, wrapped text, and every cell neutralised against formulas.

#include <string>

#include "render/document_data.h"
#include "util/result.h"

namespace isms {

/// The workbook for `data` (the SoA template data), as the bytes of an xlsx file; the error
/// says what went wrong.
Result<std::string> write_soa_xlsx(const Json& data);

}  // namespace isms
