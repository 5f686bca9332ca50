// The metrics against the benchmark's exact answer key: gen.py writes a 2 000-ASN CSV
// bundle with truth.json, compare.py checks our analyze JSON against it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "registry/csv_bundle.hpp"
#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/validate.hpp"
#include "test_files.hpp"

using namespace kompilasi;
namespace fs = std::filesystem;

using kompilasi::test::slurp;

TEST_CASE("metrics equal gen.py's truth.json at 2 000 ASN (seed 7, Excel-Indonesia form)") {
  const fs::path dir = fs::temp_directory_path() / ("kompilasi-metrics-truth-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::string shared = KOMPILASI_SHARED_DIR;
  const std::string gen = "python3 '" + shared + "/bench/gen.py' --asn 2000 --seed 7 --excel-id --out '" +
                          dir.string() + "' 2>/dev/null";
  REQUIRE(std::system(gen.c_str()) == 0);

  std::vector<InputFile> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && bundle_file_wanted(e.path().filename().string()))
      files.push_back({e.path().filename().string(), slurp(e.path())});
  Loaded loaded = read_csv_bundle(files, dir.string(), "bundle");
  const Validation v = validate(loaded.comp, std::move(loaded.findings));
  const Metrics m = compute_metrics(loaded.comp, v);
  {
    std::ofstream out(dir / "analyze.json");
    out << metrics_json(loaded.comp, m).dump();
  }
  const std::string compare = "python3 '" + shared + "/bench/compare.py' '" + (dir / "truth.json").string() + "' '" +
                              (dir / "analyze.json").string() + "' > '" + (dir / "compare.txt").string() + "'";
  const int rc = std::system(compare.c_str());
  INFO(slurp(dir / "compare.txt"));
  CHECK(rc == 0);
  fs::remove_all(dir);
}
