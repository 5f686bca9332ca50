// Unit, platform and instansi figures (DATA.md section 4): one pass over pegawai, one over
// akun, one over akun_resmi, then the roll-up through the unit tree.
#include "metrics.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "metrics_detail.hpp"
#include "release.hpp"
#include "row_budget.hpp"

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
  const std::string folded = fold_header(f.column());
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
      if (k.second == f.table && k.first == f.column()) { column = col, cached = true; break; }
    if (!cached) {
      column = finding_column(f);
      // a rule-specific fallback must not be cached under a name shared by several rules
      if (column >= 0 && fold_header(spec(f.table).columns[column].name) == fold_header(f.column()))
        cache.push_back({{std::string(f.column()), f.table}, column});
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

// compute_metrics' state between the steps of a MetricsBuilder: its passes in order, each loop
// over rows resumable at `at`.
struct MetricsBuilder::State {
  enum class Pass {
    pegawai, akun, berakun, resmi, sel_pegawai, sel_akun, platform_medians, unit_medians, instansi_median,
    konten_start, konten_group, konten_batch, konten_reports, konten_pelapor, konten_end, ranks, done
  };
  const Compilation& c;
  const Validation& v;
  Metrics m;
  UnitTree tree;
  Pass pass = Pass::pegawai;
  std::size_t at = 0, budget = 0;
  std::size_t npeg = 0, nakun = 0;
  std::vector<Own> own;
  Own inst;
  std::array<Own, kPlatformCount> plat{};
  std::vector<std::uint8_t> counted;
  AccountSums sums;
  std::vector<std::uint8_t> seen, plat_bits, influencer_bits;
  std::vector<std::int64_t> values;  // known follower counts of the distinct counted accounts
  std::vector<std::int32_t> value_unit;
  std::vector<std::int8_t> value_plat;
  std::vector<std::uint8_t> peg_flags, akun_flags;
  std::vector<std::int64_t> grouped, pooled;      // the medians' values, by platform or by unit
  std::array<std::size_t, kPlatformCount + 1> ps{};  // grouped by platform: platform pl's from ps[pl]
  std::vector<std::size_t> us;                    // grouped by unit: unit u's from us[u]
  std::optional<KontenPass> konten;
  std::size_t batch = 0;

  State(const Compilation& comp, const Validation& val, MetricSettings settings) : c(comp), v(val) {
    check_parallel(c, v);
    m.settings = settings;
    tree = build_unit_tree(c, v, m);
    own.resize(m.units.size());
    npeg = c.table(TableId::pegawai).rows();
    nakun = c.table(TableId::akun).rows();
    m.pegawai_unit.assign(npeg, -1);
    m.pegawai_berakun.assign(npeg, 0);
    counted.assign(npeg, 0);
  }

  bool error(TableId t, std::size_t r) const { return v.row_error[index(t)][r] != 0; }

  // Runs row(i) for the rows from `at` to n the budget allows; true once the pass is done
  // (the next one then starts at row 0).
  template <class Row>
  bool rows(std::size_t n, Row&& row) {
    for (const std::size_t end = take_rows(budget, at, n); at < end; ++at) row(at);
    if (at < n) return false;
    at = 0;
    pass = static_cast<Pass>(static_cast<int>(pass) + 1);
    return true;
  }
  // The same for items of unequal work: item i costs cost(i) rows of the budget (at least one
  // item a step, however costly).
  template <class Cost, class Item>
  bool items(std::size_t n, Cost&& cost, Item&& item) {
    while (at < n) {
      if (budget == 0) return false;
      const std::size_t w = std::max<std::size_t>(1, cost(at));
      item(at++);
      budget -= std::min(budget, w);
    }
    at = 0;
    pass = static_cast<Pass>(static_cast<int>(pass) + 1);
    return true;
  }
  void next(Pass p) { at = 0, pass = p; }
  // What a pass that is not a loop over rows cost, in rows of the budget.
  void charge(std::size_t rows) { budget -= std::min(budget, rows); }

  bool run();  // the passes as far as the budget goes; true once every one ran
  void start_akun();
  void count_pegawai(std::size_t r);
  void count_akun(std::size_t a);
  void count_berakun(std::size_t r);
  void count_resmi(std::size_t r);
  void cells_pegawai(std::size_t r);
  void cells_akun(std::size_t a);
  void group_platforms();
  void median_platform(std::size_t pl);
  void group_units();
  std::size_t unit_values(std::size_t u) const;
  void median_unit(std::size_t u);
  void median_instansi();
};

// pegawai: which rows count, and in which unit
void MetricsBuilder::State::count_pegawai(std::size_t r) {
  if (error(TableId::pegawai, r)) return;
  counted[r] = 1;
  ++inst.asn;
  const std::int32_t u = unit_index(tree, v.norm.pegawai_unit[r]);
  m.pegawai_unit[r] = u;
  if (u >= 0) ++own[u].asn;
}

void MetricsBuilder::State::start_akun() {
  const Normalized& nz = v.norm;
  for (std::size_t k = 0; k < nz.konten_platform.size(); ++k) {
    const int p = nz.konten_platform[k];
    if (p >= 0 && !error(TableId::konten, k) && sums.pengikut[p].empty()) sums.pengikut[p].assign(npeg, 0);
  }
  seen.assign(nz.keys.size(), 0), plat_bits.assign(npeg, 0), influencer_bits.assign(npeg, 0);
  values.reserve(nakun), value_unit.reserve(nakun), value_plat.reserve(nakun);
}

// akun: distinct counted accounts of counted ASN
void MetricsBuilder::State::count_akun(std::size_t a) {
  const Normalized& nz = v.norm;
  if (error(TableId::akun, a) || !nz.akun_counts[a]) return;
  const std::int32_t p = nz.akun_pegawai[a];
  const int pl = nz.akun_platform[a];
  const std::uint32_t h = nz.akun_handle[a];
  if (p < 0 || !counted[p] || pl < 0 || h == 0 || h >= seen.size()) return;
  const auto bit = static_cast<std::uint8_t>(1u << pl);
  if (seen[h] & bit) return;
  seen[h] |= bit;
  plat_bits[p] |= bit;
  const std::int64_t f = nz.akun_pengikut[a];
  if (f == kNoCount) {
    ++m.akun_pengikut_tidak_diketahui;
    return;
  }
  ++m.sebaran_pengikut[std::upper_bound(kSebaranBatas.begin(), kSebaranBatas.end(), f) - kSebaranBatas.begin()];
  if (f >= m.settings.influencer) influencer_bits[p] |= bit;
  const std::int32_t u = m.pegawai_unit[p];
  if (u >= 0) own[u].pengikut += f;
  plat[pl].pengikut += f;
  inst.pengikut += f;
  values.push_back(f);
  value_unit.push_back(u);
  value_plat.push_back(static_cast<std::int8_t>(pl));
  if (!sums.pengikut[pl].empty()) sums.pengikut[pl][p] += f;
}

void MetricsBuilder::State::count_berakun(std::size_t r) {
  if (!counted[r]) return;
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
void MetricsBuilder::State::count_resmi(std::size_t r) {
  const Normalized& nz = v.norm;
  const std::int64_t f = nz.resmi_pengikut[r];
  if (error(TableId::akun_resmi, r) || f == kNoCount) return;
  inst.resmi += f;
  if (nz.resmi_platform[r] >= 0) plat[nz.resmi_platform[r]].resmi += f;
  if (const std::int32_t u = unit_index(tree, nz.resmi_unit[r]); u >= 0) own[u].resmi += f;
}

// kelengkapan: every pegawai and akun row, counted or not
void MetricsBuilder::State::cells_pegawai(std::size_t r) {
  Own cells;
  count_cells(c, TableId::pegawai, r, peg_flags[r], cells.sel, cells.sel_baik);
  inst.sel += cells.sel, inst.sel_baik += cells.sel_baik;
  if (const std::int32_t u = unit_index(tree, v.norm.pegawai_unit[r]); u >= 0)
    own[u].sel += cells.sel, own[u].sel_baik += cells.sel_baik;
}

void MetricsBuilder::State::cells_akun(std::size_t a) {
  const Normalized& nz = v.norm;
  Own cells;
  count_cells(c, TableId::akun, a, akun_flags[a], cells.sel, cells.sel_baik);
  inst.sel += cells.sel, inst.sel_baik += cells.sel_baik;
  if (nz.akun_platform[a] >= 0) plat[nz.akun_platform[a]].sel += cells.sel, plat[nz.akun_platform[a]].sel_baik += cells.sel_baik;
  const std::int32_t p = nz.akun_pegawai[a];
  if (const std::int32_t u = p < 0 ? -1 : unit_index(tree, nz.pegawai_unit[p]); u >= 0)
    own[u].sel += cells.sel, own[u].sel_baik += cells.sel_baik;
}

// medians: follower counts grouped by platform and by unit (counting sort), units pooled
// over their members; the figures rolled up with them
void MetricsBuilder::State::group_platforms() {
  grouped.resize(values.size());
  ps = {};
  for (std::int8_t pl : value_plat) ++ps[pl + 1];
  for (int pl = 0; pl < kPlatformCount; ++pl) ps[pl + 1] += ps[pl];
  auto fill = ps;
  for (std::size_t i = 0; i < values.size(); ++i) grouped[fill[value_plat[i]]++] = values[i];
}

void MetricsBuilder::State::median_platform(std::size_t pl) {
  PlatformMetrics& pm = m.platforms[pl];
  pm.platform = static_cast<Platform>(pl);
  set_figures(pm, plat[pl]);
  pm.jumlah_asn = inst.asn;  // every counted ASN could have an account on any platform
  finish(pm, median(grouped.data() + ps[pl], grouped.data() + ps[pl + 1]));
}

void MetricsBuilder::State::group_units() {
  const std::size_t units = m.units.size();
  us.assign(units + 1, 0);
  for (std::int32_t u : value_unit)
    if (u >= 0) ++us[u + 1];
  for (std::size_t u = 0; u < units; ++u) us[u + 1] += us[u];
  std::vector<std::size_t> ufill(us.begin(), us.end() - 1);
  grouped.resize(us[units]);
  for (std::size_t i = 0; i < values.size(); ++i)
    if (value_unit[i] >= 0) grouped[ufill[value_unit[i]]++] = values[i];
}

// The follower counts unit u's median is of: its own and its sub-units'.
std::size_t MetricsBuilder::State::unit_values(std::size_t u) const {
  std::size_t n = 0;
  for (std::uint32_t i = tree.member_start[u]; i < tree.member_start[u + 1]; ++i) n += us[tree.members[i] + 1] - us[tree.members[i]];
  return n;
}

void MetricsBuilder::State::median_unit(std::size_t u) {
  Own rolled;
  pooled.clear();
  const std::uint32_t first = tree.member_start[u], last = tree.member_start[u + 1];
  for (std::uint32_t i = first; i < last; ++i) rolled.add(own[tree.members[i]]);
  UnitMetrics& um = m.units[u];
  set_figures(um, rolled);
  um.asn_langsung = own[u].asn;
  if (last - first == 1) {  // no sub-units: the unit's own range, reordered in place
    finish(um, median(grouped.data() + us[u], grouped.data() + us[u + 1]));
    return;
  }
  for (std::uint32_t i = first; i < last; ++i)
    pooled.insert(pooled.end(), grouped.begin() + us[tree.members[i]], grouped.begin() + us[tree.members[i] + 1]);
  finish(um, median(pooled.data(), pooled.data() + pooled.size()));
}

void MetricsBuilder::State::median_instansi() {
  release(grouped, pooled, us);
  set_figures(m.instansi, inst);
  finish(m.instansi, median(values.data(), values.data() + values.size()));
  for (TableId t : kAllTables)
    for (std::uint8_t e : v.row_error[index(t)]) m.instansi.baris_dikecualikan += e != 0;
}

bool MetricsBuilder::State::run() {
  for (;;) {
    switch (pass) {
      case Pass::pegawai:
        if (!rows(npeg, [&](std::size_t r) { count_pegawai(r); })) return false;
        start_akun();
        break;
      case Pass::akun:
        if (!rows(nakun, [&](std::size_t a) { count_akun(a); })) return false;
        break;
      case Pass::berakun:
        if (!rows(npeg, [&](std::size_t r) { count_berakun(r); })) return false;
        release(counted, seen, plat_bits, influencer_bits);  // read by no later pass
        break;
      case Pass::resmi:
        if (!rows(c.table(TableId::akun_resmi).rows(), [&](std::size_t r) { count_resmi(r); })) return false;
        peg_flags.assign(npeg, 0), akun_flags.assign(nakun, 0);
        flag_cells(v, peg_flags, akun_flags);
        break;
      case Pass::sel_pegawai:
        if (!rows(npeg, [&](std::size_t r) { cells_pegawai(r); })) return false;
        release(peg_flags);
        break;
      case Pass::sel_akun:
        if (!rows(nakun, [&](std::size_t a) { cells_akun(a); })) return false;
        release(akun_flags);
        break;
      case Pass::platform_medians:
        if (at == 0) group_platforms();
        if (!items(kPlatformCount, [&](std::size_t pl) { return ps[pl + 1] - ps[pl]; },
                   [&](std::size_t pl) { median_platform(pl); }))
          return false;
        break;
      case Pass::unit_medians:
        if (at == 0) group_units();
        if (!items(m.units.size(), [&](std::size_t u) { return unit_values(u); }, [&](std::size_t u) { median_unit(u); }))
          return false;
        break;
      case Pass::instansi_median:
        median_instansi();
        charge(values.size());
        // the follower counts are through (22 MB at 1M ASN): the konten pass builds its own tables
        release(values, value_unit, value_plat);
        next(Pass::konten_start);
        break;
      case Pass::konten_start:
        konten.emplace(c, v, tree, sums, m);
        charge(konten->reports() + konten->pegawai());
        next(Pass::konten_group);
        break;
      case Pass::konten_group:
        if (!rows(konten->reports(), [&](std::size_t l) { konten->group(l); })) return false;
        next(batch < konten->batches() ? Pass::konten_batch : Pass::konten_end);
        break;
      case Pass::konten_batch:
        konten->start_batch(batch);
        charge(konten->pegawai());
        next(Pass::konten_reports);
        break;
      case Pass::konten_reports:
        if (!rows(konten->reports(), [&](std::size_t l) { konten->report(l); })) return false;
        konten->end_batch();
        break;
      case Pass::konten_pelapor:
        if (!rows(konten->pegawai(), [&](std::size_t p) { konten->pelapor(p); })) return false;
        next(++batch < konten->batches() ? Pass::konten_batch : Pass::konten_end);
        break;
      case Pass::konten_end:
        charge(m.units.size() * m.konten.size());
        konten->finish();
        konten.reset();
        next(Pass::ranks);
        break;
      case Pass::ranks:
        compute_ranks(m);
        next(Pass::done);
        break;
      case Pass::done: return true;
    }
    if (budget == 0 && pass != Pass::done) return false;
  }
}

MetricsBuilder::MetricsBuilder(const Compilation& c, const Validation& v, MetricSettings settings)
    : s_(std::make_unique<State>(c, v, settings)) {}

MetricsBuilder::~MetricsBuilder() = default;

bool MetricsBuilder::step(std::size_t rows) {
  s_->budget = rows;
  return s_->run();
}

Metrics MetricsBuilder::take() { return std::move(s_->m); }

Metrics compute_metrics(const Compilation& c, const Validation& v, MetricSettings settings) {
  MetricsBuilder builder(c, v, settings);
  builder.step(MetricsBuilder::kAllRows);
  return builder.take();
}

std::vector<std::uint32_t> asn_tanpa_akun(const Metrics& m, std::size_t u) {
  std::vector<std::uint32_t> out;
  for (std::size_t r = 0; r < m.pegawai_unit.size(); ++r)
    if (m.pegawai_unit[r] == static_cast<std::int32_t>(u) && !m.pegawai_berakun[r])
      out.push_back(static_cast<std::uint32_t>(r));
  return out;
}

}  // namespace kompilasi
