#include "xlsx_zip_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "zip_memory_io.hpp"

namespace kompilasi {

namespace {

void check(int rc, const char* what) {
  if (rc != ZIP_OK) throw std::runtime_error(std::string("zip writer: ") + what + " failed");
}

}  // namespace

ZipWriter::ZipWriter() : stream_(new ZipMemory{{}, {}, true}) {
  zlib_filefunc64_def io = zip_memory_io(*stream_);
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
  return std::move(stream_->written);
}

}  // namespace kompilasi
