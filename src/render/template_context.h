#pragma once
/// The names a template's tags can reach while kainjow renders it. Kainjow's own context looks
/// partials up among the data, at every level of sections: `{{> justification}}` inside
/// `{{#controls}}` would then take a control's justification, text from a register, as a
/// template, rendering it unescaped and running its tags. Here data and partials are apart.

#include <map>
#include <string>

#include <kainjow/mustache.hpp>

namespace isms {

class TemplateContext final : public kainjow::mustache::basic_context<std::string> {
 public:
  using Data = kainjow::mustache::data;

  /// `partials` maps a partial name to its text; both must outlive the context.
  TemplateContext(const Data* root, const std::map<std::string, Data>& partials)
      : data_(root), partials_(partials) {}

  void push(const Data* data) override { data_.push(data); }
  void pop() override { data_.pop(); }
  const Data* get(const std::string& name) const override { return data_.get(name); }
  const Data* get_partial(const std::string& name) const override {
    auto partial = partials_.find(name);
    return partial == partials_.end() ? nullptr : &partial->second;
  }

 private:
  kainjow::mustache::context<std::string> data_;
  const std::map<std::string, Data>& partials_;
};

}  // namespace isms
