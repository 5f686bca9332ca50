// A deterministic generator of realistic compilations: the committed sample (Kota Blitar,
// ~300 ASN with a handful of planted problems) and data of any size for the benchmark.
//
//   GenerateOptions o; o.asn = 1000000; o.seed = 7;
//   Generated g = generate(o);          // g.comp is a Compilation, g.expected the finding counts
//   Generated s = generate_sample();    // the Kota Blitar sample of assets/sample/
//
// Same options, same compilation, byte for byte: the generator uses its own PRNG
// (splitmix64) and integer arithmetic only, never std:: distributions, whose output
// differs between standard libraries.
//
// Every planted problem is one defect that gives exactly one finding (DATA.md section 3,
// "one defect gives one finding"), so `expected` is what a correct validate() reports:
// the planted problems plus the natural info findings (PEGAWAI_TANPA_AKUN for ASN without
// accounts, LAPORAN_TERLAMBAT for late reports at scale).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "finding.hpp"
#include "model.hpp"

namespace kompilasi {

struct GenerateOptions {
  std::size_t asn = 300;       // pegawai rows (ASN), before planted repeats
  std::uint64_t seed = 1;
  double err_rate = 0.002;     // share of rows of pegawai, akun and laporan that carry one defect
};

// One planted defect: where it is and the finding it must give.
struct PlantedProblem {
  Rule rule = Rule::NIP_FORMAT;
  TableId table = TableId::pegawai;
  std::uint32_t row = 0;       // 1-based row of the table (the CSV record number)
  std::string column;          // column the finding names
  std::string value;           // the offending cell as written
  std::string note;            // what was done, in words (for the sample's README)
};

struct Generated {
  Compilation comp;
  std::vector<PlantedProblem> planted;             // in the order they were planted
  std::array<std::size_t, kRuleCount> expected{};  // findings per rule a correct validate() gives
};

// Data of any size: the Kota Blitar unit tree (with schools and puskesmas as sub-units once
// there are thousands of ASN), realistic distributions, defects at err_rate.
Generated generate(const GenerateOptions& options);

// The sample of assets/sample/: ~300 ASN, every table, and 14 planted problems, one of each
// kind listed in assets/sample/README.md.
Generated generate_sample();

}  // namespace kompilasi
