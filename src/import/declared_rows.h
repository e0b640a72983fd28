#pragma once
/// Asset and risk rows, and those of any register declared with import columns: one
/// spreadsheet row into the fields of one record, by the record's declaration.

#include "import/import_records.h"
#include "import/row_fields.h"
#include "import/yaml_writer.h"

namespace isms {

/// Converts one row into the record's fields, in the order of its import columns; the id comes
/// first. Errors and warnings go to the row's report.
YamlFields convert_declared_row(const ImportRecordShape& shape, const RowFields& fields, const ImportSettings& settings);

}  // namespace isms
