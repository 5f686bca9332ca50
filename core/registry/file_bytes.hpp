// Reading a whole file, the one way the command line and the app do it: one allocation and one
// read (a national bundle is half a gigabyte; byte by byte through a stream iterator it took
// 18 s in the browser). std::filesystem and iostreams only, so the browser build uses it too.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace kompilasi {

// The file's bytes, or nothing when it cannot be opened or read (errno says why). check_size,
// when given, sees the size once the file is open and before anything is read; it may throw
// to refuse the file.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path,
                                           const std::function<void(std::uintmax_t size)>& check_size = {});

}  // namespace kompilasi
