#pragma once
/// SHA-1, only for name-based UUIDs of version 5 (RFC 9562 section 5.5), which the OSCAL
/// schema requires (it accepts versions 4 and 5 only). SHA-1 is not collision resistant; a
/// UUID needs no more than a stable, well-spread hash of a name, so that is fine here and it
/// must not be used for anything else. The hash is nettle's, as SHA-256 is.

#include <nettle/sha1.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace isms {

/// An incremental SHA-1 computation: feed bytes with update(), then call finish() once.
class Sha1 {
 public:
  Sha1();

  /// Adds bytes to the message.
  void update(std::string_view bytes);
  /// Returns the 20-byte digest; the object must not be used afterwards.
  std::array<std::uint8_t, 20> finish();

 private:
  sha1_ctx context_;
};

}  // namespace isms
