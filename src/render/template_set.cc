#include "render/template_set.h"

#include <set>

#include <fmt/format.h>

#include "render/template_nesting.h"

namespace isms {
namespace {

namespace mustache = kainjow::mustache;
using Component = mustache::component<std::string>;

std::string partial_file(const std::string& name) { return std::string(kPartialFolder) + name + kTemplateSuffix; }

/// Counts the nodes of a parse tree and collects the partial names its tags use. Recursive,
/// but only over trees whose nesting has been bounded.
void survey(const Component& node, std::set<std::string>& names, std::size_t& count) {
  for (const Component& child : node.children) {
    ++count;
    if (child.tag.type == mustache::tag_type::partial) names.insert(child.tag.name);
    survey(child, names, count);
  }
}

/// "soa > header > soa": a chain of partial names.
std::string chain_text(const std::vector<std::string>& chain) {
  std::string text;
  for (const std::string& name : chain) text += (text.empty() ? "" : " > ") + name;
  return text;
}

class SetLoader {
 public:
  SetLoader(const TemplateLoader& loader, const std::string& file, const TemplateLimits& limits, TemplateSet& set)
      : loader_(loader), main_file_(file), limits_(limits), set_(set) {}

  Status load() {
    bool found = false;
    if (Status read_main = read(main_file_, fmt::format("template {}", main_file_), set_.main, found); !read_main) {
      return read_main;
    }
    if (!found) return Error{fmt::format("no template {}", main_file_)};
    for (const std::string& name : set_.main.partials) {
      if (Status visited = visit(name); !visited) return visited;
    }
    return Done{};
  }

 private:
  /// Loads and parses one file; `what` names it in messages.
  Status read(const std::string& file, const std::string& what, ParsedTemplate& parsed, bool& found) {
    parsed.file = file;
    if (Status loaded = loader_(file, parsed.text, found); !loaded || !found) return loaded;
    total_bytes_ += parsed.text.size();
    if (total_bytes_ > limits_.max_total_template_bytes) {
      return Error{fmt::format("template {} and the partials it includes are larger than {} together", main_file_,
                               size_text(limits_.max_total_template_bytes))};
    }
    if (section_nesting(parsed.text, limits_.max_section_nesting) > limits_.max_section_nesting) {
      return Error{fmt::format("{} nests sections more than {} deep", what, limits_.max_section_nesting)};
    }
    mustache::context<std::string> unused;
    mustache::context_internal<std::string> internal{unused};
    std::string error;
    mustache::parser<std::string> parser{parsed.text, internal, parsed.root, error};
    if (!error.empty()) return Error{fmt::format("{} is not valid Mustache: {}", what, error)};
    std::set<std::string> names;
    survey(parsed.root, names, parsed.components);
    parsed.partials.assign(names.begin(), names.end());
    return Done{};
  }

  /// Loads partial `name`, reached through `path_`, and everything it includes. Each partial
  /// is explored once; `height_` remembers how many levels of partials it brings, so that a
  /// partial reached again by a longer path is still held to the depth limit.
  Status visit(const std::string& name) {
    if (auto known = height_.find(name); known != height_.end()) {
      if (path_.size() + known->second > limits_.max_partial_depth) return Error{too_deep(name)};
      return Done{};
    }
    for (std::size_t i = 0; i < path_.size(); ++i) {
      if (path_[i] != name) continue;
      std::vector<std::string> loop(path_.begin() + static_cast<std::ptrdiff_t>(i), path_.end());
      loop.push_back(name);
      return Error{fmt::format("template {}: partial {} includes itself ({}); partials may not include themselves, "
                               "directly or through other partials",
                               main_file_, name, chain_text(loop))};
    }
    path_.push_back(name);
    if (path_.size() > limits_.max_partial_depth) return Error{too_deep({})};
    bool found = false;
    ParsedTemplate parsed;
    const std::string what = fmt::format("partial {} (included by template {})", partial_file(name), main_file_);
    if (Status read_partial = read(partial_file(name), what, parsed, found); !read_partial) return read_partial;
    std::size_t below = 0;
    for (const std::string& child : parsed.partials) {
      if (Status visited = visit(child); !visited) return visited;
      if (height_.at(child) > below) {
        below = height_.at(child);
        deepest_below_[name] = child;
      }
    }
    path_.pop_back();
    height_[name] = found ? 1 + below : 0;
    if (found) set_.partials.emplace(name, std::move(parsed));
    return Done{};
  }

  /// The message for a chain of partials longer than the limit: `path_`, then from `next` on
  /// the deepest chain already explored.
  std::string too_deep(const std::string& next) {
    std::vector<std::string> chain = path_;
    for (std::string name = next; !name.empty();) {
      chain.push_back(name);
      auto deeper = deepest_below_.find(name);
      name = deeper == deepest_below_.end() ? std::string() : deeper->second;
    }
    return fmt::format("template {} includes partials more than {} levels deep ({}); at most {} levels are allowed",
                       main_file_, limits_.max_partial_depth, chain_text(chain), limits_.max_partial_depth);
  }

  const TemplateLoader& loader_;
  const std::string& main_file_;
  const TemplateLimits& limits_;
  TemplateSet& set_;
  std::size_t total_bytes_ = 0;
  std::vector<std::string> path_;
  std::map<std::string, std::size_t> height_;
  std::map<std::string, std::string> deepest_below_;
};

}  // namespace

Status load_template_set(const TemplateLoader& loader, const std::string& file, const TemplateLimits& limits,
                         TemplateSet& set) {
  return SetLoader(loader, file, limits, set).load();
}

}  // namespace isms
