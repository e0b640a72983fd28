#pragma once
/// Writing register files as YAML text: scalars quoted exactly when YAML would misread them.
///
/// Not libyaml's emitter, for two reasons. The import writes records into a register that
/// people edit by hand, and libyaml's emitter writes whole documents from events, so the
/// comments and layout of the rest of the file would be lost. And its emitter leaves plain
/// what YAML 1.2 reads as a string but YAML 1.1 readers (PyYAML, many editors) read as a
/// boolean, a number or a date ("no", "on", "1e3", "2026-01-31"): a register must read the
/// same in every tool, so the choice of quoting is ours, and a test reads every written string back.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

/// True if `text` can be written as a plain scalar and reads back as the same string (not as a
/// number, boolean, null, date or structure) in every context, flow collections included.
bool yaml_plain_safe(std::string_view text);

/// `text` as a one-line scalar: plain when safe, else double-quoted with escapes.
std::string yaml_scalar(std::string_view text);

/// `text` as a double-quoted scalar ("\n", "\"", control characters and U+2028 escaped).
std::string yaml_double_quoted(std::string_view text);

/// One field of a record, kept until the whole row is known to be good.
struct YamlField {
  /// How the value is written.
  enum class Kind : std::uint8_t { Text, Date, Boolean, Integer, List, Flow };
  std::string key;
  Kind kind = Kind::Text;
  std::string text;
  bool flag = false;
  std::int64_t number = 0;
  std::vector<std::string> items;                            ///< List
  std::vector<std::pair<std::string, std::string>> entries;  ///< Flow: keys and formatted values
};

/// The fields of one record, in the order they are written.
using YamlFields = std::vector<YamlField>;

/// A string field (plain, quoted or a literal block, as the text needs).
YamlField text_field(std::string key, std::string value);
/// A flow list of strings.
YamlField list_field(std::string key, std::vector<std::string> items);
/// A boolean field.
YamlField bool_field(std::string key, bool value);
/// An integer field.
YamlField integer_field(std::string key, std::int64_t value);
/// A YYYY-MM-DD date field, already checked.
YamlField date_field(std::string key, std::string value);
/// A one-line mapping of already formatted values.
YamlField flow_field(std::string key, std::vector<std::pair<std::string, std::string>> entries);

/// The modeline's schema path for a register file written to `output` in `repository`:
/// relative to the file when both are known and the path is plain, else schemas/NAME.schema.json.
std::string schema_path_for(std::string_view schema_name, const std::string& output, const std::string& repository);

/// Writes the records of one register file, one list entry at a time.
class YamlRecordWriter {
 public:
  /// Starts a file: the schema modeline, comment lines, a register block and the list key.
  /// `schema_path` is the modeline's path to the schema, relative to the written file.
  YamlRecordWriter(std::string_view schema_path, const std::vector<std::string>& comments, std::string_view version,
                   std::string_view owner, std::string_view list_key);

  /// A comment line inside the list, at the indentation of its entries.
  void comment(std::string_view text);
  /// Starts a new list entry; the next field gets the "- " marker.
  void begin_record();
  /// A string field: plain, double-quoted, or a literal block for text with line breaks.
  void text(std::string_view key, std::string_view value);
  /// A YYYY-MM-DD date field (already checked), written plain as in the documentation.
  void date(std::string_view key, std::string_view value);
  /// A boolean field.
  void boolean(std::string_view key, bool value);
  /// An integer field.
  void integer(std::string_view key, std::int64_t value);
  /// A list of strings, in flow style: [A.5.1, EV-001].
  void list(std::string_view key, const std::vector<std::string>& values);
  /// A one-line mapping of already formatted values: {likelihood: 2, impact: 3}.
  void flow_mapping(std::string_view key, const std::vector<std::pair<std::string, std::string>>& entries);
  /// A whole record.
  void record(const YamlFields& fields);

  /// The finished document; a list without records is written `controls: []`.
  std::string finish();

 private:
  void key_prefix(std::string_view key);

  std::string out_;   ///< modeline, comments and register block
  std::string body_;  ///< the list's entries and comments
  std::string list_key_line_;
  bool first_field_ = false;
  bool any_record_ = false;
};

}  // namespace isms
