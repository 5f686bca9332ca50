// The HTML report: Indonesian and English number and date forms, escaping, formula
// neutralisation, and a page that refers to nothing outside itself.
#include <doctest/doctest.h>

#include <algorithm>

#include "registry/finding_message.hpp"
#include "registry/metrics.hpp"
#include "registry/report_charts.hpp"
#include "registry/report_format.hpp"
#include "registry/report_html.hpp"
#include "registry/validate.hpp"

using namespace kompilasi;

namespace {

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return s;
}

Compilation hostile() {
  Compilation c;
  c.instansi = "Pemkot <script>alert(1)</script> & \"Co\"";
  c.tahun = 2024;
  c.tanggal_kompilasi = "2024-12-31";
  c.add_row(TableId::unit, {"1.01", "=SUM(A1) Dinas"});
  c.add_row(TableId::unit, {"1.01.01", "Bidang <b>", "1.01"});
  c.add_row(TableId::pegawai, {"198609262015051001", "Andi", "PNS", "", "1.01"});
  c.add_row(TableId::pegawai, {"198609262015051002", "@budi", "PNS", "", "1.01.01", "Staf"});
  c.add_row(TableId::akun, {"198609262015051001", "instagram", "andi", "1.234.567"});
  c.add_row(TableId::akun, {"198609262015051001", "tiktok", "bad..", "12"});  // AKUN_FORMAT
  c.add_row(TableId::konten, {"K1", "Hari <Jadi>", "instagram", "https://www.instagram.com/p/k1/", "2024-11-01",
                              "2024-11-30"});
  c.add_row(TableId::laporan, {"K1", "198609262015051001", "instagram", "https://www.instagram.com/p/a/", "2024-11-02"});
  return c;
}

std::string report(const Compilation& c, Lang lang) {
  const Validation v = validate(c);
  return report_html(c, v, compute_metrics(c, v), lang);
}

}  // namespace

TEST_CASE("report numbers: Indonesian groups with '.', decimals with ','; English the other way") {
  CHECK(format_count(1234567, Lang::id) == "1.234.567");
  CHECK(format_count(1234567, Lang::en) == "1,234,567");
  CHECK(format_count(999, Lang::id) == "999");
  CHECK(format_count(0, Lang::id) == "0");
  CHECK(format_count(-1234, Lang::id) == "-1.234");
  CHECK(format_percent(0.806, Lang::id) == "80,6\u00a0%");
  CHECK(format_percent(0.806, Lang::en) == "80.6%");
  CHECK(format_percent(1.0, Lang::id) == "100,0\u00a0%");
  CHECK(format_percent(std::nullopt, Lang::id) == "\u2013");
  CHECK(format_decimal(149.5, 1, Lang::id) == "149,5");
  CHECK(format_decimal(12.0, 1, Lang::id) == "12");
  CHECK(format_decimal(1234.25, 2, Lang::en) == "1,234.25");
  CHECK(format_short(950, Lang::id) == "950");
  CHECK(format_short(12345, Lang::id) == "12\u00a0rb");
  CHECK(format_short(1250000, Lang::en) == "1.2M");
}

TEST_CASE("report dates are written out with month names") {
  CHECK(format_long_date("2026-12-01", Lang::id) == "1 Desember 2026");
  CHECK(format_long_date("2026-12-01", Lang::en) == "1 December 2026");
  CHECK(format_long_date("2024-08-17", Lang::id) == "17 Agustus 2024");
  CHECK(format_long_date("bukan tanggal", Lang::id) == "bukan tanggal");
}

TEST_CASE("report escaping and shortening") {
  CHECK(html_escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  CHECK(shorten("Dinas Pendidikan", 5) == "Dinas\u2026");
  CHECK(shorten("Sékretariat", 3) == "Sék\u2026");  // characters, not bytes
  CHECK(shorten("Dinas", 5) == "Dinas");
}

TEST_CASE("report: one self-contained page, everything escaped, formulas neutralised") {
  const std::string html = report(hostile(), Lang::id);
  const std::string low = lower(html);
  CHECK(low.find("<script") == std::string::npos);
  CHECK(low.find("http") == std::string::npos);
  CHECK(low.find("src=") == std::string::npos);
  CHECK(low.find("url(") == std::string::npos);
  CHECK(low.find("@import") == std::string::npos);
  CHECK(low.find("<link") == std::string::npos);
  CHECK(html.find("Pemkot &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;") != std::string::npos);
  CHECK(html.find("Bidang &lt;b&gt;") != std::string::npos);
  CHECK(html.find("<td class=\"name\">'=SUM(A1) Dinas</td>") != std::string::npos);
  CHECK(html.find("<td>'@budi</td>") != std::string::npos);  // listed without an account, neutralised
  CHECK(html.find("Hari &lt;Jadi&gt;") != std::string::npos);
  CHECK(html.find("<html lang=\"id\">") != std::string::npos);
  CHECK(html.find("Data per 31 Desember 2024") != std::string::npos);
  CHECK(html.find("1.234.567") != std::string::npos);  // total followers
  CHECK(html.find("50,0\u00a0%") != std::string::npos);   // coverage: 1 of 2
  CHECK(html.find(std::string(rule_title(Rule::AKUN_FORMAT, Lang::id))) != std::string::npos);
  for (std::string_view tag : {"section", "table", "svg", "figure", "tr", "td", "th"})
    CHECK_MESSAGE(count(html, "<" + std::string(tag) + ">") + count(html, "<" + std::string(tag) + " ") ==
                      count(html, "</" + std::string(tag) + ">"),
                  tag);
}

TEST_CASE("report in English") {
  const std::string html = report(hostile(), Lang::en);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("Coverage per unit") != std::string::npos);
  CHECK(html.find("Figures as of 31 December 2024") != std::string::npos);
  CHECK(html.find("1,234,567") != std::string::npos);
  CHECK(html.find("50.0%") != std::string::npos);
  CHECK(html.find(std::string(rule_title(Rule::AKUN_FORMAT, Lang::en))) != std::string::npos);
}

TEST_CASE("report of an empty compilation says there is nothing yet") {
  Compilation c;
  const std::string html = report(c, Lang::id);
  CHECK(html.find(std::string(tr(Lang::id, "report.units.none"))) != std::string::npos);
  CHECK(html.find(std::string(tr(Lang::id, "report.campaign.none"))) != std::string::npos);
  CHECK(html.find(std::string(tr(Lang::id, "report.validation.none"))) != std::string::npos);
  CHECK(html.find(std::string(tr(Lang::id, "report.no_date"))) != std::string::npos);
}
