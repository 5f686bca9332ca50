#include "test_inputs.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "registry/csv_bundle.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/flat_form.hpp"
#include "registry/generate.hpp"
#include "test_files.hpp"

namespace fs = std::filesystem;

namespace kompilasi::test {

fs::path bench_bundle_2000() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  const fs::path out = (ec ? fs::temp_directory_path() : exe.parent_path()) / "bench-asn2000-seed1";
  if (!fs::exists(out / "truth.json")) {
    const std::string cmd =
        "python3 " KOMPILASI_SHARED_DIR "/bench/gen.py --asn 2000 --seed 1 --out " + out.string() + " 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  return out;
}

Loaded read_bundle_folder(const fs::path& dir) {
  std::vector<InputFile> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".csv") files.push_back({e.path().filename().string(), slurp(e.path())});
  return read_csv_bundle(files, dir.string(), dir.filename().string());
}

std::vector<FormInput> corpus_flat_forms() {
  std::vector<fs::path> paths;
  const std::string corpus = std::string(KOMPILASI_SHARED_DIR) + "/corpus/csv/";
  for (const auto& entry : nlohmann::json::parse(slurp(corpus + "manifest.json")))
    paths.push_back(corpus + entry["file"].get<std::string>());
  for (const char* f : {"dinkes_excel.csv", "sananwetan_google_forms.csv"})
    paths.push_back(fs::path(KOMPILASI_SOURCE_DIR) / "assets/sample/forms" / f);
  const Compilation units = generate_sample().comp;
  std::vector<FormInput> forms;
  for (const fs::path& p : paths) {
    std::vector<Notice> notices;
    const Sheet sheet = read_csv_sheet(slurp(p), p.filename().string(), notices);
    FlatFormOptions opt;
    opt.name = p.stem().string();
    opt.file = p.filename().string();
    opt.units = &units;
    opt.tanggal_kompilasi = "2024-12-31";
    forms.push_back({p.filename().string(), read_flat_form(sheet, guess_mapping(sheet), opt).loaded});
  }
  return forms;
}

}  // namespace kompilasi::test
