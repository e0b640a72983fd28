#include "approve/approval_edit.h"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "load/approval_digest.h"
#include "load/yaml_tree.h"
#include "load/yaml_json.h"

namespace isms {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// A position as libyaml reports it; `index` counts characters, not bytes.
struct Position {
  std::size_t index = 0;
  std::size_t line = 0;
  std::size_t column = 0;
};

Position position_of(const yaml_mark_t& mark) { return Position{mark.index, mark.line, mark.column}; }

/// What a scan of the file found out about its `register:` block.
struct Layout {
  std::string problem;         ///< the first reason the file cannot be edited safely
  int documents = 0;
  int register_keys = 0;
  Position register_key;       ///< start of the `register` key
  Position register_end;       ///< where the block's last value ends
  std::size_t key_column = 0;  ///< column of the keys inside the block
  bool key_column_known = false;
  int approval_keys = 0;
  Position approval_key_end;   ///< just after the `approval` key
  Position approval_start;     ///< the approval's value
  Position approval_end;
  bool approval_is_mapping = false;
  bool approval_is_flow = false;
};

/// An open mapping or sequence during the scan.
struct Frame {
  bool mapping = false;
  bool flow = false;
  bool is_register = false;  ///< the value of the top-level `register` key
  bool expect_key = true;
  std::string pending_key;   ///< the key whose value comes next
  Position content_end;      ///< where the last child seen ends
};

/// Owns a libyaml parser so that every exit path releases it.
class Parser {
 public:
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Parser() { yaml_parser_delete(&parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  bool next(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) != 0; }

 private:
  yaml_parser_t parser_{};
};

/// Walks libyaml's events, which keep where every node starts and ends: the tree the loader
/// builds keeps only start positions, and editing needs both.
class LayoutScanner {
 public:
  explicit LayoutScanner(Layout& layout) : layout_(layout) {}

  void scan(std::string_view text) {
    Parser parser(text);
    while (layout_.problem.empty()) {
      yaml_event_t event{};
      if (!parser.next(event)) {
        refuse("it is not valid YAML");
        return;
      }
      const bool done = event.type == YAML_STREAM_END_EVENT;
      on_event(event);
      yaml_event_delete(&event);
      if (done) return;
    }
  }

 private:
  void refuse(std::string problem) {
    if (layout_.problem.empty()) layout_.problem = std::move(problem);
  }

  bool inside_register() const { return stack_.size() >= 2 && stack_[1].is_register; }

  /// True when the next node is the value of the top-level `register` key.
  bool at_register_value() const {
    return stack_.size() == 1 && !stack_[0].expect_key && stack_[0].pending_key == "register";
  }

  void check_decorations(const yaml_char_t* anchor, const yaml_char_t* tag) {
    if ((inside_register() || at_register_value()) && (anchor != nullptr || tag != nullptr)) {
      refuse("its register: block uses YAML anchors, aliases or tags");
    }
  }

  void on_event(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_DOCUMENT_START_EVENT:
        if (++layout_.documents > 1) refuse("it holds more than one YAML document");
        return;
      case YAML_MAPPING_START_EVENT:
      case YAML_SEQUENCE_START_EVENT: {
        const bool mapping = event.type == YAML_MAPPING_START_EVENT;
        const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                  : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        if (mapping) {
          check_decorations(event.data.mapping_start.anchor, event.data.mapping_start.tag);
        } else {
          check_decorations(event.data.sequence_start.anchor, event.data.sequence_start.tag);
        }
        const bool is_register = at_register_value();
        if (stack_.empty() && (!mapping || flow)) refuse("its top level is not a block mapping");
        if (is_register && !mapping) refuse("its register: is not a mapping");
        if (is_register && flow) {
          refuse("its register: block is a flow mapping ({...}); write it as a block, one key per line");
        }
        Frame frame;
        frame.mapping = mapping;
        frame.flow = flow;
        frame.is_register = is_register;
        frame.content_end = position_of(event.end_mark);
        stack_.push_back(std::move(frame));
        starts_.push_back(position_of(event.start_mark));
        return;
      }
      case YAML_MAPPING_END_EVENT:
      case YAML_SEQUENCE_END_EVENT: {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        const Position start = starts_.back();
        starts_.pop_back();
        // A block collection ends where its last value ends; its end event sits at the next token,
        // possibly after comments and blank lines that belong to what follows.
        const Position end = frame.flow ? position_of(event.end_mark) : frame.content_end;
        if (frame.is_register) layout_.register_end = end;
        node_done(nullptr, frame.mapping, frame.flow, start, end);
        return;
      }
      case YAML_SCALAR_EVENT: {
        check_decorations(event.data.scalar.anchor, event.data.scalar.tag);
        if (at_register_value()) refuse("its register: is not a mapping");
        const std::string value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
        node_done(&value, false, false, position_of(event.start_mark), position_of(event.end_mark));
        return;
      }
      case YAML_ALIAS_EVENT:
        if (inside_register() || at_register_value()) refuse("its register: block uses YAML anchors, aliases or tags");
        node_done(nullptr, false, false, position_of(event.start_mark), position_of(event.end_mark));
        return;
      default:
        return;
    }
  }

  /// A node is complete: `scalar` is its text when it is a scalar.
  void node_done(const std::string* scalar, bool mapping, bool flow, Position start, Position end) {
    if (stack_.empty()) return;
    Frame& parent = stack_.back();
    parent.content_end = end;
    if (!parent.mapping) return;
    if (parent.expect_key) {
      parent.expect_key = false;
      parent.pending_key = scalar != nullptr ? *scalar : std::string();
      if (stack_.size() == 1 && parent.pending_key == "register") {
        if (++layout_.register_keys > 1) refuse("it has two register: keys");
        layout_.register_key = start;
      }
      if (parent.is_register) {
        if (!layout_.key_column_known) {
          layout_.key_column = start.column;
          layout_.key_column_known = true;
        }
        if (parent.pending_key == "approval") {
          if (++layout_.approval_keys > 1) refuse("its register: block has two approval: keys");
          layout_.approval_key_end = end;
        }
      }
      return;
    }
    if (parent.is_register && parent.pending_key == "approval") {
      layout_.approval_start = start;
      layout_.approval_end = end;
      layout_.approval_is_mapping = mapping;
      layout_.approval_is_flow = flow;
    }
    parent.expect_key = true;
  }

  Layout& layout_;
  std::vector<Frame> stack_;
  std::vector<Position> starts_;
};

/// The byte offset of the character at `index`, counting characters as libyaml does: from
/// after a byte-order mark, one per UTF-8 sequence.
std::size_t byte_offset(std::string_view text, std::size_t index) {
  std::size_t at = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  for (std::size_t chars = 0; chars < index && at < text.size(); ++chars) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

std::size_t line_start(std::string_view text, std::size_t at) {
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

/// Where the line holding `at` ends, before its line break.
std::size_t line_content_end(std::string_view text, std::size_t at) {
  const std::size_t newline = text.find('\n', at);
  if (newline == std::string_view::npos) return text.size();
  return newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
}

/// Where a value that ends at `end` really ends: a block scalar's end position lies in the
/// indentation of the line after it, so then the value ended with the line before.
bool ends_on_earlier_line(std::string_view text, std::size_t end) {
  const std::size_t start = line_start(text, end);
  return start > 0 && text.substr(start, end - start).find_first_not_of(' ') == std::string_view::npos;
}

/// "\r\n" when every line ends so, "\n" when every line ends so; empty with `problem` set
/// for line breaks an edit could not match.
std::string line_break_of(std::string_view text, std::string& problem) {
  bool crlf = false, lf = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\r') {
      if (at + 1 >= text.size() || text[at + 1] != '\n') {
        problem = "it has line breaks that are a carriage return alone";
        return {};
      }
      crlf = true;
      ++at;
    } else if (text[at] == '\n') {
      lf = true;
    }
  }
  if (crlf && lf) {
    problem = "it mixes Windows (CRLF) and Unix (LF) line endings";
    return {};
  }
  return crlf ? "\r\n" : "\n";
}

/// True when `value` can be written as a plain scalar in a flow mapping and read back as the
/// same string. Deliberately narrow: anything unusual is quoted instead.
bool plain_is_safe(std::string_view value) {
  if (value.empty() || value.back() == ' ') return false;
  const auto first = static_cast<unsigned char>(value.front());
  if (first < 0x80 && std::isalnum(first) == 0) return false;
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || std::isalnum(byte) != 0) continue;
    if (std::string_view(" ._'()/+&@-").find(c) == std::string_view::npos) return false;
  }
  // Characters YAML reads as line breaks or a byte-order mark.
  for (std::string_view special : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
    if (value.find(special) != std::string_view::npos) return false;
  }
  // Words that YAML 1.1 readers (PyYAML, older editors) take for booleans are quoted too.
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  for (std::string_view word : {"y", "n", "yes", "no", "on", "off"}) {
    if (lower == word) return false;
  }
  const std::string text(value);
  YamlNode probe;
  probe.scalar = text;
  return resolve_scalar(probe).is_string();
}

/// True when the new approval's field `key` reads back as the string `expected`.
bool reads_back(const YamlNode& approval, std::string_view key, const std::string& expected) {
  const YamlNode* node = approval.find(key);
  if (node == nullptr || node->kind != YamlKind::Scalar) return false;
  const nlohmann::json value = resolve_scalar(*node);
  return value.is_string() && value.get<std::string>() == expected;
}

/// The checks that make an edit safe to write; an empty string when they all pass.
std::string verify(std::string_view before_text, const ApprovalEdit& edit, const ApprovalFields& fields,
                   const Limits& limits) {
  const std::string_view after_text = edit.text;
  const std::size_t suffix = before_text.size() - edit.old_end;
  if (after_text.substr(0, edit.begin) != before_text.substr(0, edit.begin) ||
      after_text.size() - edit.new_end != suffix || after_text.substr(edit.new_end) != before_text.substr(edit.old_end)) {
    return "the edit would change more than the approval";
  }
  DiagnosticSink before_sink, after_sink;
  YamlDocument before, after;
  if (!parse_yaml(before_text, 1, limits, before, before_sink) || before.root == nullptr) return "it does not parse";
  if (!parse_yaml(after_text, 1, limits, after, after_sink) || after.root == nullptr ||
      after_sink.all().size() != before_sink.all().size()) {
    return "the edited file would not parse as cleanly as before";
  }
  std::string before_form, after_form;
  append_canonical_form(*before.root, DigestExclusion::ApprovalOnly, before_form);
  append_canonical_form(*after.root, DigestExclusion::ApprovalOnly, after_form);
  if (before_form != after_form) return "the edited file would read differently outside the approval";
  const YamlNode* block = after.root->find("register");
  const YamlNode* approval = block != nullptr ? block->find("approval") : nullptr;
  if (approval == nullptr || approval->kind != YamlKind::Mapping || approval->entries.size() != 4 ||
      !reads_back(*approval, "by", fields.by) || !reads_back(*approval, "role", fields.role) ||
      !reads_back(*approval, "date", fields.date) || !reads_back(*approval, "digest", fields.digest)) {
    return "the new approval would not read back as given";
  }
  return {};
}

}  // namespace

std::string flow_scalar(std::string_view value) {
  if (plain_is_safe(value)) return std::string(value);
  std::string quoted = "\"";
  for (std::size_t at = 0; at < value.size(); ++at) {
    const char c = value[at];
    const auto byte = static_cast<unsigned char>(c);
    const std::string_view rest = value.substr(at);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\t') {
      quoted += "\\t";
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\r') {
      quoted += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      quoted += fmt::format("\\x{:02x}", byte);
    } else if (rest.starts_with("\xC2\x85")) {
      quoted += "\\N";
      at += 1;
    } else if (rest.starts_with("\xE2\x80\xA8")) {
      quoted += "\\L";
      at += 2;
    } else if (rest.starts_with("\xE2\x80\xA9")) {
      quoted += "\\P";
      at += 2;
    } else if (rest.starts_with(kByteOrderMark)) {
      quoted += "\\uFEFF";
      at += 2;
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

std::string approval_flow_mapping(const ApprovalFields& fields) {
  // A digest is "sha256:" and hexadecimal digits, which a flow mapping reads as plain text.
  const std::string digest = is_content_digest(fields.digest) ? fields.digest : flow_scalar(fields.digest);
  return fmt::format("{{by: {}, role: {}, date: {}, digest: {}}}", flow_scalar(fields.by), flow_scalar(fields.role),
                     flow_scalar(fields.date), digest);
}

ApprovalEdit edit_approval(std::string_view text, const ApprovalFields& fields, bool replace_existing,
                           const Limits& limits) {
  ApprovalEdit result;
  const std::string line_break = line_break_of(text, result.problem);
  if (!result.problem.empty()) return result;
  Layout layout;
  LayoutScanner(layout).scan(text);
  if (!layout.problem.empty()) {
    result.problem = layout.problem;
    return result;
  }
  if (layout.register_keys == 0) {
    result.problem = "it has no register: block at the top level";
    return result;
  }
  const std::size_t block_end = byte_offset(text, layout.register_end.index);
  const std::size_t block_begin = line_start(text, byte_offset(text, layout.register_key.index));
  if (text.substr(block_begin, line_content_end(text, block_end) - block_begin).find('\t') != std::string_view::npos) {
    result.problem = "its register: block contains tab characters";
    return result;
  }

  const std::string flow = approval_flow_mapping(fields);
  std::string replacement;
  std::size_t approval_at = 0;  // where "approval" or its value starts in the new text
  if (layout.approval_keys > 0) {
    if (!layout.approval_is_mapping) {
      result.problem = "its register.approval is not a mapping";
      return result;
    }
    const std::size_t value_begin = byte_offset(text, layout.approval_start.index);
    const std::size_t value_end = byte_offset(text, layout.approval_end.index);
    if (layout.approval_is_flow) {
      result.begin = value_begin;
      result.old_end = value_end;
      replacement = flow;
      const std::size_t key_line = line_start(text, byte_offset(text, layout.approval_key_end.index));
      result.previous = std::string(text.substr(key_line, value_end - key_line));
    } else {
      // A block mapping: the key's line keeps its comment, and the lines of the old value go.
      const std::size_t key_end = byte_offset(text, layout.approval_key_end.index);
      const std::size_t colon = text.find_first_not_of(' ', key_end);
      if (colon == std::string_view::npos || text[colon] != ':') {
        result.problem = "its approval: key is not followed by ':' on the same line";
        return result;
      }
      const std::size_t key_line_end = line_content_end(text, colon);
      const std::string_view rest = text.substr(colon + 1, key_line_end - colon - 1);
      std::size_t last = 0;
      if (ends_on_earlier_line(text, value_end)) {
        last = line_start(text, value_end) - 1;  // the line break that ends the value's last line
        if (last > 0 && text[last - 1] == '\r') --last;
      } else {
        last = line_content_end(text, value_end);
      }
      result.begin = colon + 1;
      result.old_end = last;
      replacement = " " + flow;
      if (rest.find('#') != std::string_view::npos) replacement += rest;
      const std::size_t key_line = line_start(text, colon);
      result.previous = std::string(text.substr(key_line, last - key_line));
    }
    if (!replace_existing) {
      result.status = EditStatus::AlreadyApproved;
      return result;
    }
    result.replaced = true;
    approval_at = result.begin;
  } else {
    // Insert a line after the block's last value, at the indentation of its keys.
    std::size_t at = 0;
    if (ends_on_earlier_line(text, block_end)) {
      at = line_start(text, block_end);
    } else {
      const std::size_t newline = text.find('\n', block_end);
      at = newline == std::string_view::npos ? text.size() : newline + 1;
    }
    replacement = std::string(layout.key_column, ' ') + "approval: " + flow + line_break;
    if (at == text.size() && !text.empty() && text.back() != '\n') replacement = line_break + replacement;
    result.begin = at;
    result.old_end = at;
    approval_at = at + (replacement.starts_with(line_break) ? line_break.size() : 0);
  }
  result.text.reserve(text.size() + replacement.size());
  result.text.append(text.substr(0, result.begin)).append(replacement).append(text.substr(result.old_end));
  result.new_end = result.begin + replacement.size();
  result.line = static_cast<std::uint32_t>(
      1 + std::count(result.text.begin(), result.text.begin() + static_cast<std::ptrdiff_t>(approval_at), '\n'));
  if (std::string problem = verify(text, result, fields, limits); !problem.empty()) {
    result.text.clear();
    result.problem = problem;
    return result;
  }
  result.status = EditStatus::Edited;
  return result;
}

}  // namespace isms
