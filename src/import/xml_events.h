#pragma once
/// A streaming XML reader over expat that reports elements by local name (prefixes dropped).

#include <string>
#include <string_view>

#include "util/result.h"

namespace isms {

/// The attributes of one start tag, as expat hands them over: name, value, name, value, ..., null.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  /// The value of the attribute with this local name, or an empty view.
  std::string_view get(std::string_view local_name) const;

 private:
  const char** pairs_;
};

/// Receives the events of one document. Call stop() to end parsing with an error.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  /// A start tag.
  virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
  /// An end tag.
  virtual void end(std::string_view name) = 0;
  /// Character data (may arrive in several pieces).
  virtual void text(std::string_view data) = 0;
  /// Ends parsing; parse_xml returns this message.
  void stop(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }
  /// The message given to stop(), if any.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

/// Parses `document`, calling `handler`. DTDs are refused (no xlsx part has one, and entity
/// expansion is how XML bombs work). An error names the part and the problem.
Status parse_xml(std::string_view document, std::string_view part_name, XmlHandler& handler);

}  // namespace isms
