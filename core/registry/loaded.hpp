// What every reader returns: a fresh compilation, the findings the reading itself made
// (BARIS_TIDAK_RATA, KOLOM_DIABAIKAN, JAWABAN_GANDA, …) and notices that are not
// findings (a file decoded as Windows-1252, the date that was used).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace kompilasi {

struct Notice {
  std::string code;    // string-table key suffix: "notice.<code>"
  std::string file;
  std::string detail;
};

// A file given to a reader: bytes, not paths, so every build shares one entry point.
struct InputFile {
  std::string path;   // as the user named it; inside a bundle, relative to the folder
  std::string bytes;
};

// A bundle file's bytes as a reader gets them: held in memory (HeldBytes), or, on the command
// line, a mapping of the file (native/cli/mapped_file.hpp). A reader tells release() which
// bytes it has gone past, so that a mapped file's pages there leave memory: a national
// bundle's laporan.csv is 300 MB, which then never sits in memory whole beside what is read
// from it. The bytes stay readable after release() (a mapping reads them from the file again).
class FileBytes {
 public:
  virtual ~FileBytes() = default;
  virtual std::string_view bytes() const = 0;
  virtual void release(std::size_t begin, std::size_t end) = 0;  // [begin, end) of bytes()
};

class HeldBytes final : public FileBytes {
 public:
  explicit HeldBytes(std::string bytes) : bytes_(std::move(bytes)) {}
  std::string_view bytes() const override { return bytes_; }
  void release(std::size_t, std::size_t) override {}  // held until the reader is done

 private:
  std::string bytes_;
};

// The bytes of a bundle's file (its path relative to the folder), read when the reader comes
// to it: the command line passes a bundle's files without their bytes and this, so that a
// national bundle's half gigabyte is never in memory all at once (each file's bytes are
// freed as soon as its table is built). May be called from two threads at once.
using BundleFileReader = std::function<std::unique_ptr<FileBytes>(const std::string& path)>;

struct Loaded {
  std::string name;   // submission name (DATA.md section 2)
  Compilation comp;
  std::vector<Finding> findings;
  std::vector<Notice> notices;
};

}  // namespace kompilasi
