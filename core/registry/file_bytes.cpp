#include "file_bytes.hpp"

#include <fstream>

namespace kompilasi {

std::optional<std::string> read_file_bytes(const std::filesystem::path& path,
                                           const std::function<void(std::uintmax_t size)>& check_size) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const auto size = static_cast<std::uintmax_t>(in.tellg());
  if (check_size) check_size(size);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) return std::nullopt;
  return bytes;
}

}  // namespace kompilasi
