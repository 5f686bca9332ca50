#include "string_pool.hpp"

#include <cstring>

namespace kompilasi {
namespace {

constexpr std::size_t kBlock = 1 << 20;
constexpr std::uint64_t kEmpty = 0;
char no_text[1];  // block 0 of every pool

inline std::uint32_t hash_bytes(std::string_view s) {
  // FNV-1a over 8-byte words, then mixed: fast enough and well spread for table keys.
  std::uint64_t h = 1469598103934665603ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 1099511628211ull;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return static_cast<std::uint32_t>(h);
}

// The index grows past three quarters full: probes compare the hash kept in the slot and
// mostly stay in one cache line, and a million-ASN compilation's ~9 million texts then
// fit 16 million slots (128 MB) instead of 32 million.
inline bool over_load(std::size_t entries, std::size_t slots) { return entries * 4 > slots * 3; }

inline std::uint64_t slot_of(std::uint32_t hash, std::uint32_t id) { return (std::uint64_t{hash} << 32) | (id + 1); }

}  // namespace

StringPool::StringPool() {
  bases_.push_back(no_text);
  sizes_.push_back(0);
  add_place(0);
  slots_.assign(1024, kEmpty);
}
StringPool::StringPool(StringPool&&) noexcept = default;
StringPool& StringPool::operator=(StringPool&&) noexcept = default;
StringPool::~StringPool() = default;

StringPool::Place StringPool::store(std::string_view s) {
  text_bytes_ += s.size();
  if (s.size() > kBlock / 4) {  // big cells get a block of their own
    blocks_.emplace_back(new char[s.size()]);
    std::memcpy(blocks_.back().get(), s.data(), s.size());
    bases_.push_back(blocks_.back().get());
    sizes_.push_back(s.size());
    return (std::uint64_t{bases_.size() - 1} << kBlockShift) | kLengthMask;
  }
  if (!filling_ || filled_ + s.size() > kBlock) {
    blocks_.emplace_back(new char[kBlock]);
    bases_.push_back(blocks_.back().get());
    sizes_.push_back(kBlock);
    filling_ = bases_.size() - 1;
    filled_ = 0;
  }
  std::memcpy(bases_[filling_] + filled_, s.data(), s.size());
  const Place p = (std::uint64_t{filling_} << kBlockShift) | (std::uint64_t{filled_} << kOffsetShift) | s.size();
  filled_ += s.size();
  return p;
}

std::uint32_t StringPool::add_place(Place p) {
  if (count_ == segments_.size() * kSegment) segments_.emplace_back(new Place[kSegment]);  // not cleared: filled as ids are given
  segments_.back()[count_ & (kSegment - 1)] = p;
  return static_cast<std::uint32_t>(count_++);
}

void StringPool::grow_index() {
  std::vector<std::uint64_t> bigger(slots_.size() * 2, kEmpty);
  const std::size_t mask = bigger.size() - 1;
  for (const std::uint64_t slot : slots_) {
    if (slot == kEmpty) continue;
    std::size_t i = (slot >> 32) & mask;
    while (bigger[i] != kEmpty) i = (i + 1) & mask;
    bigger[i] = slot;
  }
  slots_.swap(bigger);
}

void StringPool::reserve(std::size_t more, std::size_t more_indexed) {
  segments_.reserve((count_ + more) / kSegment + 1);
  while (over_load(indexed_ + more_indexed + 1, slots_.size())) grow_index();
}

void StringPool::take_text(StringPool& other) {
  // after ours, so that our places stay; other's block 0 (the empty one) is not taken
  other.taken_base_ = static_cast<std::uint32_t>(bases_.size() - 1);
  bases_.insert(bases_.end(), other.bases_.begin() + 1, other.bases_.end());
  sizes_.insert(sizes_.end(), other.sizes_.begin() + 1, other.sizes_.end());
  blocks_.insert(blocks_.end(), std::make_move_iterator(other.blocks_.begin()), std::make_move_iterator(other.blocks_.end()));
  text_bytes_ += other.text_bytes_;
  other.blocks_.clear();
  other.filling_ = other.filled_ = other.text_bytes_ = 0;
}

std::uint32_t StringPool::append(std::string_view s, Place placed) {
  if (s.empty()) return 0;
  return add_place(placed ? placed : store(s));
}

std::uint32_t StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  const std::uint32_t h = hash_bytes(s);
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == kEmpty) return UINT32_MAX;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if ((slot >> 32) == h && view(id) == s) return id;
  }
}

std::uint32_t StringPool::hash(std::string_view s) { return hash_bytes(s); }

std::uint32_t StringPool::intern(std::string_view s) { return intern_hashed(s, hash_bytes(s)); }

std::uint32_t StringPool::intern_hashed(std::string_view s, std::uint32_t h, Place placed) {
  if (s.empty()) return 0;
  if (over_load(indexed_ + 1, slots_.size())) grow_index();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == kEmpty) break;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if ((slot >> 32) == h && view(id) == s) return id;
  }
  const std::uint32_t id = add_place(placed ? placed : store(s));
  slots_[i] = slot_of(h, id);
  ++indexed_;
  return id;
}

void StreamInterner::intern_oldest() {
  const Pending& p = age(pending_);
  out_[p.at] = pool_.intern_hashed(p.s, p.h, p.placed);
  --pending_;
}

void StreamInterner::add(std::string_view s, std::size_t at, StringPool::Place placed) {
  if (s.empty()) {  // id 0, nothing to look up
    out_[at] = 0;
    return;
  }
  if (pending_ == kAhead) intern_oldest();
  // the adds a third and two thirds of the way along: their slot, then their view, is in cache
  if (pending_ >= kAhead / 3) pool_.prefetch_view(age(kAhead / 3).h);
  if (pending_ >= 2 * kAhead / 3) pool_.prefetch_text(age(2 * kAhead / 3).h);
  Pending& p = ring_[next_ & (kAhead - 1)];
  p = {s, StringPool::hash(s), at, placed};
  pool_.prefetch(p.h);
  ++next_;
  ++pending_;
}

void StreamInterner::flush() {
  while (pending_) intern_oldest();
}

std::size_t StringPool::bytes_used() const {
  return blocks_.size() * kBlock + segments_.size() * kSegment * sizeof(Place) + slots_.capacity() * sizeof(std::uint64_t);
}

}  // namespace kompilasi
