// The report's unit sections: coverage per unit (chart of the top-level units, table of
// every unit) and campaign compliance (per top-level unit, per content).
#include <algorithm>

#include "report_charts.hpp"
#include "report_detail.hpp"
#include "report_format.hpp"

namespace kompilasi::report_detail {
namespace {

std::string th(const Ctx& x, std::string_view key, bool numeric) {
  return std::string(numeric ? "<th class=\"n\">" : "<th>") + html_escape(x.t("report.col." + std::string(key))) + "</th>";
}

std::string td_n(const std::string& text) { return "<td class=\"n\">" + text + "</td>"; }

std::string rank(std::optional<int> r) { return r ? std::to_string(*r) : "\u2013"; }

// Top-level units with a value, best first (ties by label).
template <class Value>
std::vector<BarRow> top_level_bars(const Ctx& x, Value value, std::string (*text)(std::size_t, const Ctx&)) {
  std::vector<std::size_t> units;
  for (std::size_t u = 0; u < x.m.units.size(); ++u)
    if (x.m.units[u].parent < 0 && value(x.m.units[u])) units.push_back(u);
  std::stable_sort(units.begin(), units.end(), [&](std::size_t a, std::size_t b) {
    const double va = *value(x.m.units[a]), vb = *value(x.m.units[b]);
    return va != vb ? va > vb : x.unit_label(a) < x.unit_label(b);
  });
  std::vector<BarRow> bars;
  for (std::size_t u : units)
    bars.push_back({std::string(x.unit_name(u).empty() ? x.unit_code(u) : x.unit_name(u)), *value(x.m.units[u]),
                    text(u, x), x.unit_label(u)});
  return bars;
}

// Each top-level unit's compliance with each content ("–": not aimed at the unit), ten
// contents to a table so that it fits the page.
void write_matrix(Ctx& x) {
  const Metrics& m = x.m;
  std::vector<std::size_t> units;
  for (const auto& [u, depth] : x.unit_tree())
    if (depth == 0 && m.units[u].jumlah_asn > 0) units.push_back(u);
  if (units.empty()) return;
  x.out += "<h3>" + html_escape(x.t("report.campaign.matrix")) + "</h3>\n";
  constexpr std::size_t kColumns = 10;
  for (std::size_t from = 0; from < m.konten.size(); from += kColumns) {
    const std::size_t to = std::min(m.konten.size(), from + kColumns);
    x.out += "<table class=\"matrix\"><thead><tr>" + th(x, "nama_unit", false);
    for (std::size_t k = from; k < to; ++k)
      x.out += "<th class=\"n\">" + cell(trim(x.c.text(TableId::konten, m.konten[k].konten_row, col::konten::id_konten))) +
               "</th>";
    x.out += "</tr></thead><tbody>\n";
    for (std::size_t u : units) {
      x.out += "<tr><td class=\"name\">" + cell(x.unit_name(u).empty() ? x.unit_code(u) : x.unit_name(u)) + "</td>";
      for (std::size_t k = from; k < to; ++k) x.out += td_n(format_percent(m.kepatuhan_unit(k, u), x.lang));
      x.out += "</tr>\n";
    }
    x.out += "</tbody></table>\n";
  }
}

}  // namespace

void write_units(Ctx& x) {
  const Lang l = x.lang;
  x.out += "<section id=\"unit\"><h2>" + html_escape(x.t("report.units.title")) + "</h2>\n";
  const auto bars = top_level_bars(
      x, [](const UnitMetrics& u) { return u.cakupan; },
      [](std::size_t u, const Ctx& c) {
        const UnitMetrics& um = c.m.units[u];
        return format_percent(um.cakupan, c.lang) + " (" + format_count(um.asn_berakun, c.lang) + "/" +
               format_count(um.jumlah_asn, c.lang) + ")";
      });
  if (bars.empty()) {
    x.out += "<p class=\"note\">" + html_escape(x.t("report.units.none")) + "</p></section>\n";
    return;
  }
  x.out += "<p class=\"note\">" + html_escape(x.t("report.units.chart_note")) + "</p>\n";
  x.out += svg_bars(bars, x.t("report.units.title"));
  x.out += "</section>\n<section id=\"rekap-unit\"><h2>" + html_escape(x.t("report.units.table")) +
           "</h2><p class=\"note\">" + html_escape(x.t("report.units.table_note")) + "</p>\n";
  x.out += "<table><thead><tr>" + th(x, "kode_unit", false) + th(x, "nama_unit", false) + th(x, "jumlah_asn", true) +
           th(x, "asn_berakun", true) + th(x, "cakupan", true) + th(x, "peringkat_cakupan", true) +
           th(x, "total_pengikut", true) + th(x, "median_pengikut", true) + th(x, "asn_influencer", true) +
           th(x, "pengikut_resmi", true) + th(x, "kelengkapan", true) + th(x, "kepatuhan", true) +
           th(x, "peringkat_kepatuhan", true) + "</tr></thead><tbody>\n";
  for (const auto& [u, depth] : x.unit_tree()) {
    const UnitMetrics& um = x.m.units[u];
    x.out += "<tr class=\"d" + std::to_string(std::min(depth, 4)) + "\"><td class=\"code\">" + cell(x.unit_code(u)) +
             "</td><td class=\"name\">" + cell(x.unit_name(u)) + "</td>" + td_n(format_count(um.jumlah_asn, l)) +
             td_n(format_count(um.asn_berakun, l)) + td_n(format_percent(um.cakupan, l)) +
             td_n(rank(um.peringkat_cakupan)) + td_n(format_count(um.total_pengikut, l)) +
             td_n(um.median_pengikut ? format_decimal(*um.median_pengikut, 1, l) : "\u2013") +
             td_n(format_count(um.asn_influencer, l)) + td_n(format_count(um.pengikut_resmi, l)) +
             td_n(format_percent(um.kelengkapan, l)) + td_n(format_percent(um.kepatuhan_rata, l)) +
             td_n(rank(um.peringkat_kepatuhan)) + "</tr>\n";
  }
  const InstansiMetrics& i = x.m.instansi;
  x.out += "<tr class=\"total\"><td></td><td>" + html_escape(trim(x.c.instansi)) + "</td>" +
           td_n(format_count(i.jumlah_asn, l)) + td_n(format_count(i.asn_berakun, l)) +
           td_n(format_percent(i.cakupan, l)) + "<td></td>" + td_n(format_count(i.total_pengikut, l)) +
           td_n(i.median_pengikut ? format_decimal(*i.median_pengikut, 1, l) : "\u2013") +
           td_n(format_count(i.asn_influencer, l)) + td_n(format_count(i.pengikut_resmi, l)) +
           td_n(format_percent(i.kelengkapan, l)) + "<td></td><td></td></tr>\n";
  x.out += "</tbody></table></section>\n";
}

void write_campaign(Ctx& x) {
  const Lang l = x.lang;
  const Metrics& m = x.m;
  x.out += "<section class=\"break\" id=\"kampanye\"><h2>" + html_escape(x.t("report.campaign.title")) + "</h2>\n";
  if (m.konten.empty()) {
    x.out += "<p class=\"note\">" + html_escape(x.t("report.campaign.none")) + "</p></section>\n";
    return;
  }
  const auto bars = top_level_bars(
      x, [](const UnitMetrics& u) { return u.kepatuhan_rata; },
      [](std::size_t u, const Ctx& c) { return format_percent(c.m.units[u].kepatuhan_rata, c.lang); });
  x.out += "<p class=\"note\">" + html_escape(x.t("report.campaign.unit_chart")) + "</p>\n";
  x.out += svg_bars(bars, x.t("report.campaign.title"));
  write_matrix(x);
  x.out += "<h3>" + html_escape(x.t("report.campaign.table")) + "</h3>\n<table><thead><tr>" + th(x, "id_konten", false) +
           th(x, "judul", false) + th(x, "platform", false) + th(x, "tanggal_terbit", false) +
           th(x, "batas_lapor", false) + th(x, "sasaran", false) + th(x, "sasaran_asn", true) + th(x, "pelapor", true) +
           th(x, "kepatuhan", true) + th(x, "tepat_waktu", true) + th(x, "jangkauan", true) +
           th(x, "pelapor_luar_sasaran", true) + "</tr></thead><tbody>\n";
  for (const KontenMetrics& k : m.konten) {
    const auto text = [&](std::size_t column) { return x.c.text(TableId::konten, k.konten_row, column); };
    const auto date = [&](std::size_t column) {
      const auto d = parse_date(trim(text(column)));
      return d ? format_long_date(format_date(*d), l) : std::string(trim(text(column)));
    };
    std::string sasaran(trim(text(col::konten::sasaran)));
    for (std::size_t at = sasaran.find(';'); at != std::string::npos; at = sasaran.find(';', at + 2))
      sasaran.replace(at, 1, "; ");  // lets the list wrap
    x.out += "<tr><td class=\"code\">" + cell(trim(text(col::konten::id_konten))) + "</td><td>" +
             cell(text(col::konten::judul)) + "</td><td>" + html_escape(platform_label(k.platform)) + "</td><td>" +
             html_escape(date(col::konten::tanggal_terbit)) + "</td><td>" + html_escape(date(col::konten::batas_lapor)) +
             "</td><td>" + (sasaran.empty() ? html_escape(x.t("report.campaign.all_units")) : cell(sasaran)) + "</td>" +
             td_n(format_count(k.sasaran_asn, l)) + td_n(format_count(k.pelapor, l)) +
             td_n(format_percent(k.kepatuhan, l)) +
             td_n(k.tepat_waktu ? format_count(*k.tepat_waktu, l) : std::string("\u2013")) +
             td_n(format_count(k.jangkauan, l)) + td_n(format_count(k.pelapor_luar_sasaran, l)) + "</tr>\n";
  }
  x.out += "</tbody></table></section>\n";
}

}  // namespace kompilasi::report_detail
