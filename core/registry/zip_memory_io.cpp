#include "zip_memory_io.hpp"

#include <cstring>

namespace kompilasi {
namespace {

ZipMemory& mem(voidpf stream) { return *static_cast<ZipMemory*>(stream); }

voidpf ZCALLBACK mem_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  ZipMemory& m = mem(stream);
  const std::string_view b = m.bytes();
  const std::uint64_t left = m.pos < b.size() ? b.size() - m.pos : 0;
  const uLong n = static_cast<uLong>(size < left ? size : left);
  if (n) std::memcpy(buf, b.data() + m.pos, n);
  m.pos += n;
  return n;
}

uLong ZCALLBACK mem_write(voidpf, voidpf stream, const void* buf, uLong size) {
  ZipMemory& m = mem(stream);
  if (!m.writable) return 0;
  if (m.pos + size > m.written.size()) m.written.resize(static_cast<std::size_t>(m.pos + size));
  std::memcpy(m.written.data() + m.pos, buf, size);
  m.pos += size;
  return size;
}

ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) { return mem(stream).pos; }

long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  ZipMemory& m = mem(stream);
  const std::uint64_t size = m.bytes().size();
  std::uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = m.pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = size; break;
    default: return -1;
  }
  if (offset > size || base + offset > size) return -1;
  m.pos = base + offset;
  return 0;
}

int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

}  // namespace

zlib_filefunc64_def zip_memory_io(ZipMemory& memory) {
  zlib_filefunc64_def io{};
  io.zopen64_file = mem_open;
  io.zread_file = mem_read;
  io.zwrite_file = mem_write;
  io.ztell64_file = mem_tell;
  io.zseek64_file = mem_seek;
  io.zclose_file = mem_close;
  io.zerror_file = mem_error;
  io.opaque = &memory;
  return io;
}

}  // namespace kompilasi
