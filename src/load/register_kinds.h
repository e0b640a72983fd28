#pragma once
/// The registers the loader knows, in the order it loads them: one row per register, so the
/// loader and the fuzz targets decode the same registers the same way.

#include <functional>
#include <span>

#include "model/model.h"
#include "load/decode_fields.h"
#include "load/yaml_tree.h"

namespace isms {

using RegisterDecoder = std::function<void(const YamlNode&, const FieldReader&, Repository&)>;

/// A register the loader knows: its name (its default location and its schema), and its decoder.
struct RegisterKind {
  const char* name;
  bool single_file;  ///< the scope is one file; other registers may be folders
  RegisterDecoder decode;
};

std::span<const RegisterKind> register_kinds();

/// The row named `name`; nullptr when no register has that name.
const RegisterKind* find_register_kind(std::string_view name);

}  // namespace isms
