#pragma once
/// An index of every record id in a repository, by kind, for O(1) reference checks.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostic.h"
#include "model/model.h"
#include "model/record_kind.h"
#include "model/source_files.h"

namespace isms {

/// Where an id was defined.
struct IdEntry {
  RecordKind kind;
  SourceLocation location;
};

/// All ids of a repository; duplicates are reported while building. Keys are views into the
/// repository's records, so the repository must outlive the index.
class IdIndex {
 public:
  /// Indexes every record; a second definition of an id is reported (ID001), naming the
  /// first definition's file when `files` is given.
  IdIndex(const Repository& repository, DiagnosticSink& sink, const SourceFiles* files = nullptr);
  /// The definition of an id, or nullptr.
  const IdEntry* find(std::string_view id) const;
  /// All ids of the given kinds (for "did you mean").
  std::vector<std::string> ids_of(std::span<const RecordKind> kinds) const;

 private:
  void add(const Text& id, RecordKind kind, DiagnosticSink& sink);
  std::unordered_map<std::string_view, IdEntry> entries_;
  const SourceFiles* files_ = nullptr;
};

}  // namespace isms
