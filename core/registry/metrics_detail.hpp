// Internals shared by the metrics' source files (not part of the library's interface).
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "metrics.hpp"

namespace kompilasi::metrics_detail {

// The unit tree as flat lists: for unit u, chain(u) is u and its ancestors (what u's own
// figures roll up into) and members(u) is u and every unit below it.
struct UnitTree {
  std::vector<std::int32_t> unit_of_row;   // unit-table row → unit index, -1 for a row without a code
  std::vector<std::uint32_t> chain_start, chain;
  std::vector<std::uint32_t> member_start, members;
};

// Fills m.units (one per kode_unit, table order) and returns the tree.
UnitTree build_unit_tree(const Compilation& c, const Validation& v, Metrics& m);

// Unit index of a unit row from Normalized (kNone → -1).
inline std::int32_t unit_index(const UnitTree& t, std::int32_t unit_row) {
  return unit_row < 0 || static_cast<std::size_t>(unit_row) >= t.unit_of_row.size() ? -1 : t.unit_of_row[unit_row];
}

// What the account pass leaves for the konten pass: per platform a content needs, each
// counted pegawai row's followers on its distinct counted accounts of that platform.
struct AccountSums {
  std::array<std::vector<std::int64_t>, kPlatformCount> pengikut;  // empty for platforms no content uses
};

// Per konten figures and unit compliance, run after the unit figures are rolled up, in parts
// so that MetricsBuilder can run its loops over the reports some rows at a time:
//   KontenPass k(c, v, tree, sums, m);                 // the contents, their targets and sasaran
//   for l < k.reports(): k.group(l);                    // each report's counted content
//   for b < k.batches(): k.start_batch(b), k.report(l) for l < k.reports(), k.end_batch(),
//                        k.pelapor(p) for p < k.pegawai();   // the batch's pelapor rows
//   k.finish();                                         // compliance rolled up, unit means
// Reports are taken in file order (where an ASN's reports usually sit together), contents in
// batches of 64: per ASN one word per question (reported it? outside the sasaran? on time?), a
// bit per content of the batch, so each report costs one look at its ASN.
class KontenPass {
 public:
  KontenPass(const Compilation& c, const Validation& v, const UnitTree& tree, const AccountSums& sums, Metrics& m);
  std::size_t reports() const;
  std::size_t batches() const;
  std::size_t pegawai() const;
  void group(std::size_t l);
  void start_batch(std::size_t b);
  void report(std::size_t l);
  void end_batch();
  void pelapor(std::size_t p);
  void finish();

 private:
  struct Seen {
    std::uint64_t pelapor = 0, luar = 0, tepat = 0;
  };
  const Validation& v_;
  const UnitTree& tree_;
  const AccountSums& sums_;
  Metrics& m_;
  std::vector<std::int32_t> konten_index_;  // konten row → index into m.konten, or -1
  std::vector<std::int32_t> group_;         // counted content of each report, or -1
  std::vector<Seen> seen_;                  // per pegawai row, for the batch
  std::vector<std::int64_t> own_pelapor_, on_time_;
  std::vector<std::uint32_t> fill_;         // the batch's next place in m.pelapor_rows, per content
  std::size_t base_ = 0, end_ = 0;          // the batch's contents
};
void compute_ranks(Metrics& m);

// Median of vals (reordered in place); mean of the middle two when the count is even.
std::optional<double> median(std::int64_t* first, std::int64_t* last);

}  // namespace kompilasi::metrics_detail
