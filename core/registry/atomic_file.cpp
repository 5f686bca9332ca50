#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#if __has_include(<unistd.h>)
#include <fcntl.h>
#include <unistd.h>
#define KOMPILASI_HAS_FSYNC 1
#endif

namespace kompilasi {
namespace fs = std::filesystem;
namespace {

bool sync_file(std::FILE* f) {
#ifdef KOMPILASI_HAS_FSYNC
  return ::fsync(::fileno(f)) == 0 || errno == EINVAL;  // EINVAL: a file system without fsync
#else
  (void)f;
  return true;
#endif
}

void sync_folder(const fs::path& dir) {
#ifdef KOMPILASI_HAS_FSYNC
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
#else
  (void)dir;
#endif
}

}  // namespace

std::string write_file_atomic(const fs::path& path, std::string_view bytes, bool keep_backup) {
  std::error_code ec;
  const fs::path dir = path.parent_path();
  if (!dir.empty()) {
    fs::create_directories(dir, ec);
    if (ec) return ec.message();
  }
  const fs::path tmp = path.string() + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return std::strerror(errno);
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && std::fflush(f) == 0 && sync_file(f);
  std::string why = ok ? std::string() : std::strerror(errno);
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    why = std::strerror(errno);
  }
  if (!ok) {
    fs::remove(tmp, ec);
    return why;
  }
  if (keep_backup && fs::is_regular_file(path, ec)) {
    const fs::path bak = path.string() + ".bak", bak_tmp = path.string() + ".bak.tmp";
    fs::remove(bak_tmp, ec);
    fs::create_hard_link(path, bak_tmp, ec);
    if (ec) fs::copy_file(path, bak_tmp, fs::copy_options::overwrite_existing, ec);
    if (!ec) fs::rename(bak_tmp, bak, ec);  // a failed backup does not stop the save
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    why = ec.message();
    fs::remove(tmp, ec);
    return why;
  }
  sync_folder(dir);
  return {};
}

}  // namespace kompilasi
