#include "import/yaml_writer.h"

#include <filesystem>

#include <fmt/format.h>

namespace isms {
namespace {

constexpr std::size_t kRecordIndent = 4;  // fields of "  - key: value" entries

/// The code point of the UTF-8 sequence at `at` and its length (input is valid UTF-8).
char32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
  const unsigned char lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (at + length > text.size()) {
    length = 1;
    return 0xFFFD;
  }
  char32_t value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
  for (std::size_t i = 1; i < length; ++i) value = (value << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  return value;
}

/// Characters YAML cannot hold literally (or that editors show confusingly): C0 and C1 controls
/// except TAB and LF, DEL, line and paragraph separators, the byte-order mark and non-characters.
bool needs_escape(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

bool has_escapes(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 0;
    if (needs_escape(decode(text, at, length))) return true;
    at += length;
  }
  return false;
}

/// Words that YAML 1.1 or 1.2 resolves to booleans or null.
bool is_reserved_word(std::string_view text) {
  std::string lower;
  for (char c : text) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  static constexpr std::string_view kWords[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"};
  for (std::string_view word : kWords) {
    if (lower == word) return true;
  }
  return false;
}

/// True when a multi-line text reads back unchanged from a literal block (`|-`).
bool literal_block_safe(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.front() == '\t' || text.back() == '\n' || has_escapes(text)) return false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return false;
    start = end + 1;
  }
  return true;
}

/// Comment text on one line: a line break in a file name must not end the comment.
std::string comment_text(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return line;
}

}  // namespace

YamlField text_field(std::string key, std::string value) {
  YamlField field;
  field.key = std::move(key);
  field.text = std::move(value);
  return field;
}

YamlField list_field(std::string key, std::vector<std::string> items) {
  YamlField field;
  field.key = std::move(key);
  field.kind = YamlField::Kind::List;
  field.items = std::move(items);
  return field;
}

YamlField bool_field(std::string key, bool value) {
  YamlField field;
  field.key = std::move(key);
  field.kind = YamlField::Kind::Boolean;
  field.flag = value;
  return field;
}

YamlField integer_field(std::string key, std::int64_t value) {
  YamlField field;
  field.key = std::move(key);
  field.kind = YamlField::Kind::Integer;
  field.number = value;
  return field;
}

YamlField date_field(std::string key, std::string value) {
  YamlField field = text_field(std::move(key), std::move(value));
  field.kind = YamlField::Kind::Date;
  return field;
}

YamlField flow_field(std::string key, std::vector<std::pair<std::string, std::string>> entries) {
  YamlField field;
  field.key = std::move(key);
  field.kind = YamlField::Kind::Flow;
  field.entries = std::move(entries);
  return field;
}

bool yaml_plain_safe(std::string_view text) {
  if (text.empty() || is_reserved_word(text) || has_escapes(text)) return false;
  const char first = text.front();
  // Indicators, and anything that may start a number, date or time (YAML 1.1 reads more than 1.2).
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`<=.+ \t").find(first) != std::string_view::npos) return false;
  if (first >= '0' && first <= '9') return false;
  if (text.back() == ' ' || text.back() == '\t' || text.back() == ':') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}') return false;
    if (c == ':' && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) return false;
    if (c == '#' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) return false;
  }
  return true;
}

std::string yaml_double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 0;
    const char32_t c = decode(text, at, length);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == 0x2028) {
      out += "\\L";
    } else if (c == 0x2029) {
      out += "\\P";
    } else if (needs_escape(c)) {
      out += c <= 0xFF ? fmt::format("\\x{:02X}", static_cast<unsigned>(c)) : fmt::format("\\u{:04X}", static_cast<unsigned>(c));
    } else {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  out += '"';
  return out;
}

std::string schema_path_for(std::string_view schema_name, const std::string& output, const std::string& repository) {
  namespace fs = std::filesystem;
  const std::string at_root = fmt::format("schemas/{}.schema.json", schema_name);
  if (output.empty() || output == "-" || repository.empty()) return at_root;
  std::error_code error;
  const fs::path schema = (fs::absolute(repository, error) / at_root).lexically_normal();
  const fs::path folder = fs::absolute(output, error).lexically_normal().parent_path();
  if (error) return at_root;
  const std::string relative = schema.lexically_relative(folder).generic_string();
  // The path goes into a comment line: anything but plain path characters falls back.
  const bool plain = !relative.empty() && relative.find_first_not_of(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/") == std::string::npos;
  return plain ? relative : at_root;
}

std::string yaml_scalar(std::string_view text) {
  return yaml_plain_safe(text) ? std::string(text) : yaml_double_quoted(text);
}

YamlRecordWriter::YamlRecordWriter(std::string_view schema_path, const std::vector<std::string>& comments,
                                   std::string_view version, std::string_view owner, std::string_view list_key) {
  out_ = fmt::format("# yaml-language-server: $schema={}\n", schema_path);
  for (const std::string& line : comments) out_ += line.empty() ? "#\n" : "# " + comment_text(line) + "\n";
  out_ += fmt::format("register:\n  version: {}\n  owner: {}\n", yaml_double_quoted(version), yaml_scalar(owner));
  list_key_line_ = std::string(list_key) + ":";
}

void YamlRecordWriter::comment(std::string_view text) { body_ += "  # " + comment_text(text) + "\n"; }

void YamlRecordWriter::begin_record() {
  any_record_ = true;
  first_field_ = true;
}

void YamlRecordWriter::key_prefix(std::string_view key) {
  body_ += first_field_ ? "  - " : std::string(kRecordIndent, ' ');
  first_field_ = false;
  body_ += key;
  body_ += ':';
}

void YamlRecordWriter::text(std::string_view key, std::string_view value) {
  key_prefix(key);
  if (value.find('\n') != std::string_view::npos && literal_block_safe(value)) {
    body_ += " |-\n";
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t end = value.find('\n', start);
      if (end == std::string_view::npos) end = value.size();
      const std::string_view line = value.substr(start, end - start);
      if (!line.empty()) body_ += std::string(kRecordIndent + 2, ' ') + std::string(line);
      body_ += '\n';
      start = end + 1;
    }
    return;
  }
  body_ += ' ' + yaml_scalar(value) + '\n';
}

void YamlRecordWriter::date(std::string_view key, std::string_view value) {
  key_prefix(key);
  body_ += ' ' + std::string(value) + '\n';
}

void YamlRecordWriter::boolean(std::string_view key, bool value) {
  key_prefix(key);
  body_ += value ? " true\n" : " false\n";
}

void YamlRecordWriter::integer(std::string_view key, std::int64_t value) {
  key_prefix(key);
  body_ += fmt::format(" {}\n", value);
}

void YamlRecordWriter::list(std::string_view key, const std::vector<std::string>& values) {
  key_prefix(key);
  body_ += " [";
  for (std::size_t i = 0; i < values.size(); ++i) body_ += (i == 0 ? "" : ", ") + yaml_scalar(values[i]);
  body_ += "]\n";
}

void YamlRecordWriter::flow_mapping(std::string_view key, const std::vector<std::pair<std::string, std::string>>& entries) {
  key_prefix(key);
  body_ += " {";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    body_ += fmt::format("{}{}: {}", i == 0 ? "" : ", ", entries[i].first, entries[i].second);
  }
  body_ += "}\n";
}

void YamlRecordWriter::record(const YamlFields& fields) {
  begin_record();
  for (const YamlField& field : fields) {
    switch (field.kind) {
      case YamlField::Kind::Text: text(field.key, field.text); break;
      case YamlField::Kind::Date: date(field.key, field.text); break;
      case YamlField::Kind::Boolean: boolean(field.key, field.flag); break;
      case YamlField::Kind::Integer: integer(field.key, field.number); break;
      case YamlField::Kind::List: list(field.key, field.items); break;
      case YamlField::Kind::Flow: flow_mapping(field.key, field.entries); break;
    }
  }
}

std::string YamlRecordWriter::finish() {
  // A list of comments only would read as null, which the schema rejects.
  out_ += list_key_line_ + (any_record_ ? "\n" : " []\n") + body_;
  return std::move(out_);
}

}  // namespace isms
