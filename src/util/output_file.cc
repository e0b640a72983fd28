#include "util/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace isms {
namespace {

/// Writes all of `contents`; the error is the system's reason alone, for the caller to word.
Status write_all(int fd, std::string_view contents) {
  std::size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error{std::strerror(errno)};
    }
    written += static_cast<std::size_t>(n);
  }
  return Done{};
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view contents) {
  std::filesystem::path target(path);
  std::error_code status_error;
  const std::filesystem::file_status status = std::filesystem::status(target, status_error);
  if (!status_error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    // A device or pipe such as /dev/null or /dev/stdout: renaming over it would replace it.
    if (std::filesystem::is_directory(status)) return Error{fmt::format("cannot write '{}': it is a folder", path)};
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Error{fmt::format("cannot open '{}': {}", path, std::strerror(errno))};
    const Status written = write_all(fd, contents);
    ::close(fd);
    if (!written) return Error{fmt::format("cannot write '{}': {}", path, written.error())};
    return Done{};
  }
  std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
      return Error{fmt::format("cannot write '{}': the folder '{}' does not exist", path, folder.string())};
    }
    return Error{fmt::format("cannot write '{}': cannot create a temporary file in '{}': {}", path, folder.string(),
                             std::strerror(errno))};
  }
  // The first failing step's reason is the one reported; the later steps are skipped.
  const Status written = write_all(fd, contents);
  std::string problem = written ? std::string() : written.error();
  if (problem.empty() && ::fsync(fd) != 0) problem = std::strerror(errno);
  ::fchmod(fd, 0644);
  if (::close(fd) != 0 && problem.empty()) problem = std::strerror(errno);
  if (problem.empty() && std::rename(temp.c_str(), path.c_str()) != 0) problem = std::strerror(errno);
  if (!problem.empty()) {
    std::remove(temp.c_str());
    return Error{fmt::format("cannot write '{}': {}", path, problem)};
  }
  return Done{};
}

Status append_to_file(const std::string& path, std::string_view contents) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot open '{}': {}", path, std::strerror(errno))};
  const Status written = write_all(fd, contents);
  ::close(fd);
  if (!written) return Error{fmt::format("cannot write '{}': {}", path, written.error())};
  return Done{};
}

Status create_new_file(const std::string& path, std::string_view contents) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot create '{}': {}", path, std::strerror(errno))};
  const Status written = write_all(fd, contents);
  ::close(fd);
  if (!written) return Error{fmt::format("cannot write '{}': {}", path, written.error())};
  return Done{};
}

}  // namespace isms
