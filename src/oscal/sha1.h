#pragma once
/// SHA-1 (FIPS 180-4), only for name-based UUIDs of version 5 (RFC 9562 section 5.5), which
/// the OSCAL schema requires (it accepts versions 4 and 5 only). SHA-1 is not collision
/// resistant; a UUID needs no more than a stable, well-spread hash of a name, so that is fine
/// here and it must not be used for anything else.

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
  /// Pads the message and returns the 20-byte digest; the object must not be used afterwards.
  std::array<std::uint8_t, 20> finish();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 5> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  ///< message length in bytes
};

}  // namespace isms
