#include "xlsx_zip_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kompilasi {

struct ZipWriter::Stream {
  std::string bytes;
  std::uint64_t pos = 0;
};

namespace {

using Stream = ZipWriter::Stream;

voidpf ZCALLBACK mem_open(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK mem_read(voidpf, voidpf, void*, uLong) { return 0; }

uLong ZCALLBACK mem_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* s = static_cast<Stream*>(stream);
  if (s->pos + size > s->bytes.size()) s->bytes.resize(static_cast<std::size_t>(s->pos + size));
  std::memcpy(s->bytes.data() + s->pos, buf, size);
  s->pos += size;
  return size;
}

ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) { return static_cast<Stream*>(stream)->pos; }

long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* s = static_cast<Stream*>(stream);
  const std::uint64_t base = origin == ZLIB_FILEFUNC_SEEK_CUR ? s->pos : origin == ZLIB_FILEFUNC_SEEK_END ? s->bytes.size() : 0;
  if (base + offset > s->bytes.size()) return -1;
  s->pos = base + offset;
  return 0;
}

int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

void check(int rc, const char* what) {
  if (rc != ZIP_OK) throw std::runtime_error(std::string("zip writer: ") + what + " failed");
}

}  // namespace

ZipWriter::ZipWriter() : stream_(new Stream) {
  zlib_filefunc64_def io{};
  io.zopen64_file = mem_open;
  io.zread_file = mem_read;
  io.zwrite_file = mem_write;
  io.ztell64_file = mem_tell;
  io.zseek64_file = mem_seek;
  io.zclose_file = mem_close;
  io.zerror_file = mem_error;
  io.opaque = stream_.get();
  zip_ = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &io);
  if (!zip_) throw std::runtime_error("zip writer: open failed");
}

ZipWriter::~ZipWriter() {
  if (zip_) zipClose(zip_, nullptr);
}

void ZipWriter::begin(std::string_view name) {
  zip_fileinfo info{};
  info.tmz_date.tm_year = 1980;
  info.tmz_date.tm_mday = 1;
  const std::string n(name);
  check(zipOpenNewFileInZip64(zip_, n.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_BEST_SPEED, 0),
        "entry");
}

void ZipWriter::write(std::string_view data) {
  while (!data.empty()) {
    const auto n = static_cast<unsigned>(std::min<std::size_t>(data.size(), 1u << 30));
    check(zipWriteInFileInZip(zip_, data.data(), n), "write");
    data.remove_prefix(n);
  }
}

void ZipWriter::end() { check(zipCloseFileInZip(zip_), "close entry"); }

std::string ZipWriter::finish() {
  check(zipClose(zip_, nullptr), "close");
  zip_ = nullptr;
  return std::move(stream_->bytes);
}

}  // namespace kompilasi
