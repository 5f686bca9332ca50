// kompilasi analyze INPUT… [--json] [--ambang-influencer N]
// The metrics of DATA.md section 4: with --json the object of section 6 (metrics_json.hpp),
// else a readable summary with the instansi, every unit, platform and content.
#include <charconv>
#include <cstdio>

#include "cli_common.hpp"
#include "registry/metrics.hpp"
#include "registry/metrics_json.hpp"
#include "registry/report_charts.hpp"
#include "registry/report_format.hpp"

namespace kompilasi::cli {
namespace {

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// A plain-text table: the first `left` columns left-aligned, the others right-aligned.
class TextTable {
 public:
  TextTable(std::vector<std::string> header, std::size_t left) : left_(left) { rows_.push_back(std::move(header)); }
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  std::string str() const {
    std::vector<std::size_t> w(rows_.front().size(), 0);
    for (const auto& r : rows_)
      for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], width(r[i]));
    std::string out;
    for (const auto& r : rows_) {
      std::string line = " ";
      for (std::size_t i = 0; i < r.size(); ++i) {
        const std::string pad(w[i] - width(r[i]), ' ');
        line += "  ";
        line += i < left_ ? r[i] + pad : pad + r[i];
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    return out;
  }

 private:
  std::size_t left_;
  std::vector<std::vector<std::string>> rows_;
};

std::string col(Lang l, std::string_view key) { return std::string(tr(l, "report.col." + std::string(key))); }
std::string median(const std::optional<double>& v, Lang l) { return v ? format_decimal(*v, 1, l) : "\u2013"; }
std::string rank(const std::optional<int>& r) { return r ? std::to_string(*r) : "\u2013"; }

void print_summary(const Compilation& c, const Metrics& m, Lang l) {
  const InstansiMetrics& i = m.instansi;
  std::string out = trf(l, "analyze.header", {{"instansi", c.instansi}, {"tahun", c.tahun ? std::to_string(c.tahun) : "?"},
                                              {"tanggal", format_long_date(c.tanggal_kompilasi, l)}}) + "\n";
  out += trf(l, "analyze.instansi",
             {{"asn", format_count(i.jumlah_asn, l)}, {"berakun", format_count(i.asn_berakun, l)},
              {"cakupan", format_percent(i.cakupan, l)}, {"pengikut", format_count(i.total_pengikut, l)},
              {"median", median(i.median_pengikut, l)}, {"ambang", format_count(m.settings.influencer, l)},
              {"influencer", format_count(i.asn_influencer, l)}, {"resmi", format_count(i.pengikut_resmi, l)},
              {"kelengkapan", format_percent(i.kelengkapan, l)},
              {"dikecualikan", format_count(i.baris_dikecualikan, l)}}) + "\n\n";

  out += std::string(tr(l, "analyze.units")) + "\n";
  TextTable units({col(l, "kode_unit"), col(l, "nama_unit"), col(l, "jumlah_asn"), col(l, "asn_berakun"),
                   col(l, "cakupan"), col(l, "peringkat_cakupan"), col(l, "total_pengikut"), col(l, "median_pengikut"),
                   col(l, "asn_influencer"), col(l, "pengikut_resmi"), col(l, "kepatuhan"),
                   col(l, "peringkat_kepatuhan")},
                  2);
  for (const UnitMetrics& u : m.units)
    units.add({std::string(trim(c.text(TableId::unit, u.unit_row, col::unit::kode_unit))),
               shorten(trim(c.text(TableId::unit, u.unit_row, col::unit::nama_unit)), 40), format_count(u.jumlah_asn, l),
               format_count(u.asn_berakun, l), format_percent(u.cakupan, l), rank(u.peringkat_cakupan),
               format_count(u.total_pengikut, l), median(u.median_pengikut, l), format_count(u.asn_influencer, l),
               format_count(u.pengikut_resmi, l), format_percent(u.kepatuhan_rata, l), rank(u.peringkat_kepatuhan)});
  out += units.str() + "\n" + std::string(tr(l, "analyze.platforms")) + "\n";
  TextTable platforms({col(l, "platform"), col(l, "asn_berakun"), col(l, "cakupan"), col(l, "total_pengikut"),
                       col(l, "median_pengikut"), col(l, "asn_influencer"), col(l, "pengikut_resmi")},
                      1);
  for (const PlatformMetrics& p : m.platforms)
    platforms.add({std::string(platform_name(p.platform)), format_count(p.asn_berakun, l), format_percent(p.cakupan, l),
                   format_count(p.total_pengikut, l), median(p.median_pengikut, l), format_count(p.asn_influencer, l),
                   format_count(p.pengikut_resmi, l)});
  out += platforms.str() + "\n";
  if (m.konten.empty()) {
    out += std::string(tr(l, "report.campaign.none")) + "\n";
  } else {
    out += std::string(tr(l, "analyze.konten")) + "\n";
    TextTable konten({col(l, "id_konten"), col(l, "platform"), col(l, "sasaran_asn"), col(l, "pelapor"),
                      col(l, "kepatuhan"), col(l, "tepat_waktu"), col(l, "jangkauan"), col(l, "pelapor_luar_sasaran")},
                     2);
    for (const KontenMetrics& k : m.konten)
      konten.add({std::string(trim(c.text(TableId::konten, k.konten_row, col::konten::id_konten))),
                  std::string(platform_name(k.platform)), format_count(k.sasaran_asn, l), format_count(k.pelapor, l),
                  format_percent(k.kepatuhan, l), k.tepat_waktu ? format_count(*k.tepat_waktu, l) : "\u2013",
                  format_count(k.jangkauan, l), format_count(k.pelapor_luar_sasaran, l)});
    out += konten.str();
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

// The settings of the workspace, with --ambang-influencer N over them.
MetricSettings settings_of(const Args& a, const Compilation& c) {
  MetricSettings s = metric_settings(c);
  if (const auto v = a.value("--ambang-influencer")) {
    std::int64_t n = -1;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc{} || end != v->data() + v->size() || n < 0)
      throw CliError(trf(a.lang, "analyze.bad_ambang", {{"value", *v}}));
    s.influencer = n;
  }
  return s;
}

int run_analyze(const Args& a) {
  const Workspace ws = load_workspace(a);
  const MetricSettings settings = settings_of(a, ws.comp);
  const Validation v = validate_workspace(ws);
  const Metrics m = compute_metrics(ws.comp, v, settings);
  if (a.has("--json")) {
    const std::string out = metrics_json(ws.comp, m).dump(1) + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else {
    print_summary(ws.comp, m, a.lang);
  }
  return kExitDone;
}

const CommandRegistration kAnalyze{
    {"analyze", "cli.usage.analyze", {{"--json", false}, {"--ambang-influencer", true}}, false, run_analyze}};

}  // namespace
}  // namespace kompilasi::cli
