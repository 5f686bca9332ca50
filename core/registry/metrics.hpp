// The metrics of DATA.md section 4: per unit (sub-units rolled up through `induk`),
// per platform, for the whole instansi and per konten, with the unit ranks.
//
//   Validation v = validate(comp);
//   Metrics m = compute_metrics(comp, v);          // or with MetricSettings{.influencer = 1000}
//   m.units[i].cakupan, m.konten[k].kepatuhan, m.kepatuhan_unit(k, i), belum_lapor(m, k)
//
// Only rows without an error finding count, and the accounts and reports of an ASN whose
// pegawai row is left out do not count either. An account counts when its status is empty,
// aktif or privat and it is not an official account; accounts are distinct by (platform,
// normalised handle), the first counted row of a handle wins. Ratios are nullopt on a zero
// denominator. Units are listed once per kode_unit (a repeated unit row adds nothing);
// contents once per counted konten row. An `induk` cycle is cut where the walk up meets a
// unit already on the way: every unit of a cycle rolls up the others.
//
// Everything is computed in a few passes over flat arrays (no allocation per row), so a
// million ASN take a fraction of a second.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "normalize.hpp"
#include "validate.hpp"

namespace kompilasi {

struct MetricSettings {
  std::int64_t influencer = 500;  // followers from which an ASN counts as an influencer
};

// The figures every unit, platform and the instansi have.
struct Figures {
  std::int64_t jumlah_asn = 0;
  std::int64_t asn_berakun = 0;
  std::optional<double> cakupan;
  std::int64_t total_pengikut = 0;
  std::optional<double> median_pengikut;
  std::int64_t pengikut_resmi = 0;
  std::int64_t asn_influencer = 0;
  // Required cells of the pegawai and akun rows (per platform: akun rows only) that are
  // filled and carry no error or warning finding, over all those required cells.
  std::int64_t sel_wajib = 0, sel_wajib_baik = 0;
  std::optional<double> kelengkapan;
};

struct UnitMetrics : Figures {
  std::uint32_t unit_row = 0;                 // the unit's (first) row in the unit table
  std::int32_t parent = -1;                   // index into Metrics::units, -1 for a top unit
  std::int64_t asn_langsung = 0;              // ASN of this unit itself, sub-units excluded
  std::optional<double> kepatuhan_rata;       // mean kepatuhan_unit over the contents targeting it
  std::optional<int> peringkat_cakupan, peringkat_kepatuhan;
};

struct PlatformMetrics : Figures {
  Platform platform = Platform::instagram;
};

struct InstansiMetrics : Figures {
  std::int64_t baris_dikecualikan = 0;  // rows of all tables with an error finding
};

struct KontenMetrics {
  std::uint32_t konten_row = 0;
  Platform platform = Platform::instagram;
  std::int64_t sasaran_asn = 0;
  std::int64_t pelapor = 0;
  std::int64_t pelapor_luar_sasaran = 0;
  std::optional<double> kepatuhan;
  std::int64_t jangkauan = 0;
  std::optional<std::int64_t> tepat_waktu;  // nullopt when the content has no batas_lapor
};

// Bucket edges of the followers distribution: 0–99, 100–499, 500–999, 1 000–9 999, ≥ 10 000.
inline constexpr std::array<std::int64_t, 4> kSebaranBatas = {100, 500, 1000, 10000};

struct Metrics {
  MetricSettings settings;
  InstansiMetrics instansi;
  // The distinct counted accounts by followers (buckets of kSebaranBatas), and those whose
  // count is unknown.
  std::array<std::int64_t, kSebaranBatas.size() + 1> sebaran_pengikut{};
  std::int64_t akun_pengikut_tidak_diketahui = 0;
  std::vector<UnitMetrics> units;             // in unit-table order
  std::array<PlatformMetrics, kPlatformCount> platforms;
  std::vector<KontenMetrics> konten;          // in konten-table order

  // Per konten k and unit u, flat at [k * units.size() + u]: whether the content targets
  // the unit (listed in sasaran itself or through a parent, or an empty sasaran), and the
  // unit's pelapor (sub-units rolled up).
  std::vector<std::uint8_t> konten_unit_sasaran;
  std::vector<std::int64_t> konten_unit_pelapor;

  // Per pegawai row: index into units when the row counts, else -1; and whether the ASN has
  // a counted account.
  std::vector<std::int32_t> pegawai_unit;
  std::vector<std::uint8_t> pegawai_berakun;
  // Per konten k: the pegawai rows of its pelapor, pelapor[pelapor_start[k] .. pelapor_start[k+1]).
  std::vector<std::uint32_t> pelapor_start;
  std::vector<std::uint32_t> pelapor_rows;

  // The unit's compliance with content k: its pelapor over its ASN (sub-units rolled up);
  // nullopt when k does not target the unit or the unit has no ASN.
  std::optional<double> kepatuhan_unit(std::size_t k, std::size_t u) const;
  bool targets(std::size_t k, std::size_t u) const { return konten_unit_sasaran[k * units.size() + u] != 0; }
};

Metrics compute_metrics(const Compilation& c, const Validation& v, MetricSettings settings = {});

// compute_metrics some rows at a time (the browser's import, across frames): the same Metrics
// in the end, whatever the slices. It refers to c and v until it is done.
//   MetricsBuilder b(c, v);
//   while (!b.step(4096)) { … }   // about 4 096 rows of a pass per call
//   Metrics m = b.take();
class MetricsBuilder {
 public:
  static constexpr std::size_t kAllRows = SIZE_MAX;
  MetricsBuilder(const Compilation& c, const Validation& v, MetricSettings settings = {});
  MetricsBuilder(const MetricsBuilder&) = delete;
  MetricsBuilder& operator=(const MetricsBuilder&) = delete;
  ~MetricsBuilder();

  bool step(std::size_t rows);  // true once the metrics are complete
  Metrics take();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// The settings a compilation carries in its workspace file, under "pengaturan":
// {"ambang_influencer": 1000}; the defaults for what is missing or not a whole number ≥ 0.
MetricSettings metric_settings(const Compilation& c);

// Counted pegawai rows in content k's sasaran that have not reported it, in table order.
std::vector<std::uint32_t> belum_lapor(const Metrics& m, std::size_t k);
// Counted pegawai rows of unit u itself (not its sub-units) without a counted account.
std::vector<std::uint32_t> asn_tanpa_akun(const Metrics& m, std::size_t u);

// Ratio helper shared by the metrics and their tests: nullopt when b is zero.
inline std::optional<double> ratio(std::int64_t a, std::int64_t b) {
  if (b == 0) return std::nullopt;
  return static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace kompilasi
