// Work done a bounded number of rows per call (the resumable Validator, the workspace
// writer): the one piece of arithmetic they share.
#pragma once

#include <algorithm>
#include <cstddef>

namespace kompilasi {

// The end of the rows [at, n) that fit in budget; budget is reduced by their count.
inline std::size_t take_rows(std::size_t& budget, std::size_t at, std::size_t n) {
  const std::size_t k = std::min(budget, n - at);
  budget -= k;
  return at + k;
}

}  // namespace kompilasi
