#include "import/xml_events.h"

#include <expat.h>

#include <algorithm>

#include <fmt/format.h>

namespace isms {
namespace {

// Expat joins namespace URI and local name with this byte; it cannot occur in an XML name.
constexpr char kNamespaceSeparator = '\x01';

std::string_view local_name(const char* name) {
  std::string_view full(name);
  const std::size_t separator = full.rfind(kNamespaceSeparator);
  if (separator != std::string_view::npos) return full.substr(separator + 1);
  const std::size_t colon = full.rfind(':');  // an undeclared prefix
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

struct ParseState {
  XML_Parser parser;
  XmlHandler* handler;
};

void on_start(void* data, const char* name, const char** attributes) {
  ParseState* state = static_cast<ParseState*>(data);
  state->handler->start(local_name(name), XmlAttributes(attributes));
  if (!state->handler->error().empty()) XML_StopParser(state->parser, XML_FALSE);
}

void on_end(void* data, const char* name) {
  ParseState* state = static_cast<ParseState*>(data);
  state->handler->end(local_name(name));
  if (!state->handler->error().empty()) XML_StopParser(state->parser, XML_FALSE);
}

void on_text(void* data, const char* text, int length) {
  ParseState* state = static_cast<ParseState*>(data);
  state->handler->text(std::string_view(text, static_cast<std::size_t>(length)));
  if (!state->handler->error().empty()) XML_StopParser(state->parser, XML_FALSE);
}

void on_doctype(void* data, const char*, const char*, const char*, int) {
  ParseState* state = static_cast<ParseState*>(data);
  state->handler->stop("it has a DOCTYPE declaration, which no workbook part has");
  XML_StopParser(state->parser, XML_FALSE);
}

}  // namespace

std::string_view XmlAttributes::get(std::string_view wanted) const {
  for (const char** pair = pairs_; pair != nullptr && *pair != nullptr; pair += 2) {
    if (local_name(pair[0]) == wanted) return pair[1];
  }
  return {};
}

Status parse_xml(std::string_view document, std::string_view part_name, XmlHandler& handler) {
  XML_Parser parser = XML_ParserCreateNS("UTF-8", kNamespaceSeparator);
  if (parser == nullptr) return Error{"out of memory while reading XML"};
  ParseState state{parser, &handler};
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);

  Status parsed = Done{};  // the parser is freed before either is returned
  constexpr std::size_t kChunk = 1u << 20;
  std::size_t offset = 0;
  bool done = false;
  while (!done) {
    const std::size_t length = std::min(kChunk, document.size() - offset);
    done = offset + length == document.size();
    if (XML_Parse(parser, document.data() + offset, static_cast<int>(length), done ? XML_TRUE : XML_FALSE) ==
        XML_STATUS_ERROR) {
      if (!handler.error().empty()) {
        parsed = Error{fmt::format("{}: {}", part_name, handler.error())};
      } else {
        parsed = Error{fmt::format("{} is not well-formed XML (line {}: {})", part_name,
                                   XML_GetCurrentLineNumber(parser), XML_ErrorString(XML_GetErrorCode(parser)))};
      }
      break;
    }
    offset += length;
  }
  XML_ParserFree(parser);
  return parsed;
}

}  // namespace isms
