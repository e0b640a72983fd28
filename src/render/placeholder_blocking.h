#pragma once
/// Which placeholder findings (PLH001) make a document wrong: those on a value it shows.

#include "model/diagnostic.h"
#include "model/model.h"
#include "render/render.h"

namespace isms {

/// True when `diagnostic` is a PLH001 finding on a value the document of this kind shows.
bool placeholder_shown_in(DocumentKind kind, const Diagnostic& diagnostic, const Repository& repository);

}  // namespace isms
