// InputCollector (ui/workspace.hpp): the picked files read some bytes at a time give exactly
// CollectInputs' sources, whatever the slice; FileBytesReader likewise gives read_file_bytes'.
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "registry/file_bytes.hpp"
#include "test_files.hpp"
#include "ui/workspace.hpp"

using namespace kompilasi;
using namespace kompilasi::ui;
namespace fs = std::filesystem;

namespace {

// Per source, per file: its path and bytes, a bundle's bytes taken through its reader (once).
std::vector<std::vector<std::pair<std::string, std::string>>> contents(const std::vector<InputSource>& sources) {
  std::vector<std::vector<std::pair<std::string, std::string>>> out;
  for (const InputSource& src : sources) {
    CHECK(static_cast<bool>(src.read) == src.folder);
    auto& files = out.emplace_back();
    for (const InputFile& f : src.files) {
      if (src.folder) CHECK(f.bytes.empty());  // held by the reader alone
      files.push_back({f.path, src.read ? std::string(src.read(f.path)->bytes()) : f.bytes});
    }
  }
  return out;
}

void check_same(const std::vector<InputSource>& a, const std::vector<InputSource>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CAPTURE(i);
    CHECK(a[i].path == b[i].path);
    CHECK(a[i].name == b[i].name);
    CHECK(a[i].folder == b[i].folder);
  }
}

}  // namespace

TEST_CASE("InputCollector in slices gives CollectInputs' sources") {
  // The sample bundle (a folder) and a loose flat form beside it, an empty file among them.
  const fs::path dir = fs::temp_directory_path() / "kompilasi-collect-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(KOMPILASI_SOURCE_DIR) / "assets/sample", dir / "sample", fs::copy_options::recursive);
  const fs::path form = fs::path(KOMPILASI_SOURCE_DIR) / "assets/sample/pegawai.csv";
  fs::copy_file(form, dir / "formulir.csv");
  { std::ofstream(dir / "sample" / "konten.csv", std::ios::trunc); }
  const std::vector<fs::path> paths = {dir / "sample", dir / "formulir.csv"};
  const std::vector<InputSource> whole = CollectInputs(paths, Lang::id);
  REQUIRE(whole.size() == 2);
  const auto want = contents(whole);
  CHECK(want[1].front().second == test::slurp(form));
  REQUIRE(want[0].size() > 2);
  for (const auto& [file, bytes] : want[0]) CHECK(bytes == test::slurp(dir / "sample" / file));
  for (const std::size_t slice : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, std::numeric_limits<std::size_t>::max()}) {
    CAPTURE(slice);
    InputCollector collector(paths, Lang::id);
    std::size_t calls = 1;
    while (!collector.Step(slice)) ++calls;
    const std::vector<InputSource> got = collector.Take();
    check_same(got, whole);
    CHECK(contents(got) == want);
    if (slice == 1) CHECK(calls > 1000);
  }
  fs::remove_all(dir);
}

TEST_CASE("InputCollector: a file that goes before it is read throws from the step") {
  const fs::path dir = fs::temp_directory_path() / "kompilasi-collect-gone-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  { std::ofstream(dir / "formulir.csv") << "nip,nama\n1,a\n"; }
  InputCollector collector({dir / "formulir.csv"}, Lang::id);
  fs::remove(dir / "formulir.csv");
  CHECK_THROWS_AS(collector.Step(4096), std::runtime_error);
  fs::remove_all(dir);
}

TEST_CASE("FileBytesReader in slices gives read_file_bytes' bytes") {
  const fs::path file = fs::path(KOMPILASI_SOURCE_DIR) / "assets/sample/akun.csv";
  const std::string whole = *read_file_bytes(file);
  CHECK(whole == test::slurp(file));
  FileBytesReader reader(file);
  REQUIRE(!reader.failed());
  CHECK(reader.size() == whole.size());
  while (!reader.step(100)) CHECK(reader.left() > 0);
  CHECK(reader.left() == 0);
  CHECK(reader.take() == whole);
  CHECK(FileBytesReader(file.parent_path() / "tidak-ada.csv").failed());
  CHECK(!read_file_bytes(file.parent_path() / "tidak-ada.csv"));
}
