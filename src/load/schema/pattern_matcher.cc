#include "load/schema/pattern_matcher.h"

#include <bitset>

namespace isms {

/// One element of a pattern: a set of bytes or a group, repeated `min` to `max` times.
struct Pattern::Atom {
  std::bitset<256> bytes;    ///< for a byte atom: the bytes it accepts
  std::vector<Atom> group;   ///< for a group: its sequence
  bool is_group = false;
  int min = 1;
  int max = 1;  ///< -1 for no upper bound
};

namespace {

using Atom = Pattern::Atom;
using Sequence = std::vector<Atom>;

constexpr int kUnbounded = -1;
/// Group repetitions nest one call each; a text that needs more is treated as not matching.
constexpr int kMaxDepth = 10000;

/// Parses the supported subset; returns false on anything outside it.
class SubsetParser {
 public:
  explicit SubsetParser(std::string_view source) : source_(source) {}

  bool parse(Sequence& out, bool& anchored_start, bool& anchored_end) {
    if (at_ < source_.size() && source_[at_] == '^') {
      anchored_start = true;
      ++at_;
    }
    std::string_view body = source_;
    if (!body.empty() && body.back() == '$' && !escaped_at(body.size() - 1)) {
      anchored_end = true;
      source_ = body.substr(0, body.size() - 1);
    }
    return sequence(out, 0) && at_ == source_.size();
  }

 private:
  bool escaped_at(std::size_t index) const {
    std::size_t backslashes = 0;
    while (index > backslashes && source_[index - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
  }

  bool sequence(Sequence& out, int depth) {
    while (at_ < source_.size() && source_[at_] != ')') {
      Atom atom;
      const char c = source_[at_];
      if (c == '(') {
        if (depth > 16 || (at_ + 1 < source_.size() && source_[at_ + 1] == '?')) return false;
        ++at_;
        atom.is_group = true;
        if (!sequence(atom.group, depth + 1) || at_ >= source_.size() || source_[at_] != ')') return false;
        ++at_;
      } else if (c == '[') {
        if (!byte_class(atom.bytes)) return false;
      } else if (c == '\\') {
        if (!escape(atom.bytes)) return false;
      } else if (c == '.') {
        atom.bytes.set();
        atom.bytes.reset('\n');
        atom.bytes.reset('\r');
        ++at_;
      } else if (std::string_view("|^$*+?{}]").find(c) != std::string_view::npos) {
        return false;
      } else {
        atom.bytes.set(static_cast<unsigned char>(c));
        ++at_;
      }
      if (!quantifier(atom)) return false;
      out.push_back(std::move(atom));
    }
    return true;
  }

  bool quantifier(Atom& atom) {
    if (at_ >= source_.size()) return true;
    const char c = source_[at_];
    if (c == '*' || c == '+' || c == '?') {
      atom.min = c == '+' ? 1 : 0;
      atom.max = c == '?' ? 1 : kUnbounded;
      ++at_;
    } else if (c == '{') {
      ++at_;
      int low = 0;
      if (!number(low)) return false;
      int high = low;
      if (at_ < source_.size() && source_[at_] == ',') {
        ++at_;
        high = kUnbounded;
        if (at_ < source_.size() && source_[at_] != '}' && !number(high)) return false;
      }
      if (at_ >= source_.size() || source_[at_] != '}' || (high != kUnbounded && high < low)) return false;
      ++at_;
      atom.min = low;
      atom.max = high;
    } else {
      return true;
    }
    // Lazy and possessive forms, or a quantifier on a quantifier, are left to std::regex.
    return at_ >= source_.size() || std::string_view("*+?{").find(source_[at_]) == std::string_view::npos;
  }

  bool number(int& value) {
    const std::size_t start = at_;
    value = 0;
    while (at_ < source_.size() && source_[at_] >= '0' && source_[at_] <= '9' && at_ - start < 4) {
      value = value * 10 + (source_[at_++] - '0');
    }
    return at_ > start && (at_ >= source_.size() || source_[at_] < '0' || source_[at_] > '9');
  }

  static void add_class_escape(char letter, std::bitset<256>& bytes) {
    for (int b = 0; b < 256; ++b) {
      const bool digit = b >= '0' && b <= '9';
      const bool word = digit || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
      const bool space = b == ' ' || (b >= '\t' && b <= '\r');
      if ((letter == 'd' && digit) || (letter == 'w' && word) || (letter == 's' && space)) bytes.set(b);
    }
  }

  /// `\x` outside or inside a class: a shorthand class or an escaped punctuation character.
  bool escape(std::bitset<256>& bytes) {
    if (at_ + 1 >= source_.size()) return false;
    const char c = source_[at_ + 1];
    at_ += 2;
    if (c == 'd' || c == 'w' || c == 's') {
      add_class_escape(c, bytes);
      return true;
    }
    if (std::string_view(".-\\/^$*+?()[]{}|").find(c) == std::string_view::npos) return false;
    bytes.set(static_cast<unsigned char>(c));
    return true;
  }

  bool byte_class(std::bitset<256>& bytes) {
    ++at_;
    bool negated = false;
    if (at_ < source_.size() && source_[at_] == '^') {
      negated = true;
      ++at_;
    }
    bool first = true;
    while (at_ < source_.size() && (source_[at_] != ']' || first)) {
      if (source_[at_] == ']' || source_[at_] == '[') return false;
      first = false;
      if (source_[at_] == '\\') {
        if (!escape(bytes)) return false;
        continue;
      }
      const unsigned char low = static_cast<unsigned char>(source_[at_++]);
      if (at_ + 1 < source_.size() && source_[at_] == '-' && source_[at_ + 1] != ']') {
        if (source_[at_ + 1] == '\\' || source_[at_ + 1] == '[') return false;
        const unsigned char high = static_cast<unsigned char>(source_[at_ + 1]);
        if (high < low) return false;
        for (int b = low; b <= high; ++b) bytes.set(b);
        at_ += 2;
      } else {
        bytes.set(low);
      }
    }
    if (at_ >= source_.size()) return false;
    ++at_;
    if (negated) bytes.flip();
    return true;
  }

  std::string_view source_;
  std::size_t at_ = 0;
};

/// What to match after the current sequence ends: the rest of an outer sequence, or the next
/// repetition of a group.
struct Continuation {
  const Sequence* sequence = nullptr;
  std::size_t index = 0;
  const Continuation* next = nullptr;
  const Atom* loop = nullptr;  ///< set when this continues a group's repetitions
  int count = 0;
  const char* loop_start = nullptr;
};

/// Backtracking search over one text.
class Matcher {
 public:
  Matcher(const char* end, bool anchored_end) : end_(end), anchored_end_(anchored_end) {}

  bool match(const Sequence& sequence, std::size_t index, const char* at, const Continuation* next, int depth) {
    if (depth > kMaxDepth) return false;
    if (index == sequence.size()) return resume(next, at, depth + 1);
    const Atom& atom = sequence[index];
    if (atom.is_group) {
      const Continuation after{&sequence, index + 1, next, nullptr, 0, nullptr};
      return repeat(atom, 0, at, after, depth + 1);
    }
    const char* cursor = at;
    const char* limit = atom.max == kUnbounded || end_ - at < atom.max ? end_ : at + atom.max;
    while (cursor < limit && atom.bytes.test(static_cast<unsigned char>(*cursor))) ++cursor;
    for (; cursor - at >= atom.min; --cursor) {
      if (match(sequence, index + 1, cursor, next, depth + 1)) return true;
      if (cursor == at) break;
    }
    return false;
  }

 private:
  bool repeat(const Atom& group, int count, const char* at, const Continuation& after, int depth) {
    if (group.max == kUnbounded || count < group.max) {
      const Continuation loop{nullptr, 0, &after, &group, count + 1, at};
      if (match(group.group, 0, at, &loop, depth + 1)) return true;
    }
    return count >= group.min && resume(&after, at, depth + 1);
  }

  bool resume(const Continuation* next, const char* at, int depth) {
    if (next == nullptr) return !anchored_end_ || at == end_;
    if (next->loop != nullptr) {
      // An empty repetition cannot lead anywhere new; stopping here keeps `(a*)*` finite.
      if (at == next->loop_start && next->count > next->loop->min) return false;
      return repeat(*next->loop, next->count, at, *next->next, depth);
    }
    return match(*next->sequence, next->index, at, next->next, depth);
  }

  const char* end_;
  bool anchored_end_;
};

}  // namespace

std::optional<Pattern> Pattern::compile(const std::string& source, std::string& error) {
  Pattern pattern;
  pattern.source_ = source;
  auto sequence = std::make_shared<Sequence>();
  SubsetParser parser(source);
  if (parser.parse(*sequence, pattern.anchored_start_, pattern.anchored_end_)) {
    pattern.sequence_ = std::move(sequence);
    return pattern;
  }
  try {
    pattern.fallback_ = std::make_shared<const std::regex>(source, std::regex::ECMAScript);
  } catch (const std::regex_error& problem) {
    error = problem.what();
    return std::nullopt;
  }
  return pattern;
}

bool Pattern::search(std::string_view text) const {
  if (fallback_ != nullptr) return std::regex_search(text.begin(), text.end(), *fallback_);
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  Matcher matcher(end, anchored_end_);
  for (const char* start = begin; start <= end; ++start) {
    if (matcher.match(*sequence_, 0, start, nullptr, 0)) return true;
    if (anchored_start_) break;
  }
  return false;
}

}  // namespace isms
