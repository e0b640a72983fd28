#include "render/template_engine.h"

#include <map>
#include <new>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "util/escape.h"
#include "render/template_budget.h"
#include "render/template_context.h"
#include "render/template_set.h"

namespace isms {
namespace {

namespace mustache = kainjow::mustache;

/// The escape applied to every value of a format; plain text is left as written.
std::string escape_for(DocumentFormat format, const std::string& text) {
  switch (format) {
    case DocumentFormat::Html: return html_escape(text);
    case DocumentFormat::Markdown: return markdown_cell_escape(text);
    case DocumentFormat::Csv: return csv_field(text);
    default: return text;
  }
}

/// The data as kainjow takes it, every string already escaped for `format`. Escaping here
/// rather than in kainjow's escape hook is what makes {{{x}}} and {{& x}}, which skip the
/// hook, give the same text as {{x}}.
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
      return mustache::data(escape_for(format, value.get_ref<const std::string&>()));
    case Json::value_t::boolean: return mustache::data(value.get<bool>());
    case Json::value_t::null: return mustache::data(false);
    default: return mustache::data(escape_for(format, value.dump()));
  }
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

struct OutputLimitReached {};

/// Where kainjow writes the document: stops it, by throwing, once past the limit. The cost
/// check before rendering should make this unreachable; it is the second line of defence.
class BoundedOutput {
 public:
  BoundedOutput(std::string& out, std::size_t limit) : out_(out), limit_(limit) {}
  BoundedOutput& operator<<(const std::string& text) {
    if (text.size() > limit_ - out_.size()) throw OutputLimitReached{};
    out_ += text;
    return *this;
  }

 private:
  std::string& out_;
  std::size_t limit_;
};

/// Renders into `out`; on an error `out` is left empty.
Status render_set(TemplateSet set, const mustache::data& root, const TemplateLimits& limits, std::string& out) {
  const std::string file = set.main.file;
  std::map<std::string, mustache::data> partials;
  for (auto& [name, partial] : set.partials) partials.emplace(name, mustache::data(std::move(partial.text)));
  const std::string text = std::move(set.main.text);
  set = TemplateSet();  // free the parse trees of the cost check before kainjow builds its own

  mustache::mustache engine{text};
  if (!engine.is_valid()) return Error{fmt::format("template {} is not valid Mustache: {}", file, engine.error_message())};
  // Values arrive escaped (to_mustache); kainjow's default escape, HTML, must not run again.
  engine.set_custom_escape([](const std::string& value) { return value; });
  TemplateContext context(&root, partials);
  BoundedOutput output(out, limits.max_output_bytes);
  try {
    engine.render(context, output);
  } catch (const OutputLimitReached&) {
    out.clear();
    return Error{fmt::format("template {} rendered more than {}; a document may be at most {}", file,
                             size_text(limits.max_output_bytes), size_text(limits.max_output_bytes))};
  }
  if (!engine.is_valid()) {
    out.clear();
    return Error{fmt::format("template {} failed to render: {}", file, engine.error_message())};
  }
  return Done{};
}

}  // namespace

std::string template_file_name(DocumentKind document, DocumentFormat format) {
  return fmt::format("{}.{}{}", document_name(document), format_name(format), kTemplateSuffix);
}

Result<std::string> render_template_file(const TemplateLoader& loader, const std::string& file, DocumentFormat format,
                                         const Json& data, const TemplateLimits& limits) {
  std::string out;
  try {
    TemplateSet set;
    if (Status loaded = load_template_set(loader, file, limits, set); !loaded) return Error{loaded.error()};
    const mustache::data root = to_mustache(data, format);
    if (Status affordable = check_render_cost(set, root, limits); !affordable) return Error{affordable.error()};
    if (Status rendered = render_set(std::move(set), root, limits, out); !rendered) return Error{rendered.error()};
  } catch (const std::bad_alloc&) {
    // The limits keep a template far below any memory a machine has; this is a last resort
    // so that even a wrong limit ends in a message, not in std::terminate.
    return Error{fmt::format("template {} needs more memory than is available", file)};
  }
  if (format == DocumentFormat::Markdown || format == DocumentFormat::Text) out = tidy_blank_lines(out);
  return out;
}

Result<std::string> render_template(const std::string& override_dir, DocumentKind document, DocumentFormat format,
                                    const Json& data) {
  const std::string file = template_file_name(document, format);
  const std::set<std::string> partials = partial_names(override_dir);
  for (const std::string& partial : partials) {
    // Kept from when partials shared the data's names: a partial named like a top-level field
    // is refused, as documented, though the two no longer meet.
    if (data.contains(partial)) {
      return Error{fmt::format("partial {}{} has the name of template data; rename it", partial, kTemplateSuffix)};
    }
  }
  const TemplateLimits limits;
  return render_template_file(folder_template_loader(override_dir, partials, limits.max_template_bytes), file, format,
                              data, limits);
}

}  // namespace isms
