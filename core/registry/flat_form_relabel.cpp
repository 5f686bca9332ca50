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
  if (!f.source().empty() || labels.source.empty()) return labels.source.empty() || f.source() == labels.source;
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
  // A merge renumbers rows (and its sumber is how rows are known to be the form's): the
  // form-row overrides then cannot be looked up, and each column takes its first header.
  const bool merged = !comp.table(TableId::pegawai).sumber.empty();
  std::vector<std::uint8_t> kind(findings.size(), 0);  // 0 not the form's, 1 validate()'s, 2 the reader's
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Finding& f = findings[i];
    if (f.row == 0 || (f.table != TableId::pegawai && f.table != TableId::akun)) continue;
    if (!from_form(f, comp, labels)) continue;
    const int column = column_index(f.table, f.column());
    const bool reader = column < 0 || (!labels.source.empty() && f.source() == labels.source);
    kind[i] = reader ? 2 : 1;
    if (column < 0) continue;  // already a form header
    int platform = -1;
    if (f.table == TableId::akun && f.table_row < akun.rows())
      if (auto p = parse_platform(comp.text(TableId::akun, f.table_row, col::akun::platform)))
        platform = static_cast<int>(*p);
    const int h = labels.header_for(f.table, merged ? 0 : f.row, column, platform);
    if (h >= 0 && static_cast<std::size_t>(h) < labels.headers.size()) f.set_column(labels.headers[h]);
  }

  // One defect, one finding: the reader's UNIT_TIDAK_DIKENAL (naming the form's row and, for a
  // name that matches two units, both units) and validate()'s on the same cell meet here, and
  // the reader's is kept. Rows may have been renumbered by a merge, so the two are paired by
  // rule, header and text: each form row gives one of each.
  const auto key = [](const Finding& f) {
    std::string k = std::to_string(static_cast<int>(f.rule)) + '|';
    k += f.column();
    k += '|';
    k += trim(f.value());
    return k;
  };
  std::unordered_map<std::string, std::size_t> by_reader;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (kind[i] == 2 && findings[i].table == TableId::pegawai) ++by_reader[key(findings[i])];
  std::vector<bool> drop(findings.size(), false);
  if (!by_reader.empty()) {
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (kind[i] != 1 || findings[i].table != TableId::pegawai) continue;
      const auto it = by_reader.find(key(findings[i]));
      if (it == by_reader.end() || it->second == 0) continue;
      --it->second;
      drop[i] = true;
    }
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
