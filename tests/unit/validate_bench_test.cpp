// validate() against the benchmark generator's exact answer key (shared/bench/gen.py,
// truth.json): every rule count, in total and per table, must be equal.
// KOMPILASI_BENCH_DIR=<bundle> runs it on an existing bundle instead of a fresh 2000-ASN one
// (other seeds, error rates, sizes; the time of validate() is printed).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "registry/validate.hpp"
#include "test_files.hpp"
#include "test_inputs.hpp"

using namespace kompilasi;
namespace fs = std::filesystem;

using kompilasi::test::slurp;

namespace {

fs::path bench_bundle() {
  if (const char* dir = std::getenv("KOMPILASI_BENCH_DIR")) return dir;
  return kompilasi::test::bench_bundle_2000();
}

}  // namespace

TEST_CASE("validate matches the counts of the benchmark's truth.json") {
  const fs::path dir = bench_bundle();
  REQUIRE(fs::exists(dir / "truth.json"));
  Loaded loaded = kompilasi::test::read_bundle_folder(dir);

  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  const Validation v = validate(loaded.comp, loaded.findings);
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "validate(): " << loaded.comp.row_count() << " rows, " << v.findings.size() << " findings, " << ms
            << " ms wall, " << cpu_ms << " ms CPU\n";

  const auto truth = nlohmann::json::parse(slurp(dir / "truth.json"));
  std::array<std::array<std::size_t, kTableCount>, kRuleCount> by_table{};
  for (const Finding& f : v.findings) ++by_table[static_cast<std::size_t>(f.rule)][index(f.table)];
  for (std::size_t i = 0; i < kRuleCount; ++i) {
    const std::string id(rule_id(static_cast<Rule>(i)));
    const std::size_t want = truth["counts"].value(id, std::size_t{0});
    CAPTURE(id);
    CHECK(v.counts[i] == want);
    for (TableId t : kAllTables) {
      const std::string table(spec(t).name);
      std::size_t want_t = 0;
      if (truth["counts_by_table"].contains(id)) want_t = truth["counts_by_table"][id].value(table, std::size_t{0});
      CAPTURE(table);
      CHECK(by_table[i][index(t)] == want_t);
    }
  }
  std::size_t error_rows = 0;
  for (const auto& rows : v.row_error)
    for (auto e : rows) error_rows += e;
  CHECK(error_rows == truth["instansi"]["baris_dikecualikan"].get<std::size_t>());
}
