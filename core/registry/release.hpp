// Frees what containers hold. `v = {}` does not: for a std::vector or std::string it picks
// operator=(initializer_list), which empties the container but keeps its capacity.
#pragma once

namespace kompilasi {

template <class... C>
void release(C&... c) {
  (C().swap(c), ...);
}

}  // namespace kompilasi
