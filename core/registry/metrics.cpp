// Unit, platform and instansi figures (DATA.md section 4): one pass over pegawai, one over
// akun, one over akun_resmi, then the roll-up through the unit tree.
#include "metrics.hpp"

#include <algorithm>
#include <stdexcept>

#include "metrics_detail.hpp"

namespace kompilasi {

using namespace metrics_detail;

namespace {

// Figures of one unit before the roll-up (and the sums the roll-up adds up).
struct Own {
  std::int64_t asn = 0, berakun = 0, pengikut = 0, resmi = 0, influencer = 0, sel = 0, sel_baik = 0;
  void add(const Own& o) {
    asn += o.asn, berakun += o.berakun, pengikut += o.pengikut, resmi += o.resmi;
    influencer += o.influencer, sel += o.sel, sel_baik += o.sel_baik;
  }
};

void check_parallel(const Compilation& c, const Validation& v) {
  const Normalized& n = v.norm;
  const auto rows = [&](TableId t) { return c.table(t).rows(); };
  bool ok = n.unit_parent.size() == rows(TableId::unit) && n.pegawai_unit.size() == rows(TableId::pegawai) &&
            n.akun_pegawai.size() == rows(TableId::akun) && n.akun_counts.size() == rows(TableId::akun) &&
            n.akun_handle.size() == rows(TableId::akun) && n.akun_pengikut.size() == rows(TableId::akun) &&
            n.akun_platform.size() == rows(TableId::akun) && n.resmi_unit.size() == rows(TableId::akun_resmi) &&
            n.resmi_platform.size() == rows(TableId::akun_resmi) &&
            n.resmi_pengikut.size() == rows(TableId::akun_resmi) &&
            n.konten_platform.size() == rows(TableId::konten) && n.konten_sasaran.size() == rows(TableId::konten) &&
            n.konten_batas.size() == rows(TableId::konten) && n.laporan_konten.size() == rows(TableId::laporan) &&
            n.laporan_pegawai.size() == rows(TableId::laporan) && n.laporan_tanggal.size() == rows(TableId::laporan);
  for (TableId t : kAllTables) ok = ok && v.row_error[index(t)].size() == rows(t);
  if (!ok) throw std::invalid_argument("compute_metrics: the validation does not belong to this compilation");
}

// The schema column a finding on a pegawai or akun row is about. Findings name the column
// as the file does ("Jenis ASN"), so names are compared like headers; a name that matches
// no schema column (a flat form's own header) falls back to the column the rule checks.
int finding_column(const Finding& f) {
  const auto& cols = spec(f.table).columns;
  const std::string folded = fold_header(f.column);
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (fold_header(cols[i].name) == folded) return static_cast<int>(i);
  switch (f.rule) {
    case Rule::NIP_FORMAT: case Rule::NIP_TANGGAL_LAHIR: case Rule::NIP_TMT: case Rule::NIP_KELAMIN:
    case Rule::NIP_GANDA: case Rule::PEGAWAI_USIA: case Rule::REFERENSI_PEGAWAI:
      return 0;  // nip is the first column of both tables
    case Rule::UNIT_TIDAK_DIKENAL: return f.table == TableId::pegawai ? col::pegawai::kode_unit : -1;
    case Rule::NILAI_TIDAK_DIKENAL:
      return f.table == TableId::pegawai && f.severity == Severity::error ? col::pegawai::jenis_asn : -1;
    case Rule::PLATFORM_TIDAK_DIKENAL: case Rule::KUNCI_GANDA: return f.table == TableId::akun ? col::akun::platform : -1;
    case Rule::AKUN_FORMAT: case Rule::AKUN_URL_PLATFORM: case Rule::AKUN_GANDA: case Rule::AKUN_RESMI_PRIBADI:
      return f.table == TableId::akun ? col::akun::akun : -1;
    default: return -1;
  }
}

// Per pegawai and akun row, a bit per column that carries an error or warning finding.
void flag_cells(const Validation& v, std::vector<std::uint8_t>& pegawai, std::vector<std::uint8_t>& akun) {
  std::vector<std::pair<std::pair<std::string, TableId>, int>> cache;  // few distinct column names
  for (const Finding& f : v.findings) {
    if (f.severity == Severity::info || f.table_row == kNoRow) continue;
    std::vector<std::uint8_t>* flags = f.table == TableId::pegawai ? &pegawai : f.table == TableId::akun ? &akun : nullptr;
    if (!flags || f.table_row >= flags->size()) continue;
    int column = -1;
    bool cached = false;
    for (const auto& [k, col] : cache)
      if (k.second == f.table && k.first == f.column) { column = col, cached = true; break; }
    if (!cached) {
      column = finding_column(f);
      // a rule-specific fallback must not be cached under a name shared by several rules
      if (column >= 0 && fold_header(spec(f.table).columns[column].name) == fold_header(f.column))
        cache.push_back({{f.column, f.table}, column});
    }
    if (column >= 0 && column < 8) (*flags)[f.table_row] |= static_cast<std::uint8_t>(1u << column);
  }
}

// Filled and unflagged required cells of a row: adds to sel / sel_baik. (A cell of spaces
// only is flagged by its WAJIB_KOSONG finding, so the text itself need not be read.)
void count_cells(const Compilation& c, TableId t, std::size_t r, std::uint8_t flags, std::int64_t& sel,
                 std::int64_t& baik) {
  const auto& cols = spec(t).columns;
  const Table& table = c.table(t);
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (!cols[i].required) continue;
    ++sel;
    if (!(flags >> i & 1u) && table.id_at(r, i) != 0) ++baik;
  }
}

void finish(Figures& f, std::optional<double> med) {
  f.cakupan = ratio(f.asn_berakun, f.jumlah_asn);
  f.median_pengikut = med;
  f.kelengkapan = ratio(f.sel_wajib_baik, f.sel_wajib);
}

void set_figures(Figures& f, const Own& o) {
  f.jumlah_asn = o.asn, f.asn_berakun = o.berakun, f.total_pengikut = o.pengikut, f.pengikut_resmi = o.resmi;
  f.asn_influencer = o.influencer, f.sel_wajib = o.sel, f.sel_wajib_baik = o.sel_baik;
}

}  // namespace

std::optional<double> Metrics::kepatuhan_unit(std::size_t k, std::size_t u) const {
  if (!targets(k, u)) return std::nullopt;
  return ratio(konten_unit_pelapor[k * units.size() + u], units[u].jumlah_asn);
}

Metrics compute_metrics(const Compilation& c, const Validation& v, MetricSettings settings) {
  check_parallel(c, v);
  const Normalized& nz = v.norm;
  Metrics m;
  m.settings = settings;
  const UnitTree tree = build_unit_tree(c, v, m);
  const std::size_t units = m.units.size();
  const auto error = [&](TableId t, std::size_t r) { return v.row_error[index(t)][r] != 0; };
  std::vector<Own> own(units);
  Own inst;
  std::array<Own, kPlatformCount> plat{};

  // pegawai: which rows count, and in which unit
  const std::size_t npeg = c.table(TableId::pegawai).rows();
  m.pegawai_unit.assign(npeg, -1);
  m.pegawai_berakun.assign(npeg, 0);
  std::vector<std::uint8_t> counted(npeg, 0);
  for (std::size_t r = 0; r < npeg; ++r) {
    if (error(TableId::pegawai, r)) continue;
    counted[r] = 1;
    ++inst.asn;
    const std::int32_t u = unit_index(tree, nz.pegawai_unit[r]);
    m.pegawai_unit[r] = u;
    if (u >= 0) ++own[u].asn;
  }

  // akun: distinct counted accounts of counted ASN
  AccountSums sums;
  for (std::size_t k = 0; k < nz.konten_platform.size(); ++k) {
    const int p = nz.konten_platform[k];
    if (p >= 0 && !error(TableId::konten, k) && sums.pengikut[p].empty()) sums.pengikut[p].assign(npeg, 0);
  }
  const std::size_t nakun = c.table(TableId::akun).rows();
  std::vector<std::uint8_t> seen(nz.keys.size(), 0), plat_bits(npeg, 0), influencer_bits(npeg, 0);
  std::vector<std::int64_t> values;         // known follower counts of the distinct counted accounts
  std::vector<std::int32_t> value_unit;
  std::vector<std::int8_t> value_plat;
  values.reserve(nakun), value_unit.reserve(nakun), value_plat.reserve(nakun);
  for (std::size_t a = 0; a < nakun; ++a) {
    if (error(TableId::akun, a) || !nz.akun_counts[a]) continue;
    const std::int32_t p = nz.akun_pegawai[a];
    const int pl = nz.akun_platform[a];
    const std::uint32_t h = nz.akun_handle[a];
    if (p < 0 || !counted[p] || pl < 0 || h == 0 || h >= seen.size()) continue;
    const auto bit = static_cast<std::uint8_t>(1u << pl);
    if (seen[h] & bit) continue;
    seen[h] |= bit;
    plat_bits[p] |= bit;
    const std::int64_t f = nz.akun_pengikut[a];
    if (f == kNoCount) {
      ++m.akun_pengikut_tidak_diketahui;
      continue;
    }
    ++m.sebaran_pengikut[std::upper_bound(kSebaranBatas.begin(), kSebaranBatas.end(), f) - kSebaranBatas.begin()];
    if (f >= settings.influencer) influencer_bits[p] |= bit;
    const std::int32_t u = m.pegawai_unit[p];
    if (u >= 0) own[u].pengikut += f;
    plat[pl].pengikut += f;
    inst.pengikut += f;
    values.push_back(f);
    value_unit.push_back(u);
    value_plat.push_back(static_cast<std::int8_t>(pl));
    if (!sums.pengikut[pl].empty()) sums.pengikut[pl][p] += f;
  }
  for (std::size_t r = 0; r < npeg; ++r) {
    if (!counted[r]) continue;
    const std::int32_t u = m.pegawai_unit[r];
    const bool berakun = plat_bits[r] != 0, influencer = influencer_bits[r] != 0;
    m.pegawai_berakun[r] = berakun;
    inst.berakun += berakun;
    inst.influencer += influencer;
    if (u >= 0) own[u].berakun += berakun, own[u].influencer += influencer;
    for (int pl = 0; pl < kPlatformCount; ++pl) {
      plat[pl].berakun += plat_bits[r] >> pl & 1u;
      plat[pl].influencer += influencer_bits[r] >> pl & 1u;
    }
  }

  // akun_resmi: followers of the units' official accounts
  for (std::size_t r = 0; r < c.table(TableId::akun_resmi).rows(); ++r) {
    const std::int64_t f = nz.resmi_pengikut[r];
    if (error(TableId::akun_resmi, r) || f == kNoCount) continue;
    inst.resmi += f;
    if (nz.resmi_platform[r] >= 0) plat[nz.resmi_platform[r]].resmi += f;
    if (const std::int32_t u = unit_index(tree, nz.resmi_unit[r]); u >= 0) own[u].resmi += f;
  }

  // kelengkapan: every pegawai and akun row, counted or not
  std::vector<std::uint8_t> peg_flags(npeg, 0), akun_flags(nakun, 0);
  flag_cells(v, peg_flags, akun_flags);
  for (std::size_t r = 0; r < npeg; ++r) {
    Own cells;
    count_cells(c, TableId::pegawai, r, peg_flags[r], cells.sel, cells.sel_baik);
    inst.sel += cells.sel, inst.sel_baik += cells.sel_baik;
    if (const std::int32_t u = unit_index(tree, nz.pegawai_unit[r]); u >= 0)
      own[u].sel += cells.sel, own[u].sel_baik += cells.sel_baik;
  }
  for (std::size_t a = 0; a < nakun; ++a) {
    Own cells;
    count_cells(c, TableId::akun, a, akun_flags[a], cells.sel, cells.sel_baik);
    inst.sel += cells.sel, inst.sel_baik += cells.sel_baik;
    if (nz.akun_platform[a] >= 0) plat[nz.akun_platform[a]].sel += cells.sel, plat[nz.akun_platform[a]].sel_baik += cells.sel_baik;
    const std::int32_t p = nz.akun_pegawai[a];
    if (const std::int32_t u = p < 0 ? -1 : unit_index(tree, nz.pegawai_unit[p]); u >= 0)
      own[u].sel += cells.sel, own[u].sel_baik += cells.sel_baik;
  }

  // medians: follower counts grouped by platform and by unit (counting sort), units pooled
  // over their members
  {
    std::vector<std::int64_t> grouped(values.size());
    std::array<std::size_t, kPlatformCount + 1> ps{};
    for (std::int8_t pl : value_plat) ++ps[pl + 1];
    for (int pl = 0; pl < kPlatformCount; ++pl) ps[pl + 1] += ps[pl];
    auto fill = ps;
    for (std::size_t i = 0; i < values.size(); ++i) grouped[fill[value_plat[i]]++] = values[i];
    for (int pl = 0; pl < kPlatformCount; ++pl) {
      PlatformMetrics& pm = m.platforms[pl];
      pm.platform = static_cast<Platform>(pl);
      set_figures(pm, plat[pl]);
      pm.jumlah_asn = inst.asn;  // every counted ASN could have an account on any platform
      finish(pm, median(grouped.data() + ps[pl], grouped.data() + ps[pl + 1]));
    }

    std::vector<std::size_t> us(units + 1, 0);
    for (std::int32_t u : value_unit)
      if (u >= 0) ++us[u + 1];
    for (std::size_t u = 0; u < units; ++u) us[u + 1] += us[u];
    std::vector<std::size_t> ufill(us.begin(), us.end() - 1);
    grouped.resize(us[units]);
    for (std::size_t i = 0; i < values.size(); ++i)
      if (value_unit[i] >= 0) grouped[ufill[value_unit[i]]++] = values[i];
    std::vector<std::int64_t> pooled;
    for (std::size_t u = 0; u < units; ++u) {
      Own rolled;
      pooled.clear();
      const std::uint32_t first = tree.member_start[u], last = tree.member_start[u + 1];
      for (std::uint32_t i = first; i < last; ++i) rolled.add(own[tree.members[i]]);
      UnitMetrics& um = m.units[u];
      set_figures(um, rolled);
      um.asn_langsung = own[u].asn;
      if (last - first == 1) {  // no sub-units: the unit's own range, reordered in place
        finish(um, median(grouped.data() + us[u], grouped.data() + us[u + 1]));
        continue;
      }
      for (std::uint32_t i = first; i < last; ++i)
        pooled.insert(pooled.end(), grouped.begin() + us[tree.members[i]], grouped.begin() + us[tree.members[i] + 1]);
      finish(um, median(pooled.data(), pooled.data() + pooled.size()));
    }
  }
  set_figures(m.instansi, inst);
  finish(m.instansi, median(values.data(), values.data() + values.size()));
  for (TableId t : kAllTables)
    for (std::uint8_t e : v.row_error[index(t)]) m.instansi.baris_dikecualikan += e != 0;

  compute_konten(c, v, tree, sums, m);
  compute_ranks(m);
  return m;
}

std::vector<std::uint32_t> asn_tanpa_akun(const Metrics& m, std::size_t u) {
  std::vector<std::uint32_t> out;
  for (std::size_t r = 0; r < m.pegawai_unit.size(); ++r)
    if (m.pegawai_unit[r] == static_cast<std::int32_t>(u) && !m.pegawai_berakun[r])
      out.push_back(static_cast<std::uint32_t>(r));
  return out;
}

}  // namespace kompilasi
