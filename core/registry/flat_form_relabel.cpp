// relabel_findings: validate() names canonical columns ("akun"); a user of a flat form knows
// the form's headers ("Link Akun TikTok").
#include <unordered_map>

#include "flat_form.hpp"

namespace kompilasi {
namespace {

// Whether finding f is about a row of the form the labels belong to: its own source says so,
// or (validate()'s findings carry none) the row's sumber lists the form after a merge; without
// sumber the compilation is the form's own.
bool from_form(const Finding& f, const Compilation& comp, const FlatFormLabels& labels) {
  if (!f.source.empty() || labels.source.empty()) return labels.source.empty() || f.source == labels.source;
  const Table& t = comp.table(f.table);
  if (t.sumber.empty()) return true;
  if (f.table_row >= t.sumber.size()) return false;
  std::string_view names = comp.pool.view(t.sumber[f.table_row]);
  while (!names.empty()) {
    const std::size_t nl = names.find('\n');
    if (names.substr(0, nl) == labels.source) return true;
    names = nl == std::string_view::npos ? std::string_view() : names.substr(nl + 1);
  }
  return false;
}

}  // namespace

void relabel_findings(Validation& v, const Compilation& comp, const FlatFormLabels& labels) {
  std::vector<Finding>& findings = v.findings;
  const Table& akun = comp.table(TableId::akun);
  std::vector<bool> ours(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Finding& f = findings[i];
    if (f.row == 0 || (f.table != TableId::pegawai && f.table != TableId::akun)) continue;
    if (!from_form(f, comp, labels)) continue;
    ours[i] = true;
    const int column = column_index(f.table, f.column);
    if (column < 0) continue;  // already a form header (the reader's own findings)
    int platform = -1;
    if (f.table == TableId::akun && f.table_row < akun.rows())
      if (auto p = parse_platform(comp.text(TableId::akun, f.table_row, col::akun::platform)))
        platform = static_cast<int>(*p);
    const int h = labels.header_for(f.table, f.row, column, platform);
    if (h >= 0 && static_cast<std::size_t>(h) < labels.headers.size()) f.column = labels.headers[h];
  }

  // One defect, one finding: the reader's UNIT_TIDAK_DIKENAL and validate()'s on the same cell
  // meet here; the one with a detail (the units a name matched) is kept, in the first's place.
  // A form row is one pegawai row, so (rule, form row, header) names the cell even after a merge
  // has renumbered the table rows.
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<bool> drop(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (!ours[i] || f.table != TableId::pegawai) continue;
    std::string key = std::to_string(static_cast<int>(f.rule)) + '|' + std::to_string(f.row) + '|' + f.column;
    const auto [it, added] = seen.emplace(std::move(key), i);
    if (added) continue;
    Finding& kept = findings[it->second];
    if (kept.detail.empty() && !f.detail.empty()) kept = f;
    drop[i] = true;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (drop[i]) continue;
    if (out != i) findings[out] = std::move(findings[i]);
    ++out;
  }
  findings.resize(out);
  v.counts = {};
  for (const Finding& f : findings) ++v.counts[static_cast<std::size_t>(f.rule)];
}

}  // namespace kompilasi
