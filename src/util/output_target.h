#pragma once
/// Where a command that read a repository may write its output (-o). A path inside the
/// repository is repository content's to redirect: a symlinked folder there can point anywhere.

#include <string>

#include "util/result.h"

namespace isms {

/// What the command writes, which decides what it may replace.
enum class OutputKind {
  Report,    ///< check, render, diff, baseline: never over a register (a YAML file of the repository)
  Register,  ///< import: a register file of the repository is the point
};

/// Whether `output` may be written by a command that read `repository`; the error says why not.
/// The path is resolved: it must not lead through a symlink inside the repository, nor onto an
/// existing file of the repository, unless `force`; a report never replaces a YAML file there.
/// For a Register only the symlink rule applies: replacing a register is what import is for.
Status check_output_target(const std::string& output, const std::string& repository, OutputKind kind, bool force);

}  // namespace isms
