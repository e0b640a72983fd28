#pragma once
/// Every register's records as lists of named values keyed by id, so that one comparison
/// serves all registers. The declared record types (model/records/) are flattened by their
/// declarations; the manifest, document control, scope and the
/// registers' own blocks (climate change, party identification) field by field here.

#include <string>
#include <vector>

#include "model/model.h"

namespace isms {

/// One field of a record as text; absent fields are "".
struct FieldValue {
  std::string name;                ///< "residual.likelihood"
  std::string text;                ///< as written; a list's items joined with ", "
  std::vector<std::string> items;  ///< list fields only
  bool list = false;
};

/// One record: its id, what to call it, and its fields.
struct FlatRecord {
  std::string id;
  std::string title;
  std::vector<FieldValue> fields;
};

/// The records of one register, in file order.
struct FlatRegister {
  std::string name;  ///< "risks", "soa", ... and "manifest", "document-control"
  std::vector<FlatRecord> records;
};

/// Every register of a repository, in a fixed order, flattened. The manifest, the document
/// control of each register and the scope's own fields appear as records too.
std::vector<FlatRegister> flatten_repository(const Repository& repository);

}  // namespace isms
