// This project's workbook (DATA.md section 2), written: a `kompilasi` sheet with the header
// fields as kunci/nilai rows (like kompilasi.csv, so inputs.cpp reads it back), one sheet
// per table with its columns (schema columns, then kept extra ones; `sumber` and `konflik`
// live only in the workspace JSON), then the derived sheets `rekap` (metrics per unit) and
// `validasi` (every finding).
//
// Table cells: NIP columns are text in a text-formatted column (no digit is lost, and what a
// user types there stays text); `pengikut` is a number when it parses (1,2 rb → 1200);
// dates (tanggal_cek, tanggal_terbit, batas_lapor, tanggal_lapor) are date cells when they
// parse; other text is neutralised (neutralize.hpp: a leading `'` before = + - @ tab CR or
// `'`), which the importer's one-`'` strip undoes.
//
//   Validation v = validate(comp);
//   std::string bytes = export_xlsx(comp, v, compute_metrics(comp, v), Lang::id);
#pragma once
#include <span>
#include <string>
#include <vector>

#include "i18n.hpp"
#include "metrics.hpp"
#include "model.hpp"
#include "validate.hpp"
#include "xlsx_writer.hpp"

namespace kompilasi {

// A sheet whose rows are computed beforehand (rekap, validasi): cells own their text.
struct DerivedCell {
  XlsxCell::Type type = XlsxCell::Type::empty;
  std::string text;
  double number = 0;
};
struct DerivedSheet {
  std::string name;
  std::vector<XlsxColumn> columns;
  std::vector<std::vector<DerivedCell>> rows;
};

DerivedSheet rekap_sheet(const Compilation& c, const Metrics& m);
DerivedSheet validasi_sheet(const Compilation& c, const Validation& v, Lang lang);

// The workbook's bytes: kompilasi, the six tables, then the derived sheets in order.
std::string write_workbook_xlsx(const Compilation& c, std::span<const DerivedSheet> derived);

std::string export_xlsx(const Compilation& c, const Validation& v, const Metrics& m, Lang lang);

}  // namespace kompilasi
