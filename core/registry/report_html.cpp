// The report document: head, headline figures, platforms, followers and influencers; the
// unit, campaign and list sections live in report_html_units.cpp / report_html_lists.cpp.
#include "report_html.hpp"

#include <algorithm>

#include "neutralize.hpp"
#include "report_charts.hpp"
#include "report_detail.hpp"
#include "report_format.hpp"

namespace kompilasi {

namespace report_detail {

std::string_view Ctx::unit_code(std::size_t u) const {
  return trim(c.text(TableId::unit, m.units[u].unit_row, col::unit::kode_unit));
}
std::string_view Ctx::unit_name(std::size_t u) const {
  return trim(c.text(TableId::unit, m.units[u].unit_row, col::unit::nama_unit));
}
std::string Ctx::unit_label(std::size_t u) const {
  const std::string_view name = unit_name(u), code = unit_code(u);
  return name.empty() ? std::string(code) : std::string(name) + " (" + std::string(code) + ")";
}

std::vector<std::pair<std::size_t, int>> Ctx::unit_tree() const {
  const std::size_t n = m.units.size();
  std::vector<std::vector<std::size_t>> children(n);
  std::vector<std::size_t> roots;
  for (std::size_t u = 0; u < n; ++u) (m.units[u].parent < 0 ? roots : children[m.units[u].parent]).push_back(u);
  std::vector<std::pair<std::size_t, int>> order;
  std::vector<std::uint8_t> placed(n, 0);
  const auto walk = [&](auto&& self, std::size_t u, int depth) -> void {
    if (placed[u]) return;
    placed[u] = 1;
    order.emplace_back(u, depth);
    for (std::size_t ch : children[u]) self(self, ch, depth + 1);
  };
  for (std::size_t r : roots) walk(walk, r, 0);
  for (std::size_t u = 0; u < n; ++u) walk(walk, u, 0);  // units on an induk cycle
  return order;
}

std::string cell(std::string_view text) {
  std::string out = needs_text_prefix(text) ? "'" : "";
  out += html_escape(text);
  return out;
}

std::string_view platform_label(Platform p) {
  constexpr std::string_view kLabels[] = {"Instagram", "TikTok", "Facebook", "YouTube", "X", "Threads"};
  return kLabels[static_cast<int>(p)];
}

}  // namespace report_detail

namespace {

using namespace report_detail;

void card(Ctx& x, std::string_view label, const std::string& value, const std::string& small = {}) {
  x.out += "<div class=\"card\"><div class=\"v\">" + html_escape(value);
  if (!small.empty()) x.out += " <small>" + html_escape(small) + "</small>";
  x.out += "</div><div class=\"l\">" + html_escape(label) + "</div></div>\n";
}

void write_cover(Ctx& x) {
  const Compilation& c = x.c;
  const std::string instansi = trim(c.instansi).empty() ? x.t("report.no_instansi") : std::string(trim(c.instansi));
  x.out += "<header class=\"cover\"><h1>" + html_escape(x.t("report.title")) + "</h1><div class=\"sub\">";
  x.out += html_escape(c.tahun ? trf(x.lang, "report.subtitle", {{"instansi", instansi}, {"tahun", std::to_string(c.tahun)}})
                               : instansi);
  x.out += "</div><div class=\"muted\">";
  x.out += html_escape(c.tanggal_kompilasi.empty()
                           ? x.t("report.no_date")
                           : trf(x.lang, "report.as_of", {{"tanggal", format_long_date(c.tanggal_kompilasi, x.lang)}}));
  x.out += "</div></header>\n";
  x.out += "<nav><ol>";
  for (std::string_view id : {"ringkasan", "unit", "platform", "pengikut", "kampanye", "tanpa-akun", "validasi"}) {
    static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
        {"ringkasan", "report.headline"},          {"unit", "report.units.title"},
        {"platform", "report.platforms.title"},    {"pengikut", "report.followers.title"},
        {"kampanye", "report.campaign.title"},     {"tanpa-akun", "report.tanpa_akun.title"},
        {"validasi", "report.validation.title"}};
    for (const auto& [k, key] : kTitles)
      if (k == id) x.out += "<li><a href=\"#" + std::string(id) + "\">" + html_escape(x.t(key)) + "</a></li>";
  }
  x.out += "</ol></nav>\n";
}

void write_headline(Ctx& x) {
  const InstansiMetrics& i = x.m.instansi;
  const Lang l = x.lang;
  x.out += "<section id=\"ringkasan\"><h2>" + html_escape(x.t("report.headline")) + "</h2><div class=\"cards\">\n";
  card(x, x.t("report.card.jumlah_asn"), format_count(i.jumlah_asn, l));
  card(x, x.t("report.card.asn_berakun"), format_count(i.asn_berakun, l));
  card(x, x.t("report.card.cakupan"), format_percent(i.cakupan, l));
  card(x, x.t("report.card.total_pengikut"), format_count(i.total_pengikut, l));
  card(x, x.t("report.card.median_pengikut"), i.median_pengikut ? format_decimal(*i.median_pengikut, 1, l) : "\u2013");
  card(x, trf(l, "report.card.asn_influencer", {{"ambang", format_count(x.m.settings.influencer, l)}}),
       format_count(i.asn_influencer, l));
  card(x, x.t("report.card.pengikut_resmi"), format_count(i.pengikut_resmi, l));
  card(x, x.t("report.card.kelengkapan"), format_percent(i.kelengkapan, l));
  x.out += "</div>\n<p class=\"note\">" +
           html_escape(x.t("report.card.baris_dikecualikan") + ": " + format_count(i.baris_dikecualikan, l) +
                       ". " + x.t("report.note.dikecualikan")) +
           "</p></section>\n";
}

void write_platforms(Ctx& x) {
  const Lang l = x.lang;
  x.out += "<section id=\"platform\"><h2>" + html_escape(x.t("report.platforms.title")) + "</h2><p class=\"note\">" +
           html_escape(x.t("report.platforms.chart_note")) + "</p>\n";
  std::vector<BarRow> bars;
  for (const PlatformMetrics& p : x.m.platforms)
    bars.push_back({std::string(platform_label(p.platform)), p.cakupan.value_or(0), format_percent(p.cakupan, l),
                    std::string(platform_label(p.platform)) + ": " + format_count(p.asn_berakun, l) + " / " +
                        format_count(p.jumlah_asn, l)});
  x.out += svg_bars(bars, x.t("report.platforms.title"));
  x.out += "<table><thead><tr><th>" + html_escape(x.t("report.col.platform")) + "</th>";
  for (std::string_view k : {"asn_berakun", "cakupan", "total_pengikut", "median_pengikut", "asn_influencer",
                             "pengikut_resmi", "kelengkapan"})
    x.out += "<th class=\"n\">" + html_escape(x.t("report.col." + std::string(k))) + "</th>";
  x.out += "</tr></thead><tbody>\n";
  for (const PlatformMetrics& p : x.m.platforms) {
    x.out += "<tr><td>" + html_escape(platform_label(p.platform)) + "</td><td class=\"n\">" +
             format_count(p.asn_berakun, l) + "</td><td class=\"n\">" + format_percent(p.cakupan, l) +
             "</td><td class=\"n\">" + format_count(p.total_pengikut, l) + "</td><td class=\"n\">" +
             (p.median_pengikut ? format_decimal(*p.median_pengikut, 1, l) : "\u2013") + "</td><td class=\"n\">" +
             format_count(p.asn_influencer, l) + "</td><td class=\"n\">" + format_count(p.pengikut_resmi, l) +
             "</td><td class=\"n\">" + format_percent(p.kelengkapan, l) + "</td></tr>\n";
  }
  x.out += "</tbody></table></section>\n";
}

void write_followers(Ctx& x) {
  const Lang l = x.lang;
  const Metrics& m = x.m;
  x.out += "<section id=\"pengikut\"><h2>" + html_escape(x.t("report.followers.title")) + "</h2><p class=\"note\">" +
           html_escape(trf(l, "report.followers.note", {{"unknown", format_count(m.akun_pengikut_tidak_diketahui, l)}})) +
           "</p>\n";
  const std::int64_t top = std::max<std::int64_t>(1, *std::max_element(m.sebaran_pengikut.begin(), m.sebaran_pengikut.end()));
  std::vector<ColumnBar> cols;
  for (std::size_t b = 0; b < m.sebaran_pengikut.size(); ++b)
    cols.push_back({x.t("report.bucket." + std::to_string(b)), static_cast<double>(m.sebaran_pengikut[b]) / top,
                    format_count(m.sebaran_pengikut[b], l)});
  x.out += svg_columns(cols, x.t("report.followers.title"));
  x.out += "<h3>" + html_escape(x.t("report.influencer.title")) + "</h3><p>" +
           html_escape(trf(l, "report.influencer.text",
                           {{"n", format_count(m.instansi.asn_influencer, l)},
                            {"persen", format_percent(ratio(m.instansi.asn_influencer, m.instansi.jumlah_asn), l)},
                            {"ambang", format_count(m.settings.influencer, l)}})) +
           "</p></section>\n";
}

}  // namespace

std::string report_html(const Compilation& c, const Validation& v, const Metrics& m, Lang lang) {
  std::string out;
  Ctx x{c, v, m, lang, out};
  out += "<!DOCTYPE html>\n<html lang=\"" + x.t("report.lang") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         html_escape(x.t("report.title") + (trim(c.instansi).empty() ? "" : " \u2013 " + std::string(trim(c.instansi)))) +
         "</title>\n";
  write_style(x);
  out += "</head>\n<body>\n<main>\n";
  write_cover(x);
  write_headline(x);
  write_units(x);
  write_platforms(x);
  write_followers(x);
  write_campaign(x);
  write_tanpa_akun(x);
  write_validation(x);
  out += "<footer>" + html_escape(x.t("report.footer")) + "</footer>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace kompilasi
