// A ZIP archive written to memory through minizip's zip.c (zlib's contrib): entries are
// deflated (zlib's fastest level: sheets are repetitive, so it costs little in size) as
// they are streamed in, so a large sheet is never held uncompressed. Entry
// times are fixed (1980-01-01), so the same workbook gives the same bytes.
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace kompilasi {

struct ZipMemory;

class ZipWriter {
 public:
  ZipWriter();
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  void begin(std::string_view name);  // starts an entry (deflated)
  void write(std::string_view data);  // appends to the open entry
  void end();                         // closes the open entry
  void add(std::string_view name, std::string_view data) { begin(name); write(data); end(); }
  std::string finish();               // writes the central directory; the archive's bytes

 private:
  std::unique_ptr<ZipMemory> stream_;
  void* zip_ = nullptr;
};

}  // namespace kompilasi
