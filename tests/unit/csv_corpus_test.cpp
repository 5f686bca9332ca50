// The CSV half of the shared import corpus (corpus/README.md): every file must give exactly
// its expected rows, header included.
#include <doctest/doctest.h>


#include <nlohmann/json.hpp>

#include "registry/csv_sheet.hpp"
#include "test_files.hpp"

using namespace kompilasi;

using kompilasi::test::slurp;

TEST_CASE("csv corpus: every file of csv/manifest.json reads as its expected rows") {
  const std::string dir = std::string(KOMPILASI_SHARED_DIR) + "/corpus/csv/";
  const auto manifest = nlohmann::json::parse(slurp(dir + "manifest.json"));
  REQUIRE(manifest.size() == 17);
  for (const auto& entry : manifest) {
    const std::string file = entry["file"].get<std::string>();
    CAPTURE(file);
    const auto expected = nlohmann::json::parse(slurp(dir + file.substr(0, file.size() - 4) + ".expected.json"));
    std::vector<Notice> notices;
    const Sheet sheet = read_csv_sheet(slurp(dir + file), file, notices);
    REQUIRE(sheet.rows.size() == expected.size());
    for (std::size_t r = 0; r < expected.size(); ++r) {
      CAPTURE(r);
      CHECK(sheet.rows[r] == expected[r].get<std::vector<std::string>>());
    }
    // latin-1 is not valid UTF-8: read as Windows-1252 (the same letters here) and said so
    const bool latin1 = entry["encoding"] == "latin-1";
    CHECK(notices.size() == (latin1 ? 1u : 0u));
  }
}
