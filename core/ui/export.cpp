#include "ui/export.hpp"

#include <algorithm>

#include "registry/anonymize.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/csv_writer.hpp"
#include "registry/report_html.hpp"
#include "registry/workspace_json.hpp"
#include "registry/xlsx_workbook.hpp"
#include "registry/xlsx_zip_writer.hpp"

namespace kompilasi::ui {
namespace {

// A file name from the workspace name: letters, digits, '-' and '_' only.
std::string Stem(const Workspace& w) {
  std::string out;
  for (const char c : w.name)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return out.empty() ? std::string("kompilasi") : out;
}

std::string ZipBundle(const Workspace& w, bool excel_id) {
  ZipWriter zip;
  for (const InputFile& f : write_csv_bundle(w.comp, {.excel_id = excel_id})) zip.add(f.path, f.bytes);
  return zip.finish();
}

// The ASN in content k's sasaran without a report: NIP, name, unit, the content.
std::string BelumLaporCsv(const Workspace& w, int k, Lang lang) {
  const Compilation& c = w.comp;
  CsvWriter csv(';', true);  // opened by unit admins in Excel (Indonesia)
  for (const char* h : {"nip", "nama", "kode_unit", "nama_unit", "id_konten", "judul"})
    csv.field(tr(lang, std::string("views.campaign.csv.") + h));
  csv.end_record();
  if (k < 0 || static_cast<std::size_t>(k) >= w.metrics.konten.size()) return csv.bytes();
  const auto& km = w.metrics.konten[static_cast<std::size_t>(k)];
  const auto id = c.text(TableId::konten, km.konten_row, col::konten::id_konten);
  const auto judul = c.text(TableId::konten, km.konten_row, col::konten::judul);
  for (const std::uint32_t r : belum_lapor(w.metrics, static_cast<std::size_t>(k))) {
    csv.field(c.text(TableId::pegawai, r, col::pegawai::nip));
    csv.field(c.text(TableId::pegawai, r, col::pegawai::nama));
    const auto code = c.text(TableId::pegawai, r, col::pegawai::kode_unit);
    csv.field(code);
    const std::int32_t u = w.metrics.pegawai_unit[r];
    csv.field(u >= 0 ? c.text(TableId::unit, w.metrics.units[static_cast<std::size_t>(u)].unit_row, col::unit::nama_unit)
                     : std::string_view());
    csv.field(id);
    csv.field(judul);
    csv.end_record();
  }
  return csv.bytes();
}

}  // namespace

ExportFile MakeExport(const Workspace& w, ExportFormat format, Lang lang, int konten) {
  const std::string stem = Stem(w);
  switch (format) {
    case ExportFormat::workspace_json: return {stem + ".kompilasi.json", write_workspace_json(w.comp)};
    case ExportFormat::csv_zip: return {stem + "_csv.zip", ZipBundle(w, false)};
    case ExportFormat::csv_excel_zip: return {stem + "_csv_excel.zip", ZipBundle(w, true)};
    case ExportFormat::xlsx: return {stem + ".xlsx", export_xlsx(w.comp, w.validation, w.metrics, lang)};
    case ExportFormat::html: return {stem + "_laporan.html", report_html(w.comp, w.validation, w.metrics, lang)};
    case ExportFormat::belum_lapor_csv: {
      std::string id = "konten";
      if (konten >= 0 && static_cast<std::size_t>(konten) < w.metrics.konten.size())
        id = std::string(w.comp.text(TableId::konten, w.metrics.konten[static_cast<std::size_t>(konten)].konten_row,
                                     col::konten::id_konten));
      std::replace_if(id.begin(), id.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
      return {stem + "_belum_lapor_" + id + ".csv", BelumLaporCsv(w, konten, lang)};
    }
  }
  return {stem, {}};
}

ExportFile MakeAnonExport(const Workspace& w, ExportFormat format, std::string_view passphrase, Lang lang) {
  Workspace anon;
  anon.name = w.name + "_anonim";
  HmacKey key = derive_anon_key(passphrase);
  anon.comp = anonymize(w.comp, key);
  secure_wipe(key.data(), key.size());
  Analyze(anon);
  return MakeExport(anon, format, lang);
}

}  // namespace kompilasi::ui
