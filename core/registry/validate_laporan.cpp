// Rules on `konten` and `laporan`: content keys and targets, report references, proof
// links, repeated reports and report dates against publication and deadline.
#include <algorithm>

#include "validate_context.hpp"

namespace kompilasi::detail {
namespace {

constexpr std::string_view kPlatformList = "instagram, tiktok, facebook, youtube, x, threads";

std::int8_t check_platform(Ctx& x, TableId t, std::size_t r, std::uint8_t col, std::uint32_t empty) {
  if (empty & (1u << col)) return -1;
  const std::uint32_t id = x.c.table(t).id_at(r, col);
  const std::int8_t p = x.platform(id);
  if (p < 0) x.add(Rule::PLATFORM_TIDAK_DIKENAL, Severity::error, t, r, col, x.text(id), 0, std::string(kPlatformList));
  return p;
}

}  // namespace

// Per trimmed text of a distinct column (whose cells are not interned: equal texts may have
// different ids), the first row holding it: open addressing over (hash << 32 | row + 1), sized
// for every row, the texts compared only when the hashes agree. The table is far larger
// than the cache: prefetch(row) kAhead rows before try_emplace(row) overlaps the misses.
// Its size is 4/3 of the rows, not a power of two (at 3.3 million reports that would be
// 8.4 million slots, 67 MB, instead of 35): a hash's slot is its high bits scaled to the size.
class FirstByText {
 public:
  static constexpr std::uint32_t kAhead = 16;

  FirstByText(const Ctx& x, const Table& t, std::uint8_t col) : x_(x), t_(t), col_(col) {
    slots_.assign(std::max<std::size_t>(1024, t.rows() / 3 * 4 + 4), 0);
  }
  void prefetch(std::uint32_t row) {
    Ahead& a = ahead_[row % kAhead];
    a = {row, StringPool::hash(text(row))};
    __builtin_prefetch(slots_.data() + slot(a.hash));
  }
  // The first row of row's trimmed text (not empty); row itself when it is the first.
  std::uint32_t try_emplace(std::uint32_t row) {
    const std::string_view s = text(row);
    const Ahead& a = ahead_[row % kAhead];
    const std::uint32_t h = a.row == row ? a.hash : StringPool::hash(s);
    for (std::size_t i = slot(h);; i = i + 1 == slots_.size() ? 0 : i + 1) {
      const std::uint64_t held = slots_[i];
      if (!held) {
        slots_[i] = (std::uint64_t{h} << 32) | (std::uint64_t{row} + 1);
        return row;
      }
      const auto other = static_cast<std::uint32_t>(held) - 1;
      if ((held >> 32) == h && text(other) == s) return other;
    }
  }

 private:
  struct Ahead {
    std::uint32_t row = kNoIndex, hash = 0;
  };
  std::string_view text(std::uint32_t row) const { return trim(x_.text(t_.id_at(row, col_))); }
  std::size_t slot(std::uint32_t h) const { return static_cast<std::size_t>((std::uint64_t{h} * slots_.size()) >> 32); }

  const Ctx& x_;
  const Table& t_;
  std::uint8_t col_;
  std::vector<std::uint64_t> slots_;
  std::array<Ahead, kAhead> ahead_{};
};


void start_konten(Ctx& x) {
  const std::size_t n = x.c.table(TableId::konten).rows();
  Normalized& norm = x.v.norm;
  norm.konten_platform.assign(n, -1);
  norm.konten_terbit.assign(n, kNone);
  norm.konten_batas.assign(n, kNone);
  norm.konten_sasaran.assign(n, {});
  x.konten_by_id = FlatMap<std::uint64_t>(n);
}

void check_konten(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::konten;
  const TableId T = TableId::konten;
  const Table& t = x.c.table(T);
  Normalized& norm = x.v.norm;
  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t empty = check_required(x, T, r);
    if (!(empty & (1u << id_konten))) {
      const std::uint32_t id = t.id_at(r, id_konten);
      const std::uint32_t first = x.konten_by_id.try_emplace(x.canon_cell(id), static_cast<std::uint32_t>(r));
      if (first != r) x.add(Rule::KUNCI_GANDA, Severity::error, T, r, id_konten, x.text(id), x.src_row(T, first));
    }
    norm.konten_platform[r] = check_platform(x, T, r, platform, empty);
    norm.konten_terbit[r] = check_date(x, T, r, tanggal_terbit);
    norm.konten_batas[r] = check_date(x, T, r, batas_lapor);
    const std::uint32_t src = t.id_at(r, kode_unit_sumber);
    if (!x.blank(src) && x.unit_row(src) == kNoIndex)
      x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, T, r, kode_unit_sumber, trim(x.text(src)));
    // sasaran: ';'-separated unit codes, one finding per unknown code
    std::string_view list = x.text(t.id_at(r, sasaran));
    auto& targets = norm.konten_sasaran[r];
    while (!list.empty()) {
      const auto semi = list.find(';');
      const std::string_view code = trim(list.substr(0, semi));
      if (!code.empty()) {
        const std::uint32_t u = x.unit_by_code.find(x.canon_text(code));
        if (u == kNoIndex)
          x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, T, r, sasaran, code);
        else if (std::find(targets.begin(), targets.end(), static_cast<std::int32_t>(u)) == targets.end())
          targets.push_back(static_cast<std::int32_t>(u));
      }
      if (semi == std::string_view::npos) break;
      list.remove_prefix(semi + 1);
    }
  }
}

void start_laporan(Ctx& x) {
  const std::size_t n = x.c.table(TableId::laporan).rows();
  Normalized& norm = x.v.norm;
  norm.laporan_konten.assign(n, kNone);
  norm.laporan_nip.assign(n, 0);
  norm.laporan_pegawai.assign(n, kNone);
  norm.laporan_platform.assign(n, -1);
  norm.laporan_tanggal.assign(n, kNone);
  Ctx::LaporanSeen& seen = x.laporan_seen;
  seen.first_by_url = std::make_shared<FirstByText>(x, x.c.table(TableId::laporan), col::laporan::url_bukti);
  seen.head.assign(x.c.table(TableId::pegawai).rows(), kNoIndex);
  seen.next.assign(n, kNoIndex);
  seen.konten_key.assign(n, 0);
}

void check_laporan(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::laporan;
  const TableId T = TableId::laporan;
  const Table& t = x.c.table(T);
  const std::size_t n = t.rows();
  Normalized& norm = x.v.norm;
  FirstByText& first_by_url = *x.laporan_seen.first_by_url;
  std::vector<std::uint32_t>& head = x.laporan_seen.head;
  std::vector<std::uint32_t>& next = x.laporan_seen.next;
  std::vector<std::uint32_t>& konten_key = x.laporan_seen.konten_key;
  FlatMap<Key128>& outside = x.laporan_seen.outside;

  for (std::size_t r = from; r < to; ++r) {
    if (r + FirstByText::kAhead < n) first_by_url.prefetch(static_cast<std::uint32_t>(r + FirstByText::kAhead));
    const std::uint32_t empty = check_required(x, T, r);
    std::uint32_t kkey = 0, krow = kNoIndex;
    if (!(empty & (1u << id_konten))) {
      const std::uint32_t id = t.id_at(r, id_konten);
      kkey = x.canon_cell(id);
      krow = x.konten_row(id);
      if (krow == kNoIndex) x.add(Rule::REFERENSI_KONTEN, Severity::error, T, r, id_konten, x.text(id));
      else norm.laporan_konten[r] = static_cast<std::int32_t>(krow);
    }
    konten_key[r] = kkey;
    std::uint32_t peg = kNoIndex;
    std::uint64_t nip_value = 0;
    if (!(empty & (1u << nip))) {
      nip_value = check_nip_reference(x, T, r, nip, peg);
      norm.laporan_nip[r] = nip_value;
      if (peg != kNoIndex) norm.laporan_pegawai[r] = static_cast<std::int32_t>(peg);
    }
    const std::int8_t p = check_platform(x, T, r, platform, empty);
    norm.laporan_platform[r] = p;

    if (!(empty & (1u << url_bukti))) {
      const std::uint32_t uid = t.id_at(r, url_bukti);
      bool url_ok = true;
      if (p >= 0 && url_platform(x.text(uid)) != static_cast<Platform>(p)) {
        url_ok = false;
        x.add(Rule::LAPORAN_URL, Severity::error, T, r, url_bukti, x.text(uid), 0,
              std::string(platform_name(static_cast<Platform>(p))));
      }
      if (url_ok) {
        const std::uint32_t first = first_by_url.try_emplace(static_cast<std::uint32_t>(r));
        if (first != r && norm.laporan_nip[first] != nip_value)
          x.add(Rule::LAPORAN_GANDA, Severity::warning, T, r, url_bukti, x.text(uid), x.src_row(T, first),
                std::string(trim(x.text(t.id_at(first, nip)))));
      }
    }

    const std::int32_t day = check_date(x, T, r, tanggal_lapor);
    norm.laporan_tanggal[r] = day;
    if (day != kNone && krow != kNoIndex) {
      const std::int32_t terbit = norm.konten_terbit[krow], batas = norm.konten_batas[krow];
      if (terbit != kNone && day < terbit)
        x.add(Rule::LAPORAN_SEBELUM_TERBIT, Severity::error, T, r, tanggal_lapor, x.text(t.id_at(r, tanggal_lapor)), 0,
              format_date(civil_from_days(terbit)));
      else if (batas != kNone && day > batas)
        x.add(Rule::LAPORAN_TERLAMBAT, Severity::info, T, r, tanggal_lapor, x.text(t.id_at(r, tanggal_lapor)), 0,
              format_date(civil_from_days(batas)));
    }

    if (!kkey || p < 0 || !nip_value) continue;
    std::uint32_t first = kNoIndex;
    if (peg != kNoIndex) {
      for (std::uint32_t g = head[peg]; g != kNoIndex; g = next[g])
        if (konten_key[g] == kkey && norm.laporan_platform[g] == p) first = g;  // the earliest one wins
      if (first == kNoIndex) {
        next[r] = head[peg];
        head[peg] = static_cast<std::uint32_t>(r);
      }
    } else {
      first = outside.try_emplace(Key128{nip_value, (std::uint64_t(kkey) << 8) | std::uint64_t(p)},
                                  static_cast<std::uint32_t>(r));
      if (first == r) first = kNoIndex;
    }
    if (first != kNoIndex)
      x.add(Rule::KUNCI_GANDA, Severity::error, T, r, id_konten, x.text(t.id_at(r, id_konten)), x.src_row(T, first));
  }
}

void finish_laporan(Ctx& x) { x.laporan_seen = {}; }

}  // namespace kompilasi::detail
