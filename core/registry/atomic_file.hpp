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
#include <filesystem>
#include <string>
#include <string_view>

namespace kompilasi {

// Empty on success, else what failed (the system's words, for a message that names the file).
std::string write_file_atomic(const std::filesystem::path& path, std::string_view bytes, bool keep_backup = false);

}  // namespace kompilasi
