#include "render/template_budget.h"

#include <fmt/format.h>

namespace isms {
namespace {

namespace mustache = kainjow::mustache;
using Component = mustache::component<std::string>;
using mustache::tag_type;

/// Follows kainjow's basic_mustache::render_component and render_section case by case, with
/// the same context lookups; lambdas are left out because the data never holds one.
class CostWalk {
 public:
  CostWalk(const TemplateSet& set, const mustache::data& data, const TemplateLimits& limits)
      : set_(set), limits_(limits), context_(&data) {}

  void walk(const Component& node) {
    for (const Component& child : node.children) {
      if (over()) return;
      visit(child);
    }
  }

  bool over() const { return cost_.bytes > limits_.max_output_bytes || cost_.steps > limits_.max_render_steps; }
  const RenderCost& cost() const { return cost_; }

 private:
  void visit(const Component& node) {
    ++cost_.steps;
    const mustache::data* value = nullptr;
    switch (node.tag.type) {
      case tag_type::text: cost_.bytes += node.text.size(); break;
      case tag_type::variable:
      case tag_type::unescaped_variable:
        value = context_.get(node.tag.name);
        if (value != nullptr && value->is_string()) cost_.bytes += value->string_value().size();
        break;
      case tag_type::section_begin:
        value = context_.get(node.tag.name);
        if (value != nullptr && !value->is_false() && !value->is_empty_list()) section(node, value);
        break;
      case tag_type::section_begin_inverted:
        value = context_.get(node.tag.name);
        if (value == nullptr || value->is_false() || value->is_empty_list()) section(node, value);
        break;
      case tag_type::partial:
        if (auto partial = set_.partials.find(node.tag.name); partial != set_.partials.end()) {
          cost_.steps += partial->second.components;  // kainjow parses the partial again each time
          walk(partial->second.root);
        }
        break;
      default: break;
    }
  }

  void section(const Component& node, const mustache::data* value) {
    if (value != nullptr && value->is_non_empty_list()) {
      for (const mustache::data& item : value->list_value()) {
        if (over()) return;
        ++cost_.steps;
        context_.push(&item);
        walk(node);
        context_.pop();
      }
    } else if (value != nullptr) {
      context_.push(value);
      walk(node);
      context_.pop();
    } else {
      walk(node);
    }
  }

  const TemplateSet& set_;
  const TemplateLimits& limits_;
  mustache::context<std::string> context_;
  RenderCost cost_;
};

}  // namespace

RenderCost estimate_render_cost(const TemplateSet& set, const mustache::data& data, const TemplateLimits& limits) {
  CostWalk walk(set, data, limits);
  walk.walk(set.main.root);
  return walk.cost();
}

Status check_render_cost(const TemplateSet& set, const mustache::data& data, const TemplateLimits& limits) {
  const RenderCost cost = estimate_render_cost(set, data, limits);
  if (cost.bytes > limits.max_output_bytes) {
    return Error{fmt::format("template {} would render more than {}; sections over lists or repeated partials multiply "
                             "the output, and a document may be at most {}",
                             set.main.file, size_text(limits.max_output_bytes), size_text(limits.max_output_bytes))};
  }
  if (cost.steps > limits.max_render_steps) {
    return Error{fmt::format("template {} takes more than {} rendering steps; sections over lists or repeated partials "
                             "multiply the work, and rendering may take at most {} steps",
                             set.main.file, limits.max_render_steps, limits.max_render_steps)};
  }
  return Done{};
}

}  // namespace isms
