// A flat form (CSV): guessed mapping, reading, validation and relabelling of the findings.
#include "fuzz_util.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/flat_form.hpp"

void fuzz_one(std::string_view input) {
  std::vector<kompilasi::Notice> notices;
  const kompilasi::Sheet sheet = kompilasi::read_csv_sheet(input, "form.csv", notices);
  const kompilasi::FlatFormMapping m = kompilasi::guess_mapping(sheet);
  kompilasi::FlatFormResult r =
      kompilasi::read_flat_form(sheet, m, {.name = "form", .file = "form.csv", .tanggal_kompilasi = "2024-12-31"});
  kompilasi::Validation v = kompilasi::validate(r.loaded.comp, r.loaded.findings);
  kompilasi::relabel_findings(v, r.loaded.comp, r.labels);
}
