// The one way this project replaces a file (CLI -o outputs, the app's stored workspace), so that
// a crash or a kill at any moment leaves either the complete old file or the complete new one:
//
//   1. the bytes go to `<name>.tmp` in the same folder (same file system, so the rename is atomic),
//   2. flushed and fsync'ed (where the platform has fsync: Linux, Emscripten's file systems),
//   3. with keep_backup, the previous file is hard-linked (copied where links are not supported)
//      to `<name>.bak` first, so the version before the last save is still at hand,
//   4. renamed over `<name>`, then the folder is fsync'ed so the rename itself survives a power cut.
//
// The folder is created when missing. std::filesystem and stdio, plus POSIX fsync where present;
// no other platform header, so the browser build uses it too.
#pragma once
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace kompilasi {

// Empty on success, else what failed (the system's words, for a message that names the file).
std::string write_file_atomic(const std::filesystem::path& path, std::string_view bytes, bool keep_backup = false);

// The same in parts, for a file written across many steps (the app's autosave): the bytes go to
// the temp file as they come (steps 1), commit() does steps 2 to 4. Never committed (destroyed
// before, or a write failed): the temp file is removed and the old file stays as it was.
class AtomicFileWriter {
 public:
  AtomicFileWriter(std::filesystem::path path, bool keep_backup = false);  // creates the folder, opens <name>.tmp
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  ~AtomicFileWriter();

  // Whether telling the final size ahead (reserve) saves work: in the browser a file is one block
  // of memory that is copied whole each time it grows (Emscripten's MEMFS, by an eighth at a
  // time), so that writing a gigabyte in slices would copy it again and again.
  static constexpr bool kReserveHelps =
#ifdef __EMSCRIPTEN__
      true;
#else
      false;
#endif
  void reserve(std::uint64_t bytes);   // the exact size the file will have (where kReserveHelps)
  bool write(std::string_view bytes);  // false once something failed (commit() then says what)
  std::string commit();                // empty on success, else what failed

 private:
  void fail(std::string why);
  std::filesystem::path path_, tmp_;
  bool keep_backup_;
  std::FILE* file_ = nullptr;
  std::uint64_t written_ = 0, reserved_ = 0;
  std::string error_;
};

}  // namespace kompilasi
