// Work done a bounded number of rows per call (the resumable Validator, the workspace
// writer, the readers' byte checks): the arithmetic they share.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace kompilasi {

// The end of the rows [at, n) that fit in budget; budget is reduced by their count.
inline std::size_t take_rows(std::size_t& budget, std::size_t at, std::size_t n) {
  const std::size_t k = std::min(budget, n - at);
  budget -= k;
  return at + k;
}

// The bytes a step of `rows` rows may check at per_row bytes a row; SIZE_MAX when that does
// not fit (a step without a limit).
inline std::size_t bytes_for_rows(std::size_t rows, std::size_t per_row) {
  return rows > SIZE_MAX / per_row ? SIZE_MAX : rows * per_row;
}

}  // namespace kompilasi
