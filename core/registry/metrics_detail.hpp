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

// Per konten figures, unit compliance and ranks; run after the unit figures are rolled up.
void compute_konten(const Compilation& c, const Validation& v, const UnitTree& tree, const AccountSums& sums,
                    Metrics& m);
void compute_ranks(Metrics& m);

// Median of vals (reordered in place); mean of the middle two when the count is even.
std::optional<double> median(std::int64_t* first, std::int64_t* last);

}  // namespace kompilasi::metrics_detail
