// A --peta file (JSON of form header → column) over a flat form: the input is the form (CSV)
// and the peta, split at the first NUL byte; without one, all of it is the peta over a
// Google Forms header. An applied peta written back by mapping_to_json applies to the same
// mapping; the form is then read and validated with it.
#include "fuzz_util.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/flat_form.hpp"

#include <set>

void fuzz_one(std::string_view input) {
  static constexpr std::string_view kForm =
      "Timestamp,NIP,Nama Lengkap,Unit Kerja,Username Instagram,Jumlah Followers IG,Link TikTok,Status\n"
      "2024/03/01 10:15:32 GMT+7,198609262015051001,Dewi,Kec. Sananwetan,@dewi,\"1,2 rb\",tiktok.com/@dewi,aktif\n";
  const std::size_t nul = input.find('\0');
  const std::string_view form = nul == std::string_view::npos ? kForm : input.substr(0, nul);
  const std::string_view peta = nul == std::string_view::npos ? input : input.substr(nul + 1);

  std::vector<kompilasi::Notice> notices;
  const kompilasi::Sheet sheet = kompilasi::read_csv_sheet(form, "form.csv", notices);
  kompilasi::FlatFormMapping m = kompilasi::guess_mapping(sheet);
  try {
    (void)kompilasi::apply_peta(m, peta, "peta.json");
  } catch (const kompilasi::InputError&) {
    return;  // an unusable peta: the form is not read
  }
  // Written back and applied again, the peta gives the same mapping (when the headers are
  // distinct: a repeated header is written once).
  if (std::set<std::string>(m.headers.begin(), m.headers.end()).size() == m.headers.size()) {
    kompilasi::FlatFormMapping again = kompilasi::guess_mapping(sheet);
    (void)kompilasi::apply_peta(again, kompilasi::mapping_to_json(m), "again.json");
    if (again.targets != m.targets) __builtin_trap();
  }
  kompilasi::FlatFormResult r =
      kompilasi::read_flat_form(sheet, m, {.name = "form", .file = "form.csv", .tanggal_kompilasi = "2024-12-31"});
  kompilasi::Validation v = kompilasi::validate(r.loaded.comp, r.loaded.findings);
  kompilasi::relabel_findings(v, r.loaded.comp, r.labels);
}
