#include "metrics_json.hpp"

#include <cmath>

namespace kompilasi {
namespace {

using Json = nlohmann::ordered_json;

Json number(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return static_cast<std::int64_t>(*v);
  return *v;
}

template <class T>
Json number(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

void put_figures(Json& o, const Figures& f) {
  o["jumlah_asn"] = f.jumlah_asn;
  o["asn_berakun"] = f.asn_berakun;
  o["cakupan"] = number(f.cakupan);
  o["total_pengikut"] = f.total_pengikut;
  o["median_pengikut"] = number(f.median_pengikut);
  o["pengikut_resmi"] = f.pengikut_resmi;
  o["asn_influencer"] = f.asn_influencer;
  o["kelengkapan"] = number(f.kelengkapan);
}

}  // namespace

MetricSettings metric_settings(const Compilation& c) {
  MetricSettings s;
  const auto p = c.extra.find("pengaturan");
  if (p == c.extra.end() || !p->is_object()) return s;
  const auto a = p->find("ambang_influencer");
  if (a != p->end() && a->is_number_integer() && a->get<std::int64_t>() >= 0) s.influencer = a->get<std::int64_t>();
  return s;
}

nlohmann::ordered_json metrics_json(const Compilation& c, const Metrics& m) {
  Json out = Json::object();
  Json inst = Json::object();
  put_figures(inst, m.instansi);
  inst["baris_dikecualikan"] = m.instansi.baris_dikecualikan;
  inst["ambang_influencer"] = m.settings.influencer;
  out["instansi"] = std::move(inst);

  Json units = Json::array();
  for (const UnitMetrics& u : m.units) {
    Json o = Json::object();
    o["kode_unit"] = std::string(trim(c.text(TableId::unit, u.unit_row, col::unit::kode_unit)));
    o["nama_unit"] = std::string(c.text(TableId::unit, u.unit_row, col::unit::nama_unit));
    o["induk"] = u.parent < 0 ? Json(nullptr)
                              : Json(std::string(trim(c.text(TableId::unit, m.units[u.parent].unit_row, col::unit::kode_unit))));
    put_figures(o, u);
    o["jumlah_asn_langsung"] = u.asn_langsung;
    o["kepatuhan_rata"] = number(u.kepatuhan_rata);
    o["peringkat_cakupan"] = number(u.peringkat_cakupan);
    o["peringkat_kepatuhan"] = number(u.peringkat_kepatuhan);
    units.push_back(std::move(o));
  }
  out["units"] = std::move(units);

  Json platforms = Json::array();
  for (const PlatformMetrics& p : m.platforms) {
    Json o = Json::object();
    o["platform"] = std::string(platform_name(p.platform));
    put_figures(o, p);
    platforms.push_back(std::move(o));
  }
  out["platforms"] = std::move(platforms);

  Json konten = Json::array();
  for (std::size_t k = 0; k < m.konten.size(); ++k) {
    const KontenMetrics& km = m.konten[k];
    Json o = Json::object();
    o["id_konten"] = std::string(trim(c.text(TableId::konten, km.konten_row, col::konten::id_konten)));
    o["judul"] = std::string(c.text(TableId::konten, km.konten_row, col::konten::judul));
    o["platform"] = std::string(platform_name(km.platform));
    o["sasaran_asn"] = km.sasaran_asn;
    o["pelapor"] = km.pelapor;
    o["pelapor_luar_sasaran"] = km.pelapor_luar_sasaran;
    o["kepatuhan"] = number(km.kepatuhan);
    o["jangkauan"] = km.jangkauan;
    o["tepat_waktu"] = number(km.tepat_waktu);
    // The codes are distinct (one UnitMetrics per trimmed kode_unit), so each is appended as
    // it stands: operator[] would first look it up among all the keys before it, quadratic
    // in the units (12 000 units at 1M ASN: seconds per content).
    Json::object_t per_unit;
    for (std::size_t u = 0; u < m.units.size(); ++u)
      if (m.targets(k, u))
        per_unit.emplace_back(std::string(trim(c.text(TableId::unit, m.units[u].unit_row, col::unit::kode_unit))),
                              number(m.kepatuhan_unit(k, u)));
    o["kepatuhan_unit"] = Json(std::move(per_unit));
    konten.push_back(std::move(o));
  }
  out["konten"] = std::move(konten);
  return out;
}

}  // namespace kompilasi
