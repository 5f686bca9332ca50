// preview_flat_form: what the first records of a form would become, for the mapping view.
#include <algorithm>

#include "flat_form.hpp"
#include "validate.hpp"

namespace kompilasi {

FlatFormPreview preview_flat_form(const Sheet& sheet, const FlatFormMapping& m, const FlatFormOptions& opt,
                                  std::size_t rows) {
  FlatFormResult r = read_flat_form(sheet, m, opt);
  FlatFormPreview p;
  for (std::size_t i = 1; i < sheet.rows.size(); ++i)
    if (std::any_of(sheet.rows[i].begin(), sheet.rows[i].end(), [](const std::string& s) { return !trim(s).empty(); }))
      ++p.records;
  // Rows are taken in record order, so the first records' rows are a prefix of each table
  // and the findings' table_row indexes stay right.
  for (TableId t : {TableId::pegawai, TableId::akun}) {
    Table& tab = r.loaded.comp.table(t);
    std::size_t n = 0;
    while (n < tab.rows() && tab.source_row[n] <= rows) ++n;
    tab.cells.resize(n * tab.width());
    tab.source_row.resize(n);
  }
  std::vector<Finding> import;
  for (Finding& f : r.loaded.findings)
    if (f.row <= rows) import.push_back(std::move(f));
  Validation v = validate(r.loaded.comp, std::move(import));
  relabel_findings(v, r.loaded.comp, r.labels);
  p.findings = std::move(v.findings);
  p.comp = std::move(r.loaded.comp);
  return p;
}

}  // namespace kompilasi
