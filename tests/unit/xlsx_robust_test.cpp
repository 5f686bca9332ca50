// Damaged workbooks never crash the reader: random byte changes in the archive and in the
// XML of each part (repacked, so the CRC holds) either read or give an InputError.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "registry/input_error.hpp"
#include "registry/xlsx_reader.hpp"
#include "registry/xlsx_zip_reader.hpp"
#include "registry/xlsx_zip_writer.hpp"

using namespace kompilasi;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "read" or "refused"; anything else escaping fails the test.
std::string outcome(const std::string& bytes) {
  try {
    (void)read_xlsx(bytes, "rusak.xlsx");
    return "read";
  } catch (const InputError&) {
    return "refused";
  }
}

}  // namespace

TEST_CASE("xlsx reader: mutated archives and parts read or are refused, never crash") {
  const std::string original =
      slurp(std::string(KOMPILASI_SHARED_DIR) + "/corpus/xlsx/excelmac2011_merge_cells.xlsx");
  REQUIRE(outcome(original) == "read");
  std::mt19937 rng(2024);
  int refused = 0;
  for (int i = 0; i < 300; ++i) {
    std::string bytes = original;
    const int changes = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < changes; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng());
    if (i % 3 == 0) bytes.resize(rng() % bytes.size());
    refused += outcome(bytes) == "refused";
  }
  CHECK(refused > 0);

  const ZipReader zip(original, "asli.xlsx");
  const std::vector<std::string> names = zip.names();
  const std::string specials = "<>&\"'/=:x \x01";
  for (int i = 0; i < 300; ++i) {
    const std::string& victim = names[rng() % names.size()];
    ZipWriter z;
    for (const std::string& n : names) {
      std::string part = zip.read(n);
      if (n == victim && !part.empty())
        for (int k = 0; k < 3; ++k) part[rng() % part.size()] = specials[rng() % specials.size()];
      z.add(n, part);
    }
    CAPTURE(victim);
    const std::string r = outcome(z.finish());
    CHECK((r == "read" || r == "refused"));
  }
}
