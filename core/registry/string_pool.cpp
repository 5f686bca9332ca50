#include "string_pool.hpp"

#include <cstring>

namespace kompilasi {
namespace {

constexpr std::size_t kBlock = 1 << 20;
constexpr std::uint64_t kEmpty = 0;

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
  views_.push_back(std::string_view{});
  slots_.assign(1024, kEmpty);
}
StringPool::StringPool(StringPool&&) noexcept = default;
StringPool& StringPool::operator=(StringPool&&) noexcept = default;
StringPool::~StringPool() = default;

std::string_view StringPool::store(std::string_view s) {
  if (s.size() > kBlock / 4) {  // big cells get a block of their own
    blocks_.emplace_back(new char[s.size()]);
    std::memcpy(blocks_.back().get(), s.data(), s.size());
    text_bytes_ += s.size();
    std::string_view v(blocks_.back().get(), s.size());
    // keep the current small-cell block last so it keeps filling
    if (blocks_.size() >= 2) std::swap(blocks_[blocks_.size() - 1], blocks_[blocks_.size() - 2]);
    return v;
  }
  if (blocks_.empty() || block_used_ + s.size() > block_size_) {
    blocks_.emplace_back(new char[kBlock]);
    block_used_ = 0;
    block_size_ = kBlock;
  }
  char* dst = blocks_.back().get() + block_used_;
  std::memcpy(dst, s.data(), s.size());
  block_used_ += s.size();
  text_bytes_ += s.size();
  return {dst, s.size()};
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
  views_.reserve(views_.size() + more);
  while (over_load(indexed_ + more_indexed + 1, slots_.size())) grow_index();
}

void StringPool::take_text(StringPool& other) {
  // in front, so that this pool's block being filled stays last
  blocks_.insert(blocks_.begin(), std::make_move_iterator(other.blocks_.begin()),
                 std::make_move_iterator(other.blocks_.end()));
  text_bytes_ += other.text_bytes_;
  other.blocks_.clear();
  other.block_used_ = other.block_size_ = other.text_bytes_ = 0;
}

std::uint32_t StringPool::append(std::string_view s, bool owned) {
  if (s.empty()) return 0;
  const auto id = static_cast<std::uint32_t>(views_.size());
  views_.push_back(owned ? s : store(s));
  return id;
}

std::uint32_t StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  const std::uint32_t h = hash_bytes(s);
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == kEmpty) return UINT32_MAX;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if ((slot >> 32) == h && views_[id] == s) return id;
  }
}

std::uint32_t StringPool::hash(std::string_view s) { return hash_bytes(s); }

std::uint32_t StringPool::intern(std::string_view s) { return intern_hashed(s, hash_bytes(s)); }

std::uint32_t StringPool::intern_hashed(std::string_view s, std::uint32_t h, bool owned) {
  if (s.empty()) return 0;
  if (over_load(indexed_ + 1, slots_.size())) grow_index();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == kEmpty) break;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if ((slot >> 32) == h && views_[id] == s) return id;
  }
  const auto id = static_cast<std::uint32_t>(views_.size());
  views_.push_back(owned ? s : store(s));
  slots_[i] = slot_of(h, id);
  ++indexed_;
  return id;
}

void StreamInterner::intern_oldest() {
  const Pending& p = age(pending_);
  out_[p.at] = pool_.intern_hashed(p.s, p.h, owned_);
  --pending_;
}

void StreamInterner::add(std::string_view s, std::size_t at) {
  if (s.empty()) {  // id 0, nothing to look up
    out_[at] = 0;
    return;
  }
  if (pending_ == kAhead) intern_oldest();
  // the adds a third and two thirds of the way along: their slot, then their view, is in cache
  if (pending_ >= kAhead / 3) pool_.prefetch_view(age(kAhead / 3).h);
  if (pending_ >= 2 * kAhead / 3) pool_.prefetch_text(age(2 * kAhead / 3).h);
  Pending& p = ring_[next_ & (kAhead - 1)];
  p = {s, StringPool::hash(s), at};
  pool_.prefetch(p.h);
  ++next_;
  ++pending_;
}

void StreamInterner::flush() {
  while (pending_) intern_oldest();
}

std::size_t StringPool::bytes_used() const {
  return blocks_.size() * kBlock + views_.capacity() * sizeof(std::string_view) + slots_.capacity() * sizeof(std::uint64_t);
}

}  // namespace kompilasi
