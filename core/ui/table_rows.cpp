#include "ui/table_rows.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

#include "registry/normalize.hpp"

namespace kompilasi::ui {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool ContainsFolded(std::string_view hay, std::string_view needle_lower) {
  if (needle_lower.size() > hay.size()) return false;
  for (std::size_t i = 0; i + needle_lower.size() <= hay.size(); ++i) {
    std::size_t j = 0;
    while (j < needle_lower.size() && Lower(hay[i + j]) == needle_lower[j]) ++j;
    if (j == needle_lower.size()) return true;
  }
  return false;
}

// Numbers sort as numbers (pengikut, tahun), everything else as text, empty last.
bool CellLess(std::string_view a, std::string_view b) {
  if (a.empty() != b.empty()) return !a.empty();
  long long x = 0, y = 0;
  const auto ra = std::from_chars(a.data(), a.data() + a.size(), x);
  const auto rb = std::from_chars(b.data(), b.data() + b.size(), y);
  const bool na = ra.ec == std::errc() && ra.ptr == a.data() + a.size();
  const bool nb = rb.ec == std::errc() && rb.ptr == b.data() + b.size();
  if (na && nb && a.size() < 19 && b.size() < 19) return x < y;
  return a < b;
}

}  // namespace

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

void UpdateRows(const Workspace& w, TableId t, TableViewState& v) {
  std::string key = std::to_string(v.sort_column) + (v.sort_desc ? "d" : "a") + "|" + v.search + "|" +
                    std::to_string(v.filter_unit) + "|" + std::to_string(v.filter_platform) + "|" + (v.only_findings ? "1" : "0");
  if (v.built_revision == w.revision && v.built_key == key) return;
  v.built_revision = w.revision;
  v.built_key = std::move(key);

  const Table& table = w.comp.table(t);
  const std::size_t rows = table.rows(), width = table.width();
  std::string needle = v.search;
  std::transform(needle.begin(), needle.end(), needle.begin(), Lower);
  v.rows.clear();
  v.rows.reserve(rows);
  const auto& worst = w.index.worst[index(t)];
  for (std::size_t r = 0; r < rows; ++r) {
    if (v.only_findings && (r >= worst.size() || worst[r] == FindingIndex::kNone)) continue;
    if (v.filter_platform >= 0 && RowPlatform(w, t, r) != v.filter_platform) continue;
    if (v.filter_unit >= 0 && !UnitWithin(w, RowUnit(w, t, r), v.filter_unit)) continue;
    if (!needle.empty()) {
      bool hit = false;
      for (std::size_t c = 0; c < width && !hit; ++c) hit = ContainsFolded(w.comp.pool.view(table.id_at(r, c)), needle);
      if (!hit) continue;
    }
    v.rows.push_back(static_cast<std::uint32_t>(r));
  }
  if (v.sort_column >= 0 && static_cast<std::size_t>(v.sort_column) < width) {
    const std::size_t c = static_cast<std::size_t>(v.sort_column);
    const bool desc = v.sort_desc;
    std::stable_sort(v.rows.begin(), v.rows.end(), [&](std::uint32_t a, std::uint32_t b) {
      const std::string_view x = w.comp.pool.view(table.id_at(a, c)), y = w.comp.pool.view(table.id_at(b, c));
      return desc ? CellLess(y, x) : CellLess(x, y);
    });
  }
}

}  // namespace kompilasi::ui
