// Per-konten figures (sasaran, pelapor, kepatuhan, jangkauan, tepat_waktu), each unit's
// compliance per content, and the unit ranks.
#include <algorithm>
#include <numeric>

#include "metrics_detail.hpp"

namespace kompilasi::metrics_detail {

void compute_konten(const Compilation& c, const Validation& v, const UnitTree& tree, const AccountSums& sums,
                    Metrics& m) {
  const Normalized& nz = v.norm;
  const std::size_t units = m.units.size();
  const auto& konten_error = v.row_error[index(TableId::konten)];
  const auto& laporan_error = v.row_error[index(TableId::laporan)];

  std::vector<std::int32_t> konten_index(c.table(TableId::konten).rows(), -1);
  for (std::size_t k = 0; k < konten_index.size(); ++k) {
    if (konten_error[k] || nz.konten_platform[k] < 0) continue;
    KontenMetrics km;
    km.konten_row = static_cast<std::uint32_t>(k);
    km.platform = static_cast<Platform>(nz.konten_platform[k]);
    konten_index[k] = static_cast<std::int32_t>(m.konten.size());
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

  // the counted reports, grouped by content (counting sort)
  const std::size_t nlap = laporan_error.size();
  std::vector<std::uint32_t> start(nk + 1, 0);
  const auto counted_konten = [&](std::size_t l) -> std::int32_t {
    if (laporan_error[l]) return -1;
    const std::int32_t k = nz.laporan_konten[l], p = nz.laporan_pegawai[l];
    if (k < 0 || p < 0 || m.pegawai_unit.size() <= static_cast<std::size_t>(p)) return -1;
    if (v.row_error[index(TableId::pegawai)][p]) return -1;  // the report of a left-out ASN
    return konten_index[k];
  };
  std::vector<std::int32_t> group(nlap);
  for (std::size_t l = 0; l < nlap; ++l)
    if ((group[l] = counted_konten(l)) >= 0) ++start[group[l] + 1];
  for (std::size_t i = 0; i < nk; ++i) start[i + 1] += start[i];
  std::vector<std::uint32_t> reports(start[nk]);
  {
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (std::size_t l = 0; l < nlap; ++l)
      if (group[l] >= 0) reports[fill[group[l]]++] = static_cast<std::uint32_t>(l);
  }

  const std::size_t npeg = m.pegawai_unit.size();
  std::vector<std::uint32_t> pel(npeg, 0), luar(npeg, 0), tepat(npeg, 0);
  std::vector<std::int64_t> own_pelapor(units);
  m.konten_unit_pelapor.assign(nk * units, 0);
  m.pelapor_start.assign(1, 0);
  for (std::size_t i = 0; i < nk; ++i) {
    KontenMetrics& km = m.konten[i];
    const std::uint8_t* targets = m.konten_unit_sasaran.data() + i * units;
    const std::int32_t batas = nz.konten_batas[km.konten_row];
    const auto& followers = sums.pengikut[static_cast<int>(km.platform)];
    const auto stamp = static_cast<std::uint32_t>(i + 1);
    std::int64_t on_time = 0;
    std::fill(own_pelapor.begin(), own_pelapor.end(), 0);
    for (std::uint32_t j = start[i]; j < start[i + 1]; ++j) {
      const std::uint32_t l = reports[j];
      const auto p = static_cast<std::uint32_t>(nz.laporan_pegawai[l]);
      const std::int32_t u = m.pegawai_unit[p];
      if (u < 0 || !targets[u]) {
        if (luar[p] != stamp) luar[p] = stamp, ++km.pelapor_luar_sasaran;
        continue;
      }
      if (pel[p] != stamp) {
        pel[p] = stamp;
        ++km.pelapor;
        ++own_pelapor[u];
        m.pelapor_rows.push_back(p);
        if (!followers.empty()) km.jangkauan += followers[p];
      }
      const std::int32_t when = nz.laporan_tanggal[l];
      if (batas != kNone && when != kNone && when <= batas && tepat[p] != stamp) tepat[p] = stamp, ++on_time;
    }
    m.pelapor_start.push_back(static_cast<std::uint32_t>(m.pelapor_rows.size()));
    std::sort(m.pelapor_rows.begin() + m.pelapor_start[i], m.pelapor_rows.end());
    km.kepatuhan = ratio(km.pelapor, km.sasaran_asn);
    if (batas != kNone) km.tepat_waktu = on_time;
    std::int64_t* rolled = m.konten_unit_pelapor.data() + i * units;
    for (std::size_t u = 0; u < units; ++u)
      if (own_pelapor[u])
        for (std::uint32_t j = tree.chain_start[u]; j < tree.chain_start[u + 1]; ++j)
          rolled[tree.chain[j]] += own_pelapor[u];
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
