// Interned strings: every cell of a compilation is a 32-bit id into one pool, so a
// million rows cost a few flat arrays instead of millions of heap strings. Equal ids are
// equal texts; equal interned texts are equal ids, but a text stored by append() (a
// column whose cells nearly never repeat, ColumnSpec::distinct) has an id of its own, so
// such cells are compared by text. Id 0 is always the empty string. Views stay valid for
// the pool's lifetime (text lives in fixed-size blocks that never move); each id's place in
// them takes 8 bytes (block, offset, length) where a string_view would take 16: at a million
// ASN the pool holds ~10 million ids.
#pragma once
#include <array>
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
  // For a stream of lookups (StreamInterner): hash each, prefetch() its slot, and once that is
  // in cache prefetch_view() the view of the text the slot holds, then prefetch_text() that
  // text, and only then intern_hashed() it, so that the cache misses of lookups in a large
  // index overlap instead of waiting one after another.
  static std::uint32_t hash(std::string_view s);
  void prefetch(std::uint32_t h) const { __builtin_prefetch(slots_.data() + (h & (slots_.size() - 1))); }
  void prefetch_view(std::uint32_t h) const {
    if (const std::uint32_t id = home_id(h)) __builtin_prefetch(&place(id - 1));
  }
  void prefetch_text(std::uint32_t h) const {
    if (const std::uint32_t id = home_id(h)) __builtin_prefetch(view(id - 1).data());
  }
  // Where a text lies in a pool's blocks; 0 for none.
  using Place = std::uint64_t;
  // placed: s already lies in this pool's blocks there (taken(), after take_text()), so a new
  // entry keeps it where it is instead of a copy.
  std::uint32_t intern_hashed(std::string_view s, std::uint32_t h, Place placed = 0);
  // A new id for s without a lookup or an entry in the index (nothing hashed): for texts
  // that nearly never repeat. intern() and find() do not see it. Empty is still id 0.
  std::uint32_t append(std::string_view s, Place placed = 0);
  // Takes over other's text blocks without copying them (a table read into a pool of its own
  // on another thread): other keeps its ids and views, now into this pool's memory, and
  // other.taken(id) is where id's text lies here, for intern_hashed() and append().
  void take_text(StringPool& other);
  Place taken(std::uint32_t id) const { return place(id) + (std::uint64_t{taken_base_} << kBlockShift); }
  std::string_view view(std::uint32_t id) const {
    const Place p = place(id);
    const auto block = static_cast<std::size_t>(p >> kBlockShift);
    const auto length = static_cast<std::size_t>(p & kLengthMask);
    return {bases_[block] + ((p >> kOffsetShift) & kOffsetMask), length == kLengthMask ? sizes_[block] : length};
  }
  // Id of s if it was interned before, else UINT32_MAX (lookups that must not grow the pool).
  std::uint32_t find(std::string_view s) const;
  std::size_t size() const { return count_; }
  // Room for `more` strings beyond those held, `more_indexed` of them interned, without
  // regrowing (a caller that knows the counts).
  void reserve(std::size_t more, std::size_t more_indexed);
  std::size_t bytes_used() const;  // text + index, for the benchmark's memory figures

 private:
  // A Place: block number, offset in the block (a block is 1 MiB), length; a text longer
  // than the length field has a block of its own, whose size is its length.
  static constexpr unsigned kOffsetShift = 20, kBlockShift = 40;
  static constexpr std::uint64_t kLengthMask = (std::uint64_t{1} << kOffsetShift) - 1;
  static constexpr std::uint64_t kOffsetMask = (std::uint64_t{1} << (kBlockShift - kOffsetShift)) - 1;

  // Places per id in segments of kSegment: growing never moves those held, which for millions
  // of texts was one long pause (a copy of tens of megabytes, both copies held at once).
  static constexpr unsigned kSegmentShift = 14;
  static constexpr std::size_t kSegment = std::size_t{1} << kSegmentShift;

  const Place& place(std::uint32_t id) const { return segments_[id >> kSegmentShift][id & (kSegment - 1)]; }
  std::uint32_t add_place(Place p);  // the new id
  Place store(std::string_view s);
  void grow_index();
  // id + 1 of the entry in hash h's first slot when it has that hash, else 0
  std::uint32_t home_id(std::uint32_t h) const {
    const std::uint64_t slot = slots_[h & (slots_.size() - 1)];
    return (slot >> 32) == h ? static_cast<std::uint32_t>(slot) : 0;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;  // the text this pool owns, in any order
  // Per block number: its first byte and its size. Block 0 is an empty one that owns nothing,
  // so that id 0's place, 0, is the empty text.
  std::vector<char*> bases_;
  std::vector<std::size_t> sizes_;
  std::size_t filling_ = 0, filled_ = 0;  // the block small texts go to (0: none yet) and its bytes used
  std::size_t text_bytes_ = 0;
  std::uint32_t taken_base_ = 0;  // after another pool took this one's text: its number for our block 0
  std::vector<std::unique_ptr<Place[]>> segments_;  // per id (place())
  std::size_t count_ = 0;  // ids given
  std::size_t indexed_ = 0;  // entries in slots_
  // Open addressing, 0 = empty, else (32-bit hash << 32) | (id + 1): a probe compares the
  // hash before touching the text, and growing re-places entries without rehashing texts.
  std::vector<std::uint64_t> slots_;
};

// Interns a stream of texts, a table's cells row after row, with their lookups' cache misses
// overlapped (a million-ASN pool's index is far larger than the cache): add(s, at) hashes s
// and prefetches its slot, and kAhead adds later, its slot, view and text by then in cache,
// interns it and writes its id to out[at]. Ids are given in the order of the adds, as by
// intern() one after another. s must stay valid until its id is written; flush() writes the
// pending ones (before out is read).
class StreamInterner {
 public:
  StreamInterner(StringPool& pool, std::vector<std::uint32_t>& out) : pool_(pool), out_(out) {}
  // placed: where s lies in pool's blocks already (StringPool::taken), 0 when it must be copied.
  void add(std::string_view s, std::size_t at, StringPool::Place placed = 0);
  void flush();

 private:
  static constexpr std::size_t kAhead = 32;  // a power of two
  struct Pending {
    std::string_view s;
    std::uint32_t h = 0;
    std::size_t at = 0;
    StringPool::Place placed = 0;
  };
  Pending& age(std::size_t n) { return ring_[(next_ - n) & (kAhead - 1)]; }  // the add n adds ago
  void intern_oldest();

  StringPool& pool_;
  std::vector<std::uint32_t>& out_;
  std::array<Pending, kAhead> ring_{};
  std::size_t next_ = 0, pending_ = 0;  // next_: where the next add goes
};

}  // namespace kompilasi
