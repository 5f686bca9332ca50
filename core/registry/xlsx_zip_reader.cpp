#include "xlsx_zip_reader.hpp"

#include <unzip.h>

#include <algorithm>
#include <cstring>

#include "input_error.hpp"
#include "zip_memory_io.hpp"

namespace kompilasi {

namespace {

// Deflate cannot compress better than about 1032:1; a larger claimed ratio is a lie.
constexpr std::uint64_t kMaxRatio = 1100;

}  // namespace

std::string zip_part_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    if (c == '\\') c = '/';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    key += c;
  }
  if (!key.empty() && key[0] == '/') key.erase(0, 1);
  return key;
}

ZipReader::ZipReader(std::string_view bytes, std::string file)
    : file_(std::move(file)), stream_(new ZipMemory{bytes}) {
  zlib_filefunc64_def io = zip_memory_io(*stream_);
  unz_ = unzOpen2_64("memory", &io);
  if (!unz_) throw InputError("xlsx_damaged", file_);
  // A throwing constructor runs no destructor: close the archive here on every error below.
  struct CloseOnThrow {
    unzFile& f;
    bool armed = true;
    ~CloseOnThrow() {
      if (armed) unzClose(f), f = nullptr;
    }
  } guard{unz_};

  unz_global_info64 global{};
  if (unzGetGlobalInfo64(unz_, &global) != UNZ_OK) throw InputError("xlsx_damaged", file_);
  if (global.number_entry > kMaxZipEntries)
    throw InputError("xlsx_too_many_entries", file_, {}, std::to_string(kMaxZipEntries));

  const std::uint64_t budget =
      std::min<std::uint64_t>(kMaxInflated, kMaxInflateFactor * static_cast<std::uint64_t>(bytes.size()));
  std::uint64_t total = 0;
  int rc = unzGoToFirstFile(unz_);
  while (rc == UNZ_OK) {
    if (entries_.size() >= kMaxZipEntries)
      throw InputError("xlsx_too_many_entries", file_, {}, std::to_string(kMaxZipEntries));
    unz_file_info64 info{};
    char name[1024];
    if (unzGetCurrentFileInfo64(unz_, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
      throw InputError("xlsx_damaged", file_);
    if (info.size_filename >= sizeof name) throw InputError("xlsx_damaged", file_);
    total += info.uncompressed_size;
    if (info.uncompressed_size > budget || total > budget)
      throw InputError("xlsx_too_large", file_, {}, std::to_string(budget / (1024 * 1024)));
    if (info.uncompressed_size > kMaxRatio * info.compressed_size + 4096) throw InputError("xlsx_damaged", file_, {}, name);
    unz64_file_pos pos{};
    if (unzGetFilePos64(unz_, &pos) != UNZ_OK) throw InputError("xlsx_damaged", file_);
    Entry e;
    e.directory_pos = pos.pos_in_zip_directory;
    e.index = pos.num_of_file;
    e.size = info.uncompressed_size;
    e.name = name;
    if (info.flag & 1u) throw InputError("xlsx_encrypted", file_);
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
      throw InputError("xlsx_damaged", file_, {}, name);
    by_name_.emplace(zip_part_key(e.name), entries_.size());
    entries_.push_back(std::move(e));
    rc = unzGoToNextFile(unz_);
  }
  if (rc != UNZ_END_OF_LIST_OF_FILE) throw InputError("xlsx_damaged", file_);
  guard.armed = false;
}

ZipReader::~ZipReader() {
  if (unz_) unzClose(unz_);
}

const ZipReader::Entry* ZipReader::find(std::string_view part) const {
  auto it = by_name_.find(zip_part_key(part));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) out.push_back(e.name);
  return out;
}

bool ZipReader::has(std::string_view part) const { return find(part) != nullptr; }

std::string ZipReader::read(std::string_view part) const {
  const Entry* e = find(part);
  if (!e) throw InputError("xlsx_missing_part", file_, {}, std::string(part));
  unz64_file_pos pos{e->directory_pos, e->index};
  if (unzGoToFilePos64(unz_, &pos) != UNZ_OK || unzOpenCurrentFile(unz_) != UNZ_OK)
    throw InputError("xlsx_damaged", file_, {}, e->name);
  std::string out;
  out.resize(static_cast<std::size_t>(e->size));
  std::size_t got = 0;
  int n = 0;
  // minizip stops at the declared size, so a lying header cannot make us inflate more.
  while (got < out.size()) {
    const std::size_t chunk = std::min<std::size_t>(out.size() - got, 1u << 20);
    n = unzReadCurrentFile(unz_, out.data() + got, static_cast<unsigned>(chunk));
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  if (n < 0 || got != out.size()) {
    unzCloseCurrentFile(unz_);
    throw InputError(n == UNZ_CRCERROR ? "xlsx_crc" : "xlsx_damaged", file_, {}, e->name);
  }
  const int rc = unzCloseCurrentFile(unz_);
  if (rc == UNZ_CRCERROR) throw InputError("xlsx_crc", file_, {}, e->name);
  if (rc != UNZ_OK) throw InputError("xlsx_damaged", file_, {}, e->name);
  return out;
}

}  // namespace kompilasi
