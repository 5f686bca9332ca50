// Shared state of one validate() run (internal to the validate_*.cpp files): the
// compilation, the result being filled, the key indexes built table by table, and small
// caches keyed by cell id (equal ids are equal texts, and dates, platforms and codes
// repeat a lot).
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "flat_map.hpp"
#include "release.hpp"
#include "validate.hpp"

namespace kompilasi::detail {

// A direct-mapped cache from cell id to a computed value.
template <class V, unsigned Bits>
class IdCache {
 public:
  template <class F>
  V get(std::uint32_t id, F&& compute) {
    Entry& e = entries_[(id * 2654435761u) >> (32 - Bits)];
    if (e.id != id) {
      e.id = id;
      e.value = compute();
    }
    return e.value;
  }

 private:
  struct Entry {
    std::uint32_t id = UINT32_MAX;
    V value{};
  };
  std::vector<Entry> entries_ = std::vector<Entry>(1u << Bits);
};

// The first row of each (platform, handle key id): per key id its first row on any platform,
// and from that row a chain through the first rows of the key's other platforms (a handle is
// on one or two platforms: a slot per platform for every key id was 41 MB at 1M ASN, this is 14).
class FirstByAccount {
 public:
  FirstByAccount() = default;
  // platform: each row's platform, set before that row's try_emplace.
  FirstByAccount(std::size_t keys, const std::vector<std::int8_t>& platform)
      : platform_(&platform), first_(keys, UINT32_MAX), next_(platform.size(), UINT32_MAX) {}
  std::uint32_t find(std::uint32_t key, std::int8_t p) const {
    std::uint32_t row = key < first_.size() ? first_[key] : UINT32_MAX;
    while (row != UINT32_MAX && (*platform_)[row] != p) row = next_[row];
    return row;
  }
  // The first row of (key, p); row itself when it is the first.
  std::uint32_t try_emplace(std::uint32_t key, std::int8_t p, std::uint32_t row) {
    if (key >= first_.size()) first_.resize(std::max(first_.size() * 2, std::size_t{key} + 1), UINT32_MAX);
    std::uint32_t& head = first_[key];
    if (head == UINT32_MAX) return head = row;
    if (const std::uint32_t found = find(key, p); found != UINT32_MAX) return found;
    next_[row] = next_[head];
    next_[head] = row;
    return row;
  }

 private:
  const std::vector<std::int8_t>* platform_ = nullptr;
  std::vector<std::uint32_t> first_;  // per key id
  std::vector<std::uint32_t> next_;   // per row: the first row of the same key on another platform
};

// The findings a check collects, in blocks of a fixed size: appending never moves more than
// a block (a vector of a million findings regrown by doubling holds up to three times their
// memory while it moves), and take(), called in order, frees each block once its last
// finding is moved on, so that gathering them into the final buffer holds a block, not a
// part, twice. A full block is 40 MB, more than glibc's largest mmap threshold (32 MB), so
// natively a freed block goes back to the system instead of staying in the heap.
class FoundFindings {
 public:
  static constexpr std::size_t kBlock = (std::size_t{40} << 20) / sizeof(Finding);
  void push_back(Finding f) {
    if (size_ % kBlock == 0) blocks_.emplace_back();
    blocks_.back().push_back(std::move(f));
    ++size_;
  }
  std::size_t size() const { return size_; }
  Finding take(std::size_t i) {
    std::vector<Finding>& b = blocks_[i / kBlock];
    Finding f = std::move(b[i % kBlock]);
    if (i % kBlock + 1 == b.size()) release(b);
    return f;
  }

 private:
  std::vector<std::vector<Finding>> blocks_;
  std::size_t size_ = 0;
};

inline constexpr std::int32_t kBadDate = INT32_MIN;  // a date cell that cannot be read
inline constexpr std::uint32_t kNoIndex = UINT32_MAX;
inline constexpr std::uint32_t kOwnKey = 0x80000000u;  // canonical key ids outside the compilation's pool

class FirstByText;  // validate_laporan.cpp: the first row of each text of a column

struct Ctx {
  const Compilation& c;
  Validation& v;
  std::optional<Date> at;  // tanggal_kompilasi
  bool anon = false;       // an anonymised compilation (anonymize.hpp): pseudonyms where NIPs were
  // What add() found, in check order, and each one's sort key. A Ctx copied for a check run
  // on another thread (validate.cpp) collects its own and is merged afterwards.
  FoundFindings found;
  std::vector<std::uint64_t> sort_keys;  // parallel to found
  std::array<std::vector<std::uint8_t>, kTableCount> required;  // required column indexes per table

  // unit: canonical code → first unit row
  FlatMap<std::uint64_t> unit_by_code{64};
  // pegawai: NIP → first row; cell id of a pegawai NIP cell → first row (akun and laporan
  // mostly repeat the very text, so most lookups are one array read). Built by
  // check_pegawai and only read after: a Ctx copied for another thread shares it (at 1M ASN
  // it is ~60 MB).
  struct PegawaiIndex {
    FlatMap<std::uint64_t> by_nip{16};
    std::vector<std::uint32_t> by_cell;
  };
  std::shared_ptr<PegawaiIndex> pegawai_index = std::make_shared<PegawaiIndex>();
  std::vector<std::uint8_t> pegawai_named;  // per first pegawai row: some akun row names the NIP
  // akun_resmi: per handle key id and platform, the first row
  FirstByAccount resmi_first;
  // konten: canonical id → first konten row
  FlatMap<std::uint64_t> konten_by_id{64};
  // akun: per handle key id and platform, the first akun row
  FirstByAccount akun_first;
  // laporan: the first row of each proof URL; repeated (id_konten, nip, platform): earlier
  // reports of the same ASN chained per pegawai row (head, next), NIPs outside pegawai in a map.
  struct LaporanSeen {
    std::shared_ptr<FirstByText> first_by_url;  // made by start_laporan
    std::vector<std::uint32_t> head, next, konten_key;
    FlatMap<Key128> outside{16};
  };
  LaporanSeen laporan_seen;

  IdCache<std::int8_t, 10> platform_cache;
  IdCache<std::int8_t, 8> status_cache;  // StatusAkun or -1
  IdCache<std::int32_t, 14> date_cache;
  IdCache<std::uint32_t, 12> unit_cache;
  IdCache<std::uint32_t, 12> konten_cache;
  std::string keybuf;
  StringPool* own_keys;  // where canon_text() keeps texts the pool lacks: v.norm.keys, or a copy's own

  Ctx(const Compilation& comp, Validation& val) : c(comp), v(val), own_keys(&val.norm.keys) {}

  std::string_view text(std::uint32_t id) const { return c.pool.view(id); }
  // Empty or only spaces. A bit per pool id, filled once, so that the required-cell checks
  // of millions of rows need not read the texts.
  std::vector<std::uint64_t> blank_bits;
  void mark_blank_ids(std::size_t from, std::size_t to);  // pool ids [from, to); blank_bits sized first
  bool blank(std::uint32_t id) const { return (blank_bits[id >> 6] >> (id & 63)) & 1; }
  std::uint32_t src_row(TableId t, std::size_t r) const {
    const auto& s = c.table(t).source_row;
    return r < s.size() && s[r] ? s[r] : static_cast<std::uint32_t>(r + 1);
  }

  // The id standing for a cell's trimmed text: its own id when already trimmed, else the id of
  // the trimmed text in the pool, else an id of our own (kOwnKey | id in *own_keys).
  std::uint32_t canon_cell(std::uint32_t id);
  std::uint32_t canon_text(std::string_view trimmed);

  std::int8_t platform(std::uint32_t id);  // Platform or -1 (blank cells: -1 too)
  std::int32_t date(std::uint32_t id);     // days, kNone for blank, kBadDate when unreadable
  std::uint32_t unit_row(std::uint32_t id);    // first unit row of a code cell, or kNoIndex
  std::uint32_t konten_row(std::uint32_t id);  // first konten row of an id cell, or kNoIndex
  // First pegawai row of a well-formed NIP (given its cell id and value), or kNoIndex.
  std::uint32_t pegawai_row(std::uint32_t cell, std::uint64_t nip) const;

  void add(Rule rule, Severity sev, TableId t, std::size_t row, std::uint8_t col, std::string_view value,
           std::uint32_t first_row = 0, std::string_view detail = {});
  // Frees the indexes the checks built for the rows after them (finish_akun and finish_laporan
  // free their own), once every row is checked: only the findings are left to gather, and
  // at a million ASN the pegawai index alone is ~70 MB.
  void drop_indexes();
};

// The NIP of a cell as compared: its 18 digits, or in an anonymised compilation the
// pseudonym's key (carried: the rules it carries); nothing when it is neither.
std::optional<std::uint64_t> nip_value(const Ctx& x, std::string_view cell, std::uint32_t* carried = nullptr);
// Reference to a pegawai NIP from another table (akun.nip, laporan.nip, akun_resmi.pengelola_nip):
// NIP_FORMAT when not 18 digits, REFERENSI_PEGAWAI when no pegawai row has it. Returns the
// NIP (0 when malformed) and sets row to the first pegawai row or kNoIndex.
std::uint64_t check_nip_reference(Ctx& x, TableId t, std::size_t r, std::uint8_t col, std::uint32_t& row);
// TANGGAL_FORMAT for an optional or required date cell; returns days or kNone.
std::int32_t check_date(Ctx& x, TableId t, std::size_t r, std::uint8_t col);
// WAJIB_KOSONG for every empty required column of row r; returns a bit per column (1 = empty).
std::uint32_t check_required(Ctx& x, TableId t, std::size_t r);

// The checks of a table, in the order validate.cpp runs them. Each is resumable so that a
// table's rows can be checked in slices (Validator::step): start_* sizes the table's arrays and
// indexes once, check_*(x, from, to) checks rows [from, to) (what a row needs from earlier rows
// is kept in the Ctx), finish_unit runs once after the last row.
void start_unit(Ctx& x);
void check_unit(Ctx& x, std::size_t from, std::size_t to);          // keys and jenis
void check_unit_parents(Ctx& x, std::size_t from, std::size_t to);  // induk, once every code is known
void finish_unit(Ctx& x);                                            // loops in the unit tree
void start_pegawai(Ctx& x);
void check_pegawai(Ctx& x, std::size_t from, std::size_t to);
void start_akun_resmi(Ctx& x);
void check_akun_resmi(Ctx& x, std::size_t from, std::size_t to);
void start_konten(Ctx& x);
void check_konten(Ctx& x, std::size_t from, std::size_t to);
void start_akun(Ctx& x);
void check_akun(Ctx& x, std::size_t from, std::size_t to);
void finish_akun(Ctx& x);  // frees what only akun's rows needed (the first row per account)
void check_pegawai_tanpa_akun(Ctx& x, std::size_t from, std::size_t to);  // pegawai rows, after every akun row
void start_laporan(Ctx& x);
void check_laporan(Ctx& x, std::size_t from, std::size_t to);
void finish_laporan(Ctx& x);  // frees what only laporan's rows needed (the repeats' tables)

}  // namespace kompilasi::detail
