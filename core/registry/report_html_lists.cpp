// The report's lists: the ASN without a counted account per unit, and the validation
// summary (findings per rule, with the rule's title from the string tables).
#include <algorithm>

#include "finding_message.hpp"
#include "report_detail.hpp"
#include "report_format.hpp"

namespace kompilasi::report_detail {

void write_tanpa_akun(Ctx& x) {
  const Lang l = x.lang;
  const Metrics& m = x.m;
  x.out += "<section class=\"break\" id=\"tanpa-akun\"><h2>" + html_escape(x.t("report.tanpa_akun.title")) +
           "</h2><p class=\"note\">" + html_escape(x.t("report.tanpa_akun.note")) + "</p>\n";
  // one pass over pegawai, rows grouped by their unit
  std::vector<std::vector<std::uint32_t>> by_unit(m.units.size());
  for (std::size_t r = 0; r < m.pegawai_unit.size(); ++r)
    if (m.pegawai_unit[r] >= 0 && !m.pegawai_berakun[r]) by_unit[m.pegawai_unit[r]].push_back(static_cast<std::uint32_t>(r));
  bool any = false;
  for (const auto& [u, depth] : x.unit_tree()) {
    const auto& rows = by_unit[u];
    if (rows.empty()) continue;
    any = true;
    x.out += "<h3>" + html_escape(trf(l, "report.tanpa_akun.unit", {{"unit", x.unit_label(u)}, {"n", format_count(static_cast<std::int64_t>(rows.size()), l)}})) +
             "</h3>\n<table class=\"list\"><thead><tr><th>" + html_escape(x.t("report.col.nip")) + "</th><th>" +
             html_escape(x.t("report.col.nama")) + "</th><th>" + html_escape(x.t("report.col.jabatan")) +
             "</th></tr></thead><tbody>\n";
    for (std::uint32_t r : rows) {
      const auto text = [&](std::size_t column) { return x.c.text(TableId::pegawai, r, column); };
      const auto nip = parse_nip(text(col::pegawai::nip));
      x.out += "<tr><td class=\"code\">" + (nip ? format_nip(*nip) : cell(text(col::pegawai::nip))) + "</td><td>" +
               cell(text(col::pegawai::nama)) + "</td><td>" + cell(text(col::pegawai::jabatan)) + "</td></tr>\n";
    }
    x.out += "</tbody></table>\n";
  }
  if (!any) x.out += "<p>" + html_escape(x.t("report.tanpa_akun.none")) + "</p>\n";
  x.out += "</section>\n";
}

void write_validation(Ctx& x) {
  const Lang l = x.lang;
  x.out += "<section class=\"break\" id=\"validasi\"><h2>" + html_escape(x.t("report.validation.title")) +
           "</h2><p class=\"note\">" + html_escape(x.t("report.validation.note")) + "</p>\n";
  // each rule's count under each severity it was found with (NILAI_TIDAK_DIKENAL and
  // KUNCI_GANDA come as errors and as warnings)
  std::array<std::array<std::int64_t, 3>, kRuleCount> counts{};
  for (const Finding& f : x.v.findings) ++counts[static_cast<std::size_t>(f.rule)][static_cast<std::size_t>(f.severity)];
  struct Line {
    Rule rule;
    Severity severity;
    std::int64_t n;
  };
  std::vector<Line> lines;
  std::int64_t total = 0;
  for (std::size_t r = 0; r < kRuleCount; ++r)
    for (std::size_t s = 0; s < 3; ++s)
      if (counts[r][s]) lines.push_back({static_cast<Rule>(r), static_cast<Severity>(s), counts[r][s]}), total += counts[r][s];
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.severity != b.severity ? a.severity < b.severity : a.n > b.n;
  });
  if (lines.empty()) {
    x.out += "<p>" + html_escape(x.t("report.validation.none")) + "</p></section>\n";
    return;
  }
  x.out += "<table><thead><tr><th>" + html_escape(x.t("report.col.rule")) + "</th><th>" +
           html_escape(x.t("report.col.rule_title")) + "</th><th>" + html_escape(x.t("report.col.severity")) +
           "</th><th class=\"n\">" + html_escape(x.t("report.col.count")) + "</th></tr></thead><tbody>\n";
  for (const Line& line : lines)
    x.out += "<tr><td class=\"code\">" + html_escape(rule_id(line.rule)) + "</td><td>" +
             html_escape(rule_title(line.rule, l)) + "</td><td class=\"sev-" +
             std::string(severity_name(line.severity)) + "\">" + html_escape(severity_label(line.severity, l)) +
             "</td><td class=\"n\">" + format_count(line.n, l) + "</td></tr>\n";
  x.out += "<tr class=\"total\"><td></td><td>" + html_escape(x.t("report.validation.total")) +
           "</td><td></td><td class=\"n\">" + format_count(total, l) + "</td></tr>\n</tbody></table></section>\n";
}

}  // namespace kompilasi::report_detail
