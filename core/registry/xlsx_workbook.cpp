#include "xlsx_workbook.hpp"

#include "finding_message.hpp"
#include "neutralize.hpp"
#include "normalize.hpp"

namespace kompilasi {
namespace {

enum class Kind : std::uint8_t { text, nip, pengikut, tanggal };

Kind column_kind(TableId t, std::size_t c) {
  using namespace col;
  switch (t) {
    case TableId::pegawai: return c == pegawai::nip ? Kind::nip : Kind::text;
    case TableId::akun:
      return c == akun::nip ? Kind::nip : c == akun::pengikut ? Kind::pengikut : c == akun::tanggal_cek ? Kind::tanggal : Kind::text;
    case TableId::akun_resmi:
      return c == akun_resmi::pengelola_nip ? Kind::nip
             : c == akun_resmi::pengikut    ? Kind::pengikut
             : c == akun_resmi::tanggal_cek ? Kind::tanggal
                                            : Kind::text;
    case TableId::konten: return c == konten::tanggal_terbit || c == konten::batas_lapor ? Kind::tanggal : Kind::text;
    case TableId::laporan:
      return c == laporan::nip ? Kind::nip : c == laporan::tanggal_lapor ? Kind::tanggal : Kind::text;
    case TableId::unit: break;
  }
  return Kind::text;
}

// Text as exported: neutralised when a spreadsheet would run it (scratch holds the copy).
std::string_view export_text(std::string_view s, std::string& scratch) {
  if (!needs_text_prefix(s)) return s;
  scratch.assign("'").append(s);
  return scratch;
}

XlsxCell typed_cell(Kind kind, std::string_view s, std::string& scratch) {
  if (kind == Kind::pengikut) {
    if (const Followers f = parse_followers(s); f.kind == Followers::value) return XlsxCell::of_number(static_cast<double>(f.count));
  } else if (kind == Kind::tanggal) {
    if (const auto d = parse_date(s)) {
      const double serial = excel_serial(d->y, d->m, d->d);
      if (serial > 0) return XlsxCell::of_date(serial);
    }
  }
  return XlsxCell::of_text(export_text(s, scratch));
}

XlsxSheet table_sheet(const Compilation& c, TableId t, std::vector<std::string>& scratch) {
  const Table& tab = c.table(t);
  XlsxSheet s;
  s.name = std::string(spec(t).name);
  for (std::size_t col = 0; col < tab.width(); ++col) {
    const Kind k = col < spec(t).columns.size() ? column_kind(t, col) : Kind::text;
    s.columns.push_back({tab.columns[col], k == Kind::nip ? XlsxFormat::text : k == Kind::tanggal ? XlsxFormat::date : XlsxFormat::general});
  }
  s.rows = tab.rows();
  scratch.assign(tab.width(), std::string());
  s.row = [&c, &tab, t, &scratch](std::size_t r, std::vector<XlsxCell>& cells) {
    for (std::size_t col = 0; col < tab.width(); ++col) {
      const Kind k = col < spec(t).columns.size() ? column_kind(t, col) : Kind::text;
      cells.push_back(typed_cell(k, c.pool.view(tab.id_at(r, col)), scratch[col]));
    }
  };
  return s;
}

XlsxSheet derived_view(const DerivedSheet& d) {
  XlsxSheet s;
  s.name = d.name;
  s.columns = d.columns;
  s.rows = d.rows.size();
  s.row = [&d](std::size_t r, std::vector<XlsxCell>& cells) {
    for (const DerivedCell& cell : d.rows[r]) cells.push_back({cell.type, cell.text, cell.number});
  };
  return s;
}

DerivedCell text_cell(std::string_view s) {
  std::string scratch;
  const std::string_view t = export_text(s, scratch);
  return {XlsxCell::Type::text, std::string(t), 0};
}
DerivedCell number_cell(double v) { return {XlsxCell::Type::number, {}, v}; }
template <class T>
DerivedCell optional_cell(const std::optional<T>& v) {
  return v ? number_cell(static_cast<double>(*v)) : DerivedCell{};
}

}  // namespace

DerivedSheet rekap_sheet(const Compilation& c, const Metrics& m) {
  DerivedSheet s;
  s.name = "rekap";
  const auto pct = XlsxFormat::percent;
  s.columns = {{"kode_unit"}, {"nama_unit"}, {"induk"}, {"jumlah_asn"}, {"jumlah_asn_langsung"}, {"asn_berakun"},
               {"cakupan", pct}, {"total_pengikut"}, {"median_pengikut"}, {"pengikut_resmi"}, {"asn_influencer"},
               {"kelengkapan", pct}, {"kepatuhan_rata", pct}, {"peringkat_cakupan"}, {"peringkat_kepatuhan"}};
  for (const UnitMetrics& u : m.units) {
    const auto code = [&](std::uint32_t row) { return trim(c.text(TableId::unit, row, col::unit::kode_unit)); };
    s.rows.push_back({text_cell(code(u.unit_row)), text_cell(c.text(TableId::unit, u.unit_row, col::unit::nama_unit)),
                      u.parent < 0 ? DerivedCell{} : text_cell(code(m.units[static_cast<std::size_t>(u.parent)].unit_row)),
                      number_cell(static_cast<double>(u.jumlah_asn)), number_cell(static_cast<double>(u.asn_langsung)),
                      number_cell(static_cast<double>(u.asn_berakun)), optional_cell(u.cakupan),
                      number_cell(static_cast<double>(u.total_pengikut)), optional_cell(u.median_pengikut),
                      number_cell(static_cast<double>(u.pengikut_resmi)), number_cell(static_cast<double>(u.asn_influencer)),
                      optional_cell(u.kelengkapan), optional_cell(u.kepatuhan_rata), optional_cell(u.peringkat_cakupan),
                      optional_cell(u.peringkat_kepatuhan)});
  }
  return s;
}

DerivedSheet validasi_sheet(const Compilation&, const Validation& v, Lang lang) {
  DerivedSheet s;
  s.name = "validasi";
  s.columns = {{"aturan"}, {"tingkat"}, {"tabel"}, {"baris"}, {"kolom"}, {"nilai"}, {"pesan"}, {"sumber"}};
  for (const Finding& f : v.findings) {
    s.rows.push_back({text_cell(rule_id(f.rule)), text_cell(severity_label(f.severity, lang)), text_cell(spec(f.table).name),
                      f.row ? number_cell(f.row) : DerivedCell{}, text_cell(f.column()), text_cell(f.value()),
                      text_cell(finding_message(f, lang)), text_cell(f.source())});
  }
  return s;
}

std::string write_workbook_xlsx(const Compilation& c, std::span<const DerivedSheet> derived) {
  DerivedSheet header;
  header.name = "kompilasi";
  header.columns = {{"kunci"}, {"nilai"}};
  header.rows.push_back({text_cell("instansi"), text_cell(c.instansi)});
  header.rows.push_back({text_cell("tahun"), c.tahun ? number_cell(c.tahun) : DerivedCell{}});
  DerivedCell tanggal = text_cell(c.tanggal_kompilasi);
  if (const auto d = parse_date(c.tanggal_kompilasi); d && excel_serial(d->y, d->m, d->d) > 0)
    tanggal = {XlsxCell::Type::date, {}, excel_serial(d->y, d->m, d->d)};
  header.rows.push_back({text_cell("tanggal_kompilasi"), tanggal});
  for (const auto& [k, val] : c.extra.items())
    if (val.is_string()) header.rows.push_back({text_cell(k), text_cell(val.get_ref<const std::string&>())});

  std::vector<XlsxSheet> sheets;
  std::array<std::vector<std::string>, kTableCount> scratch;
  sheets.push_back(derived_view(header));
  for (const TableId t : kAllTables) sheets.push_back(table_sheet(c, t, scratch[index(t)]));
  for (const DerivedSheet& d : derived) sheets.push_back(derived_view(d));
  return write_xlsx(sheets);
}

std::string export_xlsx(const Compilation& c, const Validation& v, const Metrics& m, Lang lang) {
  const DerivedSheet derived[] = {rekap_sheet(c, m), validasi_sheet(c, v, lang)};
  return write_workbook_xlsx(c, derived);
}

}  // namespace kompilasi
