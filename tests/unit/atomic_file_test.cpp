#include <doctest/doctest.h>

#include <filesystem>

#include "registry/atomic_file.hpp"
#include "test_files.hpp"

namespace fs = std::filesystem;
using kompilasi::write_file_atomic;

using kompilasi::test::slurp;

TEST_CASE("write_file_atomic replaces the file whole, keeping .bak only when asked") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-atomic-test";
  fs::remove_all(dir);
  const fs::path file = dir / "sub" / "data.kompilasi.json";
  CHECK(write_file_atomic(file, "satu").empty());  // the folder is created
  CHECK(slurp(file) == "satu");
  CHECK_FALSE(fs::exists(file.string() + ".bak"));
  CHECK(write_file_atomic(file, "dua", true).empty());
  CHECK(slurp(file) == "dua");
  CHECK(slurp(file.string() + ".bak") == "satu");
  CHECK(write_file_atomic(file, "tiga", true).empty());
  CHECK(slurp(file.string() + ".bak") == "dua");
  CHECK(write_file_atomic(file, "empat").empty());
  CHECK(slurp(file.string() + ".bak") == "dua");  // without keep_backup the .bak is left alone
  CHECK_FALSE(fs::exists(file.string() + ".tmp"));
  // a folder where the file should be: the save fails with a reason, nothing changes
  fs::create_directories(dir / "blok");
  CHECK_FALSE(write_file_atomic(dir / "blok", "x").empty());
  CHECK(fs::is_directory(dir / "blok"));
  fs::remove_all(dir);
}

TEST_CASE("AtomicFileWriter: written in parts; never committed, the old file stays whole") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-atomic-parts-test";
  fs::remove_all(dir);
  const fs::path file = dir / "data.kompilasi.json";
  CHECK(write_file_atomic(file, "lama").empty());
  {
    kompilasi::AtomicFileWriter f(file, true);
    CHECK(f.write("ba"));
    CHECK(f.write("ru"));
    CHECK(slurp(file) == "lama");  // nothing replaced before commit()
    CHECK(f.commit().empty());
  }
  CHECK(slurp(file) == "baru");
  CHECK(slurp(file.string() + ".bak") == "lama");
  {
    kompilasi::AtomicFileWriter f(file, true);
    CHECK(f.write("setengah"));
    CHECK(fs::exists(file.string() + ".tmp"));
  }  // abandoned
  CHECK(slurp(file) == "baru");
  CHECK(slurp(file.string() + ".bak") == "lama");
  CHECK_FALSE(fs::exists(file.string() + ".tmp"));
  fs::remove_all(dir);
}
