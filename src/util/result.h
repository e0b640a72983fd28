#pragma once
/// The one error shape of library functions: a value or an error, returned. Findings in the
/// user's files are not errors of this kind; they go to the diagnostic sink with a location.
/// C++20 has no std::expected, and this is the small part of it the code needs.

#include <string>
#include <utility>
#include <variant>

namespace isms {

/// Why an operation failed, worded for the user ("cannot read soa.yaml: permission denied").
struct Error {
  std::string message;
};

/// The value of a function that returns nothing but can fail.
struct Done {};

/// A value, or the error that prevented it.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit, so `return value;` reads plainly
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit, so `return Error{...};` does too

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  /// The value; only when ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// The error's message; only when !ok().
  const std::string& error() const { return std::get<Error>(state_).message; }

 private:
  std::variant<T, Error> state_;
};

/// The result of a function that returns nothing but can fail.
using Status = Result<Done>;

}  // namespace isms
