// A small open-addressing hash map from a trivially copyable key to a uint32 (usually a
// row index), for the key lookups of validation: millions of NIPs and handles without
// a heap node per entry. Insert-only; the table doubles at half load.
#pragma once
#include <cstdint>
#include <cstring>
#include <vector>

namespace kompilasi {

inline std::uint64_t mix64(std::uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct Key128 {
  std::uint64_t a = 0, b = 0;
  bool operator==(const Key128&) const = default;
};
inline std::uint64_t hash_key(std::uint64_t k) { return mix64(k); }
inline std::uint64_t hash_key(const Key128& k) { return mix64(k.a ^ mix64(k.b + 0x9e3779b97f4a7c15ULL)); }

template <class Key>
class FlatMap {
 public:
  static constexpr std::uint32_t kMissing = UINT32_MAX;

  explicit FlatMap(std::size_t expected = 16) {
    std::size_t cap = 16;
    while (cap < expected * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
  }

  // The value stored for k; when k is new, stores v and returns v.
  std::uint32_t try_emplace(const Key& k, std::uint32_t v) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    for (std::size_t i = hash_key(k) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == kMissing) {
        s.key = k;
        s.value = v;
        ++size_;
        return v;
      }
      if (s.key == k) return s.value;
    }
  }

  std::uint32_t find(const Key& k) const {
    for (std::size_t i = hash_key(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kMissing) return kMissing;
      if (s.key == k) return s.value;
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    Key key{};
    std::uint32_t value = kMissing;
  };

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old)
      if (s.value != kMissing) try_emplace(s.key, s.value);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0, size_ = 0;
};

}  // namespace kompilasi
