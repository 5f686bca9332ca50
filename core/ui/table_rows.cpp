#include "ui/table_rows.hpp"

#include <algorithm>

#include "registry/normalize.hpp"

namespace kompilasi::ui {

bool TableHasPlatform(TableId t) { return t != TableId::unit && t != TableId::pegawai; }

int RowUnit(const Workspace& w, TableId t, std::size_t row) {
  const Normalized& n = w.validation.norm;
  auto pegawai_unit = [&](std::int32_t p) { return p >= 0 && static_cast<std::size_t>(p) < n.pegawai_unit.size() ? n.pegawai_unit[p] : -1; };
  switch (t) {
    case TableId::unit: return static_cast<int>(row);
    case TableId::pegawai: return row < n.pegawai_unit.size() ? n.pegawai_unit[row] : -1;
    case TableId::akun: return row < n.akun_pegawai.size() ? pegawai_unit(n.akun_pegawai[row]) : -1;
    case TableId::akun_resmi: return row < n.resmi_unit.size() ? n.resmi_unit[row] : -1;
    case TableId::laporan: return row < n.laporan_pegawai.size() ? pegawai_unit(n.laporan_pegawai[row]) : -1;
    case TableId::konten: {
      const std::string_view code = w.comp.text(t, row, col::konten::kode_unit_sumber);
      const Table& u = w.comp.table(TableId::unit);
      for (std::size_t r = 0; r < u.rows(); ++r)
        if (w.comp.text(TableId::unit, r, col::unit::kode_unit) == code) return static_cast<int>(r);
      return -1;
    }
  }
  return -1;
}

int RowPlatform(const Workspace& w, TableId t, std::size_t row) {
  const Normalized& n = w.validation.norm;
  switch (t) {
    case TableId::akun: return row < n.akun_platform.size() ? n.akun_platform[row] : -1;
    case TableId::akun_resmi: return row < n.resmi_platform.size() ? n.resmi_platform[row] : -1;
    case TableId::konten: return row < n.konten_platform.size() ? n.konten_platform[row] : -1;
    case TableId::laporan: return row < n.laporan_platform.size() ? n.laporan_platform[row] : -1;
    default: return -1;
  }
}

bool UnitWithin(const Workspace& w, int u, int ancestor) {
  const auto& parent = w.validation.norm.unit_parent;
  for (int steps = 0; u >= 0 && steps < 64; ++steps) {
    if (u == ancestor) return true;
    u = static_cast<std::size_t>(u) < parent.size() ? parent[u] : -1;
  }
  return false;
}

RowQuery QueryOf(const TableViewState& v) {
  return RowQuery{v.sort_column, v.sort_desc, v.search, v.filter_unit, v.filter_platform, v.only_findings};
}

bool UpdateRows(const Workspace& w, TableId t, TableViewState& v, double budget_ms) {
  const RowQuery q = QueryOf(v);
  const auto built_for = [&](const RowsResult& r) { return r.revision == w.revision && r.table == t && r.query == q; };
  if (built_for(v.shown)) {
    if (v.job.Active()) v.job.Take();  // an older request, overtaken
    return true;
  }
  if (!v.job.Active() || !built_for(v.job.Target())) {
    if (v.shown.revision != w.revision) {
      // Until the new build is done the old rows stay on screen: without those that left.
      const std::size_t n = w.comp.table(t).rows();
      std::erase_if(v.shown.rows, [n](std::uint32_t r) { return r >= n; });
    }
    v.job.Start(w, t, q, &v.shown);
  }
  if (!v.job.Step(w, budget_ms)) return false;
  v.shown = v.job.Take();
  return true;
}

}  // namespace kompilasi::ui
