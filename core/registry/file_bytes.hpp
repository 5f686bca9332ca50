// Reading a whole file, the one way the command line and the app do it: one allocation and one
// read (a national bundle is half a gigabyte; byte by byte through a stream iterator it took
// 18 s in the browser). std::filesystem and iostreams only, so the browser build uses it too.
#pragma once
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>

namespace kompilasi {

// The file's bytes, or nothing when it cannot be opened or read (errno says why). check_size,
// when given, sees the size once the file is open and before anything is read; it may throw
// to refuse the file.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path,
                                           const std::function<void(std::uintmax_t size)>& check_size = {});

// The same some bytes at a time (the browser's import reads a picked half gigabyte across
// frames: copied into the wasm heap at once it held one frame for 0.7 s). Opened and sized at
// construction; the first step allocates the whole size, each reads up to `bytes` more into it.
class FileBytesReader {
 public:
  explicit FileBytesReader(const std::filesystem::path& path);
  bool step(std::size_t bytes);  // true once the file is read whole or could not be (failed())
  bool failed() const { return failed_; }  // it could not be opened or read (errno says why)
  std::uintmax_t size() const { return size_; }
  std::uintmax_t left() const { return size_ - done_; }  // bytes not read yet
  std::string take() { return std::move(bytes_); }

 private:
  std::ifstream in_;
  std::uintmax_t size_ = 0;
  std::string bytes_;
  std::size_t done_ = 0;
  bool failed_ = false;
};

}  // namespace kompilasi
