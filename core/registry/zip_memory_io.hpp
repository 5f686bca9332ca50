// minizip's file callbacks (ioapi) over a buffer in memory: the XLSX reader opens an archive
// from the bytes it was given and the writer builds one into a string, neither touching a file.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <ioapi.h>

namespace kompilasi {

struct ZipMemory {
  std::string_view source;  // read from when not writable
  std::string written{};    // grown by writes when writable
  bool writable = false;
  std::uint64_t pos = 0;

  std::string_view bytes() const { return writable ? std::string_view(written) : source; }
};

// Callbacks whose opaque is `memory`; the archive name passed to unzOpen2_64/zipOpen2_64 is ignored.
zlib_filefunc64_def zip_memory_io(ZipMemory& memory);

}  // namespace kompilasi
