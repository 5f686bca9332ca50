// The unit of a flat-form row, given by code or by name (DATA.md section 2): a code is
// compared as written (then like headers), a name like headers with "Kec."/"Kel." read as
// "Kecamatan"/"Kelurahan", so "Kec. Sananwetan", "Kecamatan Sananwetan" and
// "KECAMATAN SANANWETAN" are one unit. A choice list's "1.02.01 - Dinas Kesehatan",
// "Dinas Kesehatan (1.02.01)" or "1.02.01 Dinas Kesehatan" is read by its parts.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model.hpp"

namespace kompilasi {

// The comparison form of a unit name: Kec./Kel. expanded, then fold_header.
std::string unit_name_key(std::string_view name);

class UnitMatcher {
 public:
  explicit UnitMatcher(const Compilation& units);  // indexes units.table(unit)

  struct Match {
    int row = -1;                 // the unit's row when exactly one unit matches
    std::vector<int> candidates;  // when row < 0: empty (no match) or the ≥ 2 units that match
  };
  Match match(std::string_view cell) const;

 private:
  std::vector<int> find(std::string_view text) const;  // units whose code or name is text
  std::unordered_map<std::string, std::vector<int>> exact_code_, folded_;  // folded: codes and names
};

}  // namespace kompilasi
