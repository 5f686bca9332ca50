// The generator's PRNG: splitmix64 and draws built from it with exact arithmetic only
// (integer maths, or doubles compared against k / 2^53), so a seed gives the same stream
// with any compiler, standard library or target (native and WebAssembly).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

namespace kompilasi::gen {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (multiply-shift; the bias is below 2^-32 for the sizes used here).
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); }
  // Uniform in [lo, hi], both included.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }
  // Uniform in [0, 1): exactly k / 2^53.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return uniform() < p; }
  // Index drawn by integer weights (cumulative sums, ascending).
  std::size_t weighted(std::span<const std::uint32_t> cumulative) {
    const std::uint32_t u = below(cumulative.back());
    std::size_t lo = 0, hi = cumulative.size() - 1;
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

 private:
  std::uint64_t state_;
};

// Seeds of independent streams derived from one seed (one per table), so that a change in
// how one table is drawn does not shift every other table.
inline std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream) {
  Rng r(seed ^ (stream * 0xD1B54A32D192ED03ull));
  return r.next();
}

}  // namespace kompilasi::gen
