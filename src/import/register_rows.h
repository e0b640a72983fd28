#pragma once
/// Asset and risk rows: one spreadsheet row into the fields of one register record.

#include "import/row_fields.h"
#include "import/yaml_writer.h"
#include "import/import.h"

namespace isms {

/// Converts one asset row; the fields start with `id`. Errors go to the row's report.
YamlFields convert_asset_row(const RowFields& fields, const ImportSettings& settings);

/// Converts one risk row; the fields start with `id`. Errors go to the row's report.
YamlFields convert_risk_row(const RowFields& fields, const ImportSettings& settings);

}  // namespace isms
