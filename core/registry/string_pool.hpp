// Interned strings: every cell of a compilation is a 32-bit id into one pool, so a
// million rows cost a few flat arrays instead of millions of heap strings, and equal
// texts compare as equal ids. Id 0 is always the empty string. Views stay valid for
// the pool's lifetime (text lives in fixed-size blocks that never move).
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace kompilasi {

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) noexcept;
  StringPool& operator=(StringPool&&) noexcept;
  ~StringPool();

  std::uint32_t intern(std::string_view s);
  // For a batch of lookups (a row's cells): hash each and prefetch() its slot first, then
  // intern_hashed() them, so that their cache misses in a large index overlap.
  static std::uint32_t hash(std::string_view s);
  void prefetch(std::uint32_t h) const { __builtin_prefetch(slots_.data() + (h & (slots_.size() - 1))); }
  std::uint32_t intern_hashed(std::string_view s, std::uint32_t h);
  std::string_view view(std::uint32_t id) const { return views_[id]; }
  // Id of s if it was interned before, else UINT32_MAX (lookups that must not grow the pool).
  std::uint32_t find(std::string_view s) const;
  std::size_t size() const { return views_.size(); }
  // Room for n strings in all without regrowing the index (a caller that knows the count).
  void reserve(std::size_t n);
  std::size_t bytes_used() const;  // text + index, for the benchmark's memory figures

 private:
  std::string_view store(std::string_view s);
  void grow_index();

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0, block_size_ = 0, text_bytes_ = 0;
  std::vector<std::string_view> views_;
  // Open addressing, 0 = empty, else (32-bit hash << 32) | (id + 1): a probe compares the
  // hash before touching the text, and growing re-places entries without rehashing texts.
  std::vector<std::uint64_t> slots_;
};

}  // namespace kompilasi
