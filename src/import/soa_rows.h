#pragma once
/// SoA rows: reading one row, and building 2022 entries from rows (merging 2013 controls).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/row_fields.h"
#include "import/values.h"
#include "import/yaml_writer.h"

namespace isms {

/// One SoA line as read from the input, before it is matched to the 2022 controls.
struct SoaRecord {
  std::uint32_t row = 0;  ///< spreadsheet row, or line of a YAML input
  ControlRef control;     ///< as written: a 2022 or a 2013 id
  bool applicable = false;
  std::string justification;
  std::vector<std::string> reasons;
  std::string status;
  std::string owner;
  std::string ai_coverage;
  std::vector<std::string> evidence;
  std::vector<std::string> documents;
};

/// One entry of the SoA that is written, with the input lines it was made from.
struct SoaOutputEntry {
  std::string control;                 ///< 2022 id
  std::vector<std::string> from_2013;  ///< 2013 ids merged into it; empty for a 2022 input line
  bool applicable = false;
  std::string justification;
  std::vector<std::string> reasons;
  std::string status;
  std::string owner;
  std::string ai_coverage;
  std::vector<std::string> evidence;
  std::vector<std::string> documents;
};

/// "legal", "LR", "regulatory" -> "legal"; nullopt if the word is no reason the schema knows.
std::optional<std::string> parse_reason(std::string_view word);

/// Reads one SoA row. Returns false (errors reported) when the row cannot be used.
bool read_soa_row(const RowFields& fields, SoaRecord& out);

/// The 2022 entry for the 2013 lines `sources`: applicable if any is, the weakest status of the
/// applicable ones, justifications and AI coverage notes joined with their 2013 ids, owners
/// joined, lists united.
SoaOutputEntry merge_2013_sources(std::string_view control, const std::vector<const SoaRecord*>& sources);

/// The entry for a line written with a 2022 id, unchanged.
SoaOutputEntry entry_from_2022(const SoaRecord& record);

/// Writes one entry; merged ones get a comment naming their 2013 controls.
void write_soa_entry(YamlRecordWriter& writer, const SoaOutputEntry& entry);

/// The 2022 ids that replace `id_2013`, as strings.
std::vector<std::string> replacements_of(std::string_view id_2013);

}  // namespace isms
