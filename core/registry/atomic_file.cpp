#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>
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

AtomicFileWriter::AtomicFileWriter(fs::path path, bool keep_backup)
    : path_(std::move(path)), tmp_(path_.string() + ".tmp"), keep_backup_(keep_backup) {
  std::error_code ec;
  const fs::path dir = path_.parent_path();
  if (!dir.empty()) {
    fs::create_directories(dir, ec);
    if (ec) {
      error_ = ec.message();
      return;
    }
  }
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) error_ = std::strerror(errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_) fail("not committed");
}

void AtomicFileWriter::fail(std::string why) {
  if (error_.empty()) error_ = std::move(why);
  if (file_) std::fclose(file_);
  file_ = nullptr;
  std::error_code ec;
  fs::remove(tmp_, ec);
}

void AtomicFileWriter::reserve(std::uint64_t bytes) {
#ifdef KOMPILASI_HAS_FSYNC
  if (!kReserveHelps || !file_ || written_ || std::fflush(file_) != 0) return;
  if (::posix_fallocate(::fileno(file_), 0, static_cast<off_t>(bytes)) == 0) reserved_ = bytes;
#else
  (void)bytes;
#endif
}

bool AtomicFileWriter::write(std::string_view bytes) {
  if (!file_) return false;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail(std::strerror(errno));
  written_ += bytes.size();
  return file_ != nullptr;
}

std::string AtomicFileWriter::commit() {
  if (!file_) return error_.empty() ? std::string("not open") : error_;
  std::FILE* f = std::exchange(file_, nullptr);
  bool ok = std::fflush(f) == 0;
#ifdef KOMPILASI_HAS_FSYNC
  if (ok && reserved_ > written_) ok = ::ftruncate(::fileno(f), static_cast<off_t>(written_)) == 0;  // reserved too much
#endif
  ok = ok && sync_file(f);
  std::string why = ok ? std::string() : std::strerror(errno);
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    why = std::strerror(errno);
  }
  std::error_code ec;
  if (!ok) {
    fs::remove(tmp_, ec);
    return error_ = why;
  }
  if (keep_backup_ && fs::is_regular_file(path_, ec)) {
    const fs::path bak = path_.string() + ".bak";
#ifdef __EMSCRIPTEN__
    // The browser's files are memory until the page copies them to its storage, after the save
    // (Platform::StorageChanged): nothing can stop the page between this rename and the next,
    // and there are no hard links, only a copy that would hold the page for seconds at a gigabyte.
    fs::rename(path_, bak, ec);
#else
    const fs::path bak_tmp = path_.string() + ".bak.tmp";
    fs::remove(bak_tmp, ec);
    fs::create_hard_link(path_, bak_tmp, ec);
    if (ec) fs::copy_file(path_, bak_tmp, fs::copy_options::overwrite_existing, ec);
    if (!ec) fs::rename(bak_tmp, bak, ec);  // a failed backup does not stop the save
#endif
  }
  fs::rename(tmp_, path_, ec);
  if (ec) {
    why = ec.message();
    fs::remove(tmp_, ec);
    return error_ = why;
  }
  sync_folder(path_.parent_path());
  return {};
}

std::string write_file_atomic(const fs::path& path, std::string_view bytes, bool keep_backup) {
  AtomicFileWriter f(path, keep_backup);
  f.write(bytes);
  return f.commit();
}

}  // namespace kompilasi
