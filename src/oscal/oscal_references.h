#pragma once
/// What the SSP refers to besides the controls: the owners named in the SoA as OSCAL roles, and
/// the documents and evidence as back-matter resources that link to the repository's files.

#include <map>
#include <string>

#include "oscal/oscal_document.h"

namespace isms {

/// The owners of the SoA's entries as roles: each distinct owner text gets a token id made from
/// it ("Head of Platform" -> "head-of-platform"; "-2" and so on where two texts make one id).
struct OwnerRoles {
  Json roles = Json::array();                ///< metadata.roles
  std::map<std::string, std::string> ids;    ///< owner text -> role id
};
OwnerRoles owner_roles(const Repository& repository);

/// Every document and evidence record as a back-matter resource, in register order; a
/// location that location_href accepts becomes the resource's rlink.
struct RecordResources {
  Json resources = Json::array();
  std::map<std::string, std::string> documents;  ///< document id -> resource UUID
  std::map<std::string, std::string> evidence;   ///< evidence id -> resource UUID
};
RecordResources record_resources(const Repository& repository);

}  // namespace isms
