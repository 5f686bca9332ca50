// Per-konten figures (sasaran, pelapor, kepatuhan, jangkauan, tepat_waktu), each unit's
// compliance per content, and the unit ranks.
#include <algorithm>
#include <bit>
#include <numeric>

#include "metrics_detail.hpp"

namespace kompilasi::metrics_detail {

KontenPass::KontenPass(const Compilation& c, const Validation& v, const UnitTree& tree, const AccountSums& sums,
                       Metrics& m)
    : v_(v), tree_(tree), sums_(sums), m_(m) {
  const Normalized& nz = v.norm;
  const std::size_t units = m.units.size();
  const auto& konten_error = v.row_error[index(TableId::konten)];

  konten_index_.assign(c.table(TableId::konten).rows(), -1);
  for (std::size_t k = 0; k < konten_index_.size(); ++k) {
    if (konten_error[k] || nz.konten_platform[k] < 0) continue;
    KontenMetrics km;
    km.konten_row = static_cast<std::uint32_t>(k);
    km.platform = static_cast<Platform>(nz.konten_platform[k]);
    konten_index_[k] = static_cast<std::int32_t>(m.konten.size());
    m.konten.push_back(km);
  }
  const std::size_t nk = m.konten.size();

  // targets: a unit is in the sasaran when it or one of its ancestors is listed
  m.konten_unit_sasaran.assign(nk * units, 0);
  std::vector<std::uint32_t> listed(units, 0);
  for (std::size_t i = 0; i < nk; ++i) {
    const std::uint32_t row = m.konten[i].konten_row;
    std::uint8_t* targets = m.konten_unit_sasaran.data() + i * units;
    const auto& sasaran = nz.konten_sasaran[row];
    if (sasaran.empty()) {
      // an empty list is every unit, unless the cell named codes none of which is known
      if (trim(c.text(TableId::konten, row, col::konten::sasaran)).empty()) std::fill_n(targets, units, 1);
      continue;
    }
    const auto stamp = static_cast<std::uint32_t>(i + 1);
    for (std::int32_t r : sasaran)
      if (const std::int32_t u = unit_index(tree, r); u >= 0) listed[u] = stamp;
    for (std::size_t u = 0; u < units; ++u)
      for (std::uint32_t j = tree.chain_start[u]; j < tree.chain_start[u + 1]; ++j)
        if (listed[tree.chain[j]] == stamp) { targets[u] = 1; break; }
  }
  for (std::size_t i = 0; i < nk; ++i)
    for (std::size_t u = 0; u < units; ++u)
      if (m.konten_unit_sasaran[i * units + u]) m.konten[i].sasaran_asn += m.units[u].asn_langsung;

  group_.assign(reports(), -1);
  seen_.resize(m.pegawai_unit.size());
  own_pelapor_.assign(nk * units, 0);
  on_time_.assign(nk, 0);
  m.pelapor_start.assign(nk + 1, 0);
}

std::size_t KontenPass::reports() const { return v_.row_error[index(TableId::laporan)].size(); }

std::size_t KontenPass::batches() const { return (m_.konten.size() + 63) / 64; }

void KontenPass::group(std::size_t l) {
  const Normalized& nz = v_.norm;
  const std::int32_t k = nz.laporan_konten[l], p = nz.laporan_pegawai[l];
  if (v_.row_error[index(TableId::laporan)][l] || k < 0 || p < 0 || static_cast<std::size_t>(p) >= seen_.size()) return;
  if (v_.row_error[index(TableId::pegawai)][p]) return;  // the report of a left-out ASN
  group_[l] = konten_index_[k];
}

void KontenPass::start_batch(std::size_t b) {
  base_ = b * 64;
  end_ = std::min(m_.konten.size(), base_ + 64);
  if (base_) std::fill(seen_.begin(), seen_.end(), Seen{});
}

void KontenPass::report(std::size_t l) {
  const Normalized& nz = v_.norm;
  const std::size_t units = m_.units.size();
  const std::int32_t g = group_[l];
  if (g < static_cast<std::int32_t>(base_) || g >= static_cast<std::int32_t>(end_)) return;
  const std::uint64_t bit = 1ull << (g - base_);
  const auto p = static_cast<std::uint32_t>(nz.laporan_pegawai[l]);
  const std::int32_t u = m_.pegawai_unit[p];
  Seen& s = seen_[p];
  KontenMetrics& km = m_.konten[g];
  if (u < 0 || !m_.konten_unit_sasaran[g * units + u]) {
    if (!(s.luar & bit)) s.luar |= bit, ++km.pelapor_luar_sasaran;
    return;
  }
  if (!(s.pelapor & bit)) {
    s.pelapor |= bit;
    ++km.pelapor;
    ++own_pelapor_[g * units + u];
    if (const auto& f = sums_.pengikut[static_cast<int>(km.platform)]; !f.empty()) km.jangkauan += f[p];
  }
  const std::int32_t batas = nz.konten_batas[km.konten_row], when = nz.laporan_tanggal[l];
  if (batas != kNone && when != kNone && when <= batas && !(s.tepat & bit)) s.tepat |= bit, ++on_time_[g];
}

std::size_t KontenPass::pegawai() const { return seen_.size(); }

// the pelapor of each content of the batch, in pegawai order
void KontenPass::end_batch() {
  for (std::size_t i = base_; i < end_; ++i)
    m_.pelapor_start[i + 1] = m_.pelapor_start[i] + static_cast<std::uint32_t>(m_.konten[i].pelapor);
  m_.pelapor_rows.resize(m_.pelapor_start[end_]);
  fill_.assign(m_.pelapor_start.begin() + base_, m_.pelapor_start.begin() + end_);
}

void KontenPass::pelapor(std::size_t p) {
  for (std::uint64_t w = seen_[p].pelapor; w; w &= w - 1)
    m_.pelapor_rows[fill_[static_cast<std::size_t>(std::countr_zero(w))]++] = static_cast<std::uint32_t>(p);
}

void KontenPass::finish() {
  const Normalized& nz = v_.norm;
  const std::size_t units = m_.units.size(), nk = m_.konten.size();
  Metrics& m = m_;
  const UnitTree& tree = tree_;
  m.konten_unit_pelapor.assign(nk * units, 0);
  for (std::size_t i = 0; i < nk; ++i) {
    KontenMetrics& km = m.konten[i];
    km.kepatuhan = ratio(km.pelapor, km.sasaran_asn);
    if (nz.konten_batas[km.konten_row] != kNone) km.tepat_waktu = on_time_[i];
    std::int64_t* rolled = m.konten_unit_pelapor.data() + i * units;
    for (std::size_t u = 0; u < units; ++u)
      if (const std::int64_t own = own_pelapor_[i * units + u])
        for (std::uint32_t j = tree.chain_start[u]; j < tree.chain_start[u + 1]; ++j) rolled[tree.chain[j]] += own;
  }

  for (std::size_t u = 0; u < units; ++u) {
    double sum = 0;
    int n = 0;
    for (std::size_t i = 0; i < nk; ++i)
      if (const auto k = m.kepatuhan_unit(i, u)) sum += *k, ++n;
    if (n) m.units[u].kepatuhan_rata = sum / n;
  }
}

namespace {

// Ranks 1 = best, ties share the rank (1, 1, 3); rankable(u) false → no rank.
template <class Rankable, class Better>
void rank(std::vector<UnitMetrics>& units, std::optional<int> UnitMetrics::*field, Rankable rankable,
          Better better) {
  std::vector<std::size_t> order;
  for (std::size_t u = 0; u < units.size(); ++u)
    if (rankable(units[u])) order.push_back(u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return better(units[a], units[b]); });
  for (std::size_t i = 0; i < order.size(); ++i) {
    const bool tie = i > 0 && !better(units[order[i - 1]], units[order[i]]);
    units[order[i]].*field = tie ? units[order[i - 1]].*field : static_cast<int>(i + 1);
  }
}

}  // namespace

void compute_ranks(Metrics& m) {
  // cakupan compared exactly as fractions, so equal ratios of different sizes tie
  rank(
      m.units, &UnitMetrics::peringkat_cakupan, [](const UnitMetrics& u) { return u.jumlah_asn > 0; },
      [](const UnitMetrics& a, const UnitMetrics& b) {
        return a.asn_berakun * b.jumlah_asn > b.asn_berakun * a.jumlah_asn;
      });
  rank(
      m.units, &UnitMetrics::peringkat_kepatuhan,
      [](const UnitMetrics& u) { return u.jumlah_asn > 0 && u.kepatuhan_rata.has_value(); },
      [](const UnitMetrics& a, const UnitMetrics& b) { return *a.kepatuhan_rata > *b.kepatuhan_rata; });
}

}  // namespace kompilasi::metrics_detail

namespace kompilasi {

std::vector<std::uint32_t> belum_lapor(const Metrics& m, std::size_t k) {
  const std::size_t units = m.units.size();
  const auto first = m.pelapor_rows.begin() + m.pelapor_start[k], last = m.pelapor_rows.begin() + m.pelapor_start[k + 1];
  std::vector<std::uint32_t> out;
  auto next = first;  // pelapor rows are sorted, so one merge-like walk suffices
  for (std::size_t r = 0; r < m.pegawai_unit.size(); ++r) {
    const std::int32_t u = m.pegawai_unit[r];
    if (u < 0 || !m.konten_unit_sasaran[k * units + u]) continue;
    while (next != last && *next < r) ++next;
    if (next != last && *next == r) continue;
    out.push_back(static_cast<std::uint32_t>(r));
  }
  return out;
}

}  // namespace kompilasi
