#include "render/xlsx_soa.h"

#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "model/dates.h"
#include "util/escape.h"

namespace isms {
namespace {

struct Column {
  const char* heading;
  const char* key;
  double width;
};

constexpr Column kColumns[] = {
    {"Control", "id", 9},          {"Theme", "theme", 14},          {"Title", "title", 34},
    {"Applicability", "applicability", 13}, {"Justification", "justification", 60},
    {"AI coverage", "ai_coverage", 40},
    {"Reasons", "reasons_text", 16}, {"Status", "status_label", 15}, {"Owner", "owner", 14},
    {"Risks", "risks_text", 30},   {"Requirements", "requirements_text", 26},
    {"Documents", "documents_text", 22}, {"Evidence", "evidence_text", 26},
    {"Latest evidence", "latest_evidence", 13},
};
constexpr lxw_col_t kColumnCount = static_cast<lxw_col_t>(std::size(kColumns));

/// Excel's limit on one cell. The writer checks it in bytes, so bytes are what is counted here.
constexpr std::size_t kMaxCellBytes = 32767;
constexpr std::string_view kTruncated = " [truncated: the csv and md documents have the full text]";

/// Cuts text to fit one cell, on a UTF-8 character boundary, and says so in the cell.
std::string fit_cell(std::string text) {
  if (text.size() <= kMaxCellBytes) return text;
  std::size_t cut = kMaxCellBytes - kTruncated.size();
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  text.append(kTruncated);
  return text;
}

/// OOXML reads "_xHHHH_" in shared strings as an escaped character; a literal one is written
/// with its underscore escaped, so the cell shows what the register says.
std::string escape_ooxml_sequences(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    const bool sequence = text.size() - at >= 7 && text.compare(at, 2, "_x") == 0 &&
                          std::isxdigit(static_cast<unsigned char>(text[at + 2])) &&
                          std::isxdigit(static_cast<unsigned char>(text[at + 3])) &&
                          std::isxdigit(static_cast<unsigned char>(text[at + 4])) &&
                          std::isxdigit(static_cast<unsigned char>(text[at + 5])) && text[at + 6] == '_';
    if (sequence) out += "_x005F";
    out += text[at];
  }
  return out;
}

/// Writes text that no spreadsheet will evaluate, and that fits one cell.
void put(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text, lxw_format* format) {
  const std::string cell = fit_cell(escape_ooxml_sequences(neutralize_formula(text)));
  worksheet_write_string(sheet, row, column, cell.c_str(), format);
}

std::string field(const Json& object, const char* key) {
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

/// The generation date as a time for the workbook's properties, so that output is reproducible.
std::time_t generation_time(const Json& document) {
  Date date;
  if (!parse_date(field(document, "generated"), date)) return 0;
  return static_cast<std::time_t>(date.days) * 86400;
}

std::string approval_line(const Json& soa) {
  const Json& approval = soa["approval"];
  const std::string version = field(soa, "version");
  if (!approval["recorded"].get<bool>()) return fmt::format("Version {}, approval not recorded", version);
  return fmt::format("Version {}, approved by {} ({}) on {}", version, field(approval, "by"), field(approval, "role"),
                     field(approval, "date"));
}

void fill_sheet(lxw_workbook* workbook, const Json& data) {
  const Json& document = data["document"];
  const Json& soa = data["soa"];
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Statement of Applicability");

  lxw_format* title = workbook_add_format(workbook);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* banner = workbook_add_format(workbook);
  format_set_bold(banner);
  format_set_font_color(banner, LXW_COLOR_WHITE);
  format_set_bg_color(banner, 0xB00020);
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_bg_color(header, 0x1F3A5F);
  format_set_font_color(header, LXW_COLOR_WHITE);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* cell = workbook_add_format(workbook);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);

  lxw_row_t row = 0;
  put(sheet, row++, 0, fmt::format("Statement of Applicability: {}", field(document, "organisation")), title);
  put(sheet, row++, 0, approval_line(soa), nullptr);
  put(sheet, row++, 0,
      fmt::format("Generated {} by {} from {}", field(document, "generated"), field(document, "tool"),
                  field(document, "source")),
      nullptr);
  if (document["draft"].get<bool>()) put(sheet, row++, 0, field(document, "draft_banner"), banner);
  ++row;

  const lxw_row_t header_row = row;
  for (lxw_col_t column = 0; column < kColumnCount; ++column) {
    worksheet_set_column(sheet, column, column, kColumns[column].width, cell);
    put(sheet, header_row, column, kColumns[column].heading, header);
  }
  for (const Json& theme : soa["themes"]) {
    for (const Json& control : theme["controls"]) {
      ++row;
      for (lxw_col_t column = 0; column < kColumnCount; ++column) {
        put(sheet, row, column, field(control, kColumns[column].key), cell);
      }
    }
  }
  worksheet_freeze_panes(sheet, header_row + 1, 1);
  worksheet_autofilter(sheet, header_row, 0, row, kColumnCount - 1);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_repeat_rows(sheet, header_row, header_row);
  worksheet_fit_to_pages(sheet, 1, 0);
}

}  // namespace

Result<std::string> write_soa_xlsx(const Json& data) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path folder = fs::temp_directory_path(error);
  if (error) return Error{fmt::format("no temporary folder for the workbook: {}", error.message())};
  std::string path_template = (folder / "isms-soa-XXXXXX").string();
  const int descriptor = ::mkstemp(path_template.data());
  if (descriptor < 0) return Error{"cannot create a temporary file for the workbook"};
  ::close(descriptor);

  std::string tmpdir = folder.string();
  lxw_workbook_options options{};
  options.tmpdir = tmpdir.data();
  lxw_workbook* workbook = workbook_new_opt(path_template.c_str(), &options);
  if (workbook == nullptr) {
    fs::remove(path_template, error);
    return Error{"cannot create the workbook"};
  }
  std::string title = fmt::format("Statement of Applicability: {}", field(data["document"], "organisation"));
  std::string author = field(data["document"], "tool");
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.author = author.data();
  properties.created = generation_time(data["document"]);
  workbook_set_properties(workbook, &properties);
  fill_sheet(workbook, data);
  const lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR) {
    fs::remove(path_template, error);
    return Error{fmt::format("cannot write the workbook: {}", lxw_strerror(closed))};
  }
  std::ifstream stream(path_template, std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  fs::remove(path_template, error);
  return contents.str();
}

}  // namespace isms
