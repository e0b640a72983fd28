#include "import/soa_rows.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/catalogue.h"

namespace isms {
namespace {

/// Implementation statuses from weakest to strongest.
constexpr std::string_view kStatusOrder[] = {"not-started", "planned", "partial", "implemented"};

std::size_t status_rank(std::string_view status) {
  for (std::size_t rank = 0; rank < std::size(kStatusOrder); ++rank) {
    if (kStatusOrder[rank] == status) return rank;
  }
  return std::size(kStatusOrder);
}

void add_unique(std::vector<std::string>& into, const std::vector<std::string>& items) {
  for (const std::string& item : items) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

}  // namespace

std::vector<std::string> replacements_of(std::string_view id_2013) {
  std::vector<std::string> ids;
  for (std::string_view id : controls_replacing_2013(id_2013)) ids.emplace_back(id);
  return ids;
}

std::optional<std::string> parse_reason(std::string_view word) {
  struct Word {
    std::string_view key;
    std::string_view reason;
  };
  // Includes the abbreviations of common SoA templates: RRA (results of risk assessment), LR
  // (legal requirement), CO (contractual obligation), BR (business requirement), BP (best practice).
  static constexpr Word kWords[] = {
      {"risk", "risk"}, {"risks", "risk"}, {"riskassessment", "risk"}, {"rra", "risk"}, {"ra", "risk"},
      {"resultsofriskassessment", "risk"}, {"risktreatment", "risk"},
      {"legal", "legal"}, {"law", "legal"}, {"lr", "legal"}, {"regulatory", "legal"}, {"regulation", "legal"},
      {"statutory", "legal"}, {"legalrequirement", "legal"}, {"legalrequirements", "legal"},
      {"contract", "contract"}, {"contractual", "contract"}, {"co", "contract"}, {"contracts", "contract"},
      {"contractualobligation", "contract"}, {"contractualobligations", "contract"},
      {"business", "business"}, {"br", "business"}, {"businessrequirement", "business"},
      {"businessrequirements", "business"}, {"businessneed", "business"},
      {"bestpractice", "best-practice"}, {"bp", "best-practice"}, {"goodpractice", "best-practice"},
      {"industrybestpractice", "best-practice"},
  };
  const std::string key = normalise_key(word);
  for (const Word& entry : kWords) {
    if (entry.key == key) return std::string(entry.reason);
  }
  return std::nullopt;
}

bool read_soa_row(const RowFields& fields, SoaRecord& out) {
  RowReport& report = fields.report();
  out.row = report.row();
  const std::string control_text = fields.required_text("control");
  if (!control_text.empty()) {
    out.control = parse_control_id(control_text);
    const Cell* cell = fields.cell("control");
    if (out.control.edition == ControlEdition::Invalid) {
      report.error(fmt::format("control {} is not an Annex A control id (2022, such as A.5.1, or 2013, such as A.9.4.2)",
                               quote_for_message(control_text)));
    } else if (cell != nullptr && cell->type == CellType::Number && find_control(out.control.id + "0") != nullptr) {
      // A number cell has lost trailing zeros: 5.1 may have been typed as 5.10.
      report.error(fmt::format("control {} is stored as a number, so it may have been {}0; store control ids as text",
                               control_text, out.control.id));
    }
  }
  // "Partially" is how many consultants' sheets mark a control that applies to part of the scope:
  // it applies, and the justification says where.
  const std::string applicability = normalise_key(fields.text("applicable"));
  const bool partly = applicability == "partially" || applicability == "partial" || applicability == "partly" ||
                      applicability == "partiallyapplicable";
  if (partly) {
    report.warning(fmt::format("applicability {} read as applicable; a control applies or not, so say in the justification "
                               "where it applies", quote_for_message(fields.text("applicable"))));
  }
  const std::optional<bool> applicable = partly ? std::optional<bool>(true) : fields.yes_no("applicable", true);
  out.applicable = applicable.value_or(false);
  out.justification = fields.text("justification");
  if (out.justification.empty() && !fields.unreadable("justification")) {
    report.error("justification is empty; the SoA gives the reason for every inclusion and exclusion");
  }
  for (const std::string& word : split_list(fields.text("reasons"), false)) {
    // "BR/BP" and "legal & regulatory" list several reasons in one word.
    std::string rest = word;
    std::replace_if(rest.begin(), rest.end(), [](char c) { return c == '/' || c == '&' || c == '+'; }, ',');
    for (const std::string& part : split_list(rest, false)) {
      std::optional<std::string> reason = parse_reason(part);
      if (!reason) {
        report.error(fmt::format("reasons {} is not one of risk, legal, contract, business, best-practice",
                                 quote_for_message(part)));
      } else if (std::find(out.reasons.begin(), out.reasons.end(), *reason) == out.reasons.end()) {
        out.reasons.push_back(*reason);
      }
    }
  }
  const std::string status_text = fields.text("status");
  if (fields.unreadable("status")) {
    // reported with the cell
  } else if (status_text.empty()) {
    if (applicable.has_value() && !*applicable) {
      out.status = "not-applicable";  // an excluded control needs no status of its own
    } else if (applicable.has_value()) {
      report.error("status is empty; write implemented, partial, planned or not started");
    }
  } else if (std::optional<std::string> status = parse_status(status_text)) {
    out.status = *status;
  } else {
    report.error(fmt::format("status {} is not implemented, partial, planned, not started or not applicable",
                             quote_for_message(status_text)));
  }
  out.owner = fields.text("owner");
  out.ai_coverage = fields.text("ai_coverage");
  out.evidence = fields.id_list("evidence");
  out.documents = fields.id_list("documents");
  return !report.failed();
}

SoaOutputEntry entry_from_2022(const SoaRecord& record) {
  SoaOutputEntry entry;
  entry.control = record.control.id;
  entry.applicable = record.applicable;
  entry.justification = record.justification;
  entry.reasons = record.reasons;
  entry.status = record.status;
  entry.owner = record.owner;
  entry.ai_coverage = record.ai_coverage;
  entry.evidence = record.evidence;
  entry.documents = record.documents;
  return entry;
}

namespace {

/// Position of a 2013 id in the catalogue, so that merged sources read in the standard's order.
std::size_t order_2013(std::string_view id) {
  const std::span<const Replacement2013> rows = replacements_2013();
  for (std::size_t index = 0; index < rows.size(); ++index) {
    if (rows[index].id_2013 == id) return index;
  }
  return rows.size();
}

}  // namespace

SoaOutputEntry merge_2013_sources(std::string_view control, const std::vector<const SoaRecord*>& unordered) {
  std::vector<const SoaRecord*> sources = unordered;
  std::stable_sort(sources.begin(), sources.end(), [](const SoaRecord* a, const SoaRecord* b) {
    return order_2013(a->control.id) < order_2013(b->control.id);
  });
  SoaOutputEntry entry;
  entry.control = std::string(control);
  for (const SoaRecord* source : sources) entry.applicable = entry.applicable || source->applicable;
  std::size_t weakest = std::size(kStatusOrder);
  std::vector<std::string> owners;
  for (const SoaRecord* source : sources) {
    entry.from_2013.push_back(source->control.id);
    if (!entry.justification.empty()) entry.justification += "; ";
    // A source whose applicability differs from the merged entry's says so, or its text misleads.
    const char* marker = source->applicable == entry.applicable ? "" : source->applicable ? " (included)" : " (excluded)";
    entry.justification += fmt::format("{}{}: {}", source->control.id, marker, source->justification);
    if (!source->ai_coverage.empty()) {
      if (!entry.ai_coverage.empty()) entry.ai_coverage += "; ";
      entry.ai_coverage += fmt::format("{}: {}", source->control.id, source->ai_coverage);
    }
    if (source->applicable) weakest = std::min(weakest, status_rank(source->status));
    add_unique(entry.reasons, source->reasons);
    if (!source->owner.empty()) add_unique(owners, {source->owner});
    add_unique(entry.evidence, source->evidence);
    add_unique(entry.documents, source->documents);
  }
  if (!entry.applicable) {
    entry.status = "not-applicable";
  } else {
    entry.status = std::string(weakest < std::size(kStatusOrder) ? kStatusOrder[weakest] : kStatusOrder[0]);
  }
  for (const std::string& owner : owners) entry.owner += (entry.owner.empty() ? "" : ", ") + owner;
  return entry;
}

void write_soa_entry(YamlRecordWriter& writer, const SoaOutputEntry& entry) {
  if (!entry.from_2013.empty()) {
    std::string sources;
    for (const std::string& id : entry.from_2013) sources += (sources.empty() ? "" : ", ") + id;
    const AnnexAControl* control = find_control(entry.control);
    writer.comment(fmt::format("{} {} <- ISO/IEC 27001:2013 {}", entry.control,
                               control != nullptr ? control->title : std::string_view(), sources));
  }
  writer.begin_record();
  writer.text("control", entry.control);
  writer.boolean("applicable", entry.applicable);
  writer.text("justification", entry.justification);
  if (!entry.reasons.empty()) writer.list("reasons", entry.reasons);
  writer.text("status", entry.status);
  if (!entry.owner.empty()) writer.text("owner", entry.owner);
  if (!entry.ai_coverage.empty()) writer.text("ai_coverage", entry.ai_coverage);
  if (!entry.evidence.empty()) writer.list("evidence", entry.evidence);
  if (!entry.documents.empty()) writer.list("documents", entry.documents);
}

}  // namespace isms
