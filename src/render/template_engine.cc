#include "render/template_engine.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "escape.h"
#include "isms/embedded.h"

namespace isms {
namespace {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

/// Templates are small; a larger file is a mistake, not a template.
constexpr std::uintmax_t kMaxTemplateBytes = 1 << 20;
constexpr std::string_view kBuiltinPrefix = "render/";
constexpr std::string_view kPartialFolder = "partials/";
constexpr std::string_view kSuffix = ".mustache";

/// The escape applied to every {{value}} of a format; plain text is left as written.
std::string escape_for(DocumentFormat format, const std::string& text) {
  switch (format) {
    case DocumentFormat::Html: return html_escape(text);
    case DocumentFormat::Markdown: return markdown_cell_escape(text);
    case DocumentFormat::Csv: return csv_field(text);
    default: return text;
  }
}

mustache::data to_mustache(const Json& value, DocumentFormat format) {
  switch (value.type()) {
    case Json::value_t::object: {
      // operator[] moves each member in; set() would copy the whole subtree at every level.
      mustache::data object{mustache::data::type::object};
      for (auto it = value.begin(); it != value.end(); ++it) object[it.key()] = to_mustache(it.value(), format);
      return object;
    }
    case Json::value_t::array: {
      // push_back() copies, and kainjow offers no mutable access to a list, so each item is
      // pushed as a cheap placeholder and moved into it. The list itself is not const.
      mustache::data list{mustache::data::type::list};
      for (const Json& item : value) {
        list.push_back(mustache::data(false));
        const_cast<mustache::data&>(list.list_value().back()) = to_mustache(item, format);
      }
      return list;
    }
    // An empty string is false, as in JavaScript Mustache, so that {{#field}} hides what is not
    // recorded; CSV keeps it a string so that an empty cell is still a quoted field.
    case Json::value_t::string:
      if (value.get_ref<const std::string&>().empty() && format != DocumentFormat::Csv) return mustache::data(false);
      return mustache::data(value.get<std::string>());
    case Json::value_t::boolean: return mustache::data(value.get<bool>());
    case Json::value_t::null: return mustache::data(false);
    default: return mustache::data(value.dump());
  }
}

/// Reads a template from the override folder; refuses files that resolve outside it.
std::string read_override(const fs::path& folder, const std::string& relative, std::string& text, bool& found) {
  found = false;
  std::error_code error;
  const fs::path candidate = folder / relative;
  if (!fs::exists(fs::symlink_status(candidate, error))) return {};
  const fs::path root = fs::canonical(folder, error);
  if (error) return fmt::format("cannot read the templates folder {}: {}", folder.string(), error.message());
  const fs::path resolved = fs::canonical(candidate, error);
  if (error) return fmt::format("cannot read template {}: {}", candidate.string(), error.message());
  const std::string root_text = root.string() + "/";
  if (resolved.string().rfind(root_text, 0) != 0) {
    return fmt::format("template {} resolves outside the templates folder; templates are read only from inside it",
                       candidate.string());
  }
  if (!fs::is_regular_file(resolved, error)) return fmt::format("template {} is not a regular file", candidate.string());
  if (fs::file_size(resolved, error) > kMaxTemplateBytes) {
    return fmt::format("template {} is larger than 1 MiB", candidate.string());
  }
  std::ifstream stream(resolved, std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  if (!stream.good() && !stream.eof()) return fmt::format("cannot read template {}", candidate.string());
  text = contents.str();
  found = true;
  return {};
}

/// A template's text: from the override folder when it has the file, else built in.
std::string load_template(const std::string& override_dir, const std::string& relative, std::string& text,
                          bool& found) {
  if (!override_dir.empty()) {
    std::string problem = read_override(override_dir, relative, text, found);
    if (!problem.empty() || found) return problem;
  }
  std::optional<std::string_view> builtin = find_embedded(template_files(), std::string(kBuiltinPrefix) + relative);
  found = builtin.has_value();
  if (found) text.assign(builtin->data(), builtin->size());
  return {};
}

/// Every partial name known: built in, plus those in the override folder.
std::map<std::string, std::string> partial_names(const std::string& override_dir) {
  std::map<std::string, std::string> names;
  const std::string prefix = std::string(kBuiltinPrefix) + std::string(kPartialFolder);
  for (const EmbeddedFile& file : template_files()) {
    std::string_view path = file.path;
    if (!path.starts_with(prefix) || !path.ends_with(kSuffix)) continue;
    path.remove_prefix(prefix.size());
    path.remove_suffix(kSuffix.size());
    names.emplace(std::string(path), std::string());
  }
  if (!override_dir.empty()) {
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(override_dir) / kPartialFolder, error)) {
      const std::string name = entry.path().filename().string();
      if (name.size() > kSuffix.size() && name.ends_with(kSuffix)) names.emplace(name.substr(0, name.size() - kSuffix.size()), std::string());
    }
  }
  return names;
}

/// Lines that held only section tags leave blank lines behind; in text formats more than one
/// blank line in a row, or blank lines at the start, carry no meaning.
std::string tidy_blank_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  std::size_t newlines = 2;  // drop blank lines at the start
  for (char c : text) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string template_file_name(DocumentKind document, DocumentFormat format) {
  return fmt::format("{}.{}{}", document_name(document), format_name(format), kSuffix);
}

std::string render_template(const std::string& override_dir, DocumentKind document, DocumentFormat format,
                            const Json& data, std::string& out) {
  const std::string name = template_file_name(document, format);
  std::string text;
  bool found = false;
  if (std::string problem = load_template(override_dir, name, text, found); !problem.empty()) return problem;
  if (!found) return fmt::format("no template {} for {} as {}", name, document_name(document), format_name(format));

  mustache::data root = to_mustache(data, format);
  for (auto& [partial, contents] : partial_names(override_dir)) {
    // Partials share the top-level names with the data; one named like the data would hide it.
    if (data.contains(partial)) return fmt::format("partial {}{} has the name of template data; rename it", partial, kSuffix);
    bool partial_found = false;
    const std::string relative = std::string(kPartialFolder) + partial + std::string(kSuffix);
    if (std::string problem = load_template(override_dir, relative, contents, partial_found); !problem.empty()) {
      return problem;
    }
    const std::string captured = contents;
    root.set(partial, mustache::partial([captured]() { return captured; }));
  }

  mustache::mustache engine{text};
  if (!engine.is_valid()) return fmt::format("template {} is not valid Mustache: {}", name, engine.error_message());
  engine.set_custom_escape([format](const std::string& value) { return escape_for(format, value); });
  out = engine.render(root);
  if (!engine.is_valid()) return fmt::format("template {} failed to render: {}", name, engine.error_message());
  if (format == DocumentFormat::Markdown || format == DocumentFormat::Text) out = tidy_blank_lines(out);
  return {};
}

}  // namespace isms
