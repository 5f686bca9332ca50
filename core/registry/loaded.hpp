// What every reader returns: a fresh compilation, the findings the reading itself made
// (BARIS_TIDAK_RATA, KOLOM_DIABAIKAN, JAWABAN_GANDA, …) and notices that are not
// findings (a file decoded as Windows-1252, the date that was used).
#pragma once
#include <functional>
#include <string>
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

// The bytes of a bundle's file (its path relative to the folder), read when the reader comes
// to it: the command line passes a bundle's files without their bytes and this, so that a
// national bundle's half gigabyte is never in memory all at once (each file's bytes are
// freed as soon as its table is built). May be called from two threads at once.
using BundleFileReader = std::function<std::string(const std::string& path)>;

struct Loaded {
  std::string name;   // submission name (DATA.md section 2)
  Compilation comp;
  std::vector<Finding> findings;
  std::vector<Notice> notices;
};

}  // namespace kompilasi
