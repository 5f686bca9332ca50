// A CSV bundle: the input is split at NUL bytes into kompilasi.csv, unit.csv, pegawai.csv,
// akun.csv, akun_resmi.csv, konten.csv, laporan.csv, then read, validated and written back.
#include <array>
#include <vector>

#include "fuzz_util.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/validate.hpp"

void fuzz_one(std::string_view input) {
  static constexpr std::array<const char*, 7> kNames = {"kompilasi.csv", "unit.csv", "pegawai.csv", "akun.csv",
                                                         "akun_resmi.csv", "konten.csv", "laporan.csv"};
  std::vector<kompilasi::InputFile> files;
  std::string_view rest = input;
  for (const char* name : kNames) {
    const std::size_t nul = rest.find('\0');
    files.push_back({name, std::string(rest.substr(0, nul))});
    if (nul == std::string_view::npos) break;
    rest.remove_prefix(nul + 1);
  }
  kompilasi::Loaded l = kompilasi::read_csv_bundle(files, "fuzz", "fuzz");
  const kompilasi::Validation v = kompilasi::validate(l.comp, std::move(l.findings));
  (void)kompilasi::write_csv_bundle(l.comp);
  (void)v;
}
