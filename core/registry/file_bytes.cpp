#include "file_bytes.hpp"

#include <algorithm>

namespace kompilasi {

FileBytesReader::FileBytesReader(const std::filesystem::path& path) : in_(path, std::ios::binary | std::ios::ate) {
  if (!in_) {
    failed_ = true;
    return;
  }
  size_ = static_cast<std::uintmax_t>(in_.tellg());
  in_.seekg(0);
}

bool FileBytesReader::step(std::size_t bytes) {
  if (failed_) return true;
  // One allocation, zeroed only a step's bytes at a time (a 300 MB file zeroed at once was a
  // 160 ms frame in the browser).
  if (done_ == 0) bytes_.reserve(static_cast<std::size_t>(size_));
  const auto n = static_cast<std::size_t>(std::min<std::uintmax_t>(bytes, size_ - done_));
  bytes_.resize(done_ + n);
  if (n && !in_.read(bytes_.data() + done_, static_cast<std::streamsize>(n))) failed_ = true;
  done_ += n;
  return failed_ || done_ == size_;
}

std::optional<std::string> read_file_bytes(const std::filesystem::path& path,
                                           const std::function<void(std::uintmax_t size)>& check_size) {
  FileBytesReader reader(path);
  if (reader.failed()) return std::nullopt;
  if (check_size) check_size(reader.size());
  reader.step(static_cast<std::size_t>(reader.size()));
  if (reader.failed()) return std::nullopt;
  return reader.take();
}

}  // namespace kompilasi
