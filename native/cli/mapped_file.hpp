// A bundle file mapped read-only into memory (POSIX mmap) instead of read into it: the reader
// parses the mapping, and the pages it has gone past leave memory (madvise MADV_DONTNEED; the
// kernel reads them from the file again if they are looked at once more). So the command line
// never holds a national bundle's 300 MB laporan.csv whole beside the compilation read from it,
// and nothing is copied out of the page cache.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

#include "registry/loaded.hpp"

namespace kompilasi::cli {

class MappedFile final : public FileBytes {
 public:
  // The file mapped, or nothing when it cannot be (the caller reads it instead, and that read
  // says why it fails); an empty file has no mapping and empty bytes. check_size sees the size
  // before anything is mapped and may throw.
  static std::unique_ptr<MappedFile> open(const std::filesystem::path& path,
                                          const std::function<void(std::uintmax_t size)>& check_size);
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() override;

  std::string_view bytes() const override { return {data_, size_}; }
  void release(std::size_t begin, std::size_t end) override;

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}

  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace kompilasi::cli
