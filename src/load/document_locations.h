#pragma once
/// The loader's look at the files the document register names, so that rules can say whether a
/// document exists and holds content without reading files themselves.

#include <filesystem>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace isms {

/// True when a document location is a web address (http:// or https://), which isms cannot
/// check and accepts as it is.
bool is_web_location(std::string_view location);

/// Sets `location_state` (and `location_placeholder`) of every document whose location is a
/// repository path, resolving it under `root`. Reads at most 64 KiB of each file.
void inspect_document_locations(const std::filesystem::path& root, std::vector<Document>& documents);

}  // namespace isms
