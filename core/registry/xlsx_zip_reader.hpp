// A ZIP package read from memory through minizip (zlib's contrib), guarded against damaged
// and hostile archives: at most kMaxZipEntries entries, the parts together may not unpack
// to more than 100× the archive's size or 1 GiB (DATA.md section 2), no entry may claim a
// ratio deflate cannot reach, every entry is checked against its CRC-32. Part names are
// looked up ASCII case-insensitively, as OPC compares them. Failures throw InputError
// (codes xlsx_damaged, xlsx_too_large, xlsx_crc, xlsx_missing_part) naming the file.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kompilasi {

struct ZipMemory;

inline constexpr std::size_t kMaxZipEntries = 10000;
inline constexpr std::uint64_t kMaxInflated = std::uint64_t{1} << 30;  // 1 GiB
inline constexpr std::uint64_t kMaxInflateFactor = 100;                // × the archive's size

class ZipReader {
 public:
  // bytes must outlive the reader. Throws InputError when the archive is unusable.
  ZipReader(std::string_view bytes, std::string file);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  bool has(std::string_view part) const;
  // The part's bytes; throws xlsx_missing_part when absent, xlsx_crc / xlsx_damaged when
  // it cannot be inflated intact.
  std::string read(std::string_view part) const;
  const std::string& file() const { return file_; }
  std::vector<std::string> names() const;  // entry names as stored, in archive order

 private:
  struct Entry {
    std::uint64_t directory_pos = 0, index = 0;
    std::uint64_t size = 0;
    std::string name;
  };
  const Entry* find(std::string_view part) const;

  std::string file_;
  std::unique_ptr<ZipMemory> stream_;
  void* unz_ = nullptr;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::size_t> by_name_;  // lower-cased name → entry
};

// Lower-cases ASCII letters and turns '\' into '/', dropping a leading '/': how part
// names are compared.
std::string zip_part_key(std::string_view name);

}  // namespace kompilasi
