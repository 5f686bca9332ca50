// The generator's planner and header, units, official accounts and campaigns; pegawai are in
// generate_pegawai.cpp, akun and laporan in generate_accounts.cpp.
#include <algorithm>
#include <cstring>

#include "generate_builder.hpp"
#include "generate_text.hpp"
#include "normalize.hpp"

namespace kompilasi {
namespace gen {
namespace {

constexpr Date kTanggal{2024, 12, 31};

// The sample's planted problems and where each goes: a pegawai row, an akun row, a person
// (for rows added after a person's own accounts) or a laporan row.
constexpr std::pair<Defect, std::size_t> kSamplePlan[] = {
    {Defect::nip_format, 41},     {Defect::usia, 77},           {Defect::kelamin_beda, 118},
    {Defect::unit_unknown, 163},  {Defect::nip_ganda, 236},     {Defect::handle_format, 33},
    {Defect::url_platform, 95},   {Defect::pengikut_format, 152}, {Defect::tanggal_cek, 214},
    {Defect::akun_ganda, 188},    {Defect::resmi_pribadi, 131}, {Defect::laporan_url, 45},
    {Defect::sebelum_terbit, 131}, {Defect::terlambat, 207},
};

constexpr std::string_view kUnknownCodes[] = {"2.12", "1.08", "3.02", "4.03", "5.04",
                                              "6.02", "7.04", "8.02", "7.01.08", "7.03.09"};

void append_cumulative(std::vector<std::uint32_t>& cum, std::uint32_t w) {
  cum.push_back((cum.empty() ? 0 : cum.back()) + w);
}

}  // namespace

// ---- planner ---------------------------------------------------------------------------

Planner Planner::sample(std::span<const std::pair<Defect, std::size_t>> at) {
  Planner p;
  p.pending_.fill(kNever);
  for (auto [d, pos] : at) p.pending_[static_cast<std::size_t>(d)] = pos;
  return p;
}

Defect Planner::draw(std::span<const Defect> kinds, std::size_t position, Rng& r) {
  if (rate_ >= 0) {
    const double u = r.uniform();
    if (u >= rate_) return Defect::none;
    return kinds[r.below(static_cast<std::uint32_t>(kinds.size()))];
  }
  for (Defect d : kinds)
    if (pending_[static_cast<std::size_t>(d)] <= position) return d;
  return Defect::none;
}

// ---- builder ---------------------------------------------------------------------------

Builder::Builder(std::uint64_t seed_, std::size_t asn_, bool sample_, Planner planner_)
    : seed(seed_), asn(asn_), sample(sample_), planner(planner_), comp(out.comp),
      nips(asn_ + 16), handles(asn_ * 2 + 64) {}

Generated Builder::run() {
  today = days_from_civil(kTanggal);
  comp.instansi = std::string(kInstansi);
  comp.tahun = kTanggal.y;
  comp.tanggal_kompilasi = format_date(kTanggal);
  make_units();
  make_pegawai();
  make_resmi();
  make_konten();
  make_akun_laporan();
  std::size_t tanpa_akun = 0;
  for (const Person& p : people) tanpa_akun += p.nip_ok && p.accounts == 0;
  out.expected[static_cast<std::size_t>(Rule::PEGAWAI_TANPA_AKUN)] += tanpa_akun;
  out.expected[static_cast<std::size_t>(Rule::LAPORAN_TERLAMBAT)] += late_reports;
  return std::move(out);
}

bool Builder::claim_handle(int platform, std::string_view handle) {
  // FNV-1a over the platform and the comparison form (lowercase; YouTube channel ids as they are)
  const bool exact = platform == kYt && is_channel_id(handle);
  std::uint64_t h = 1469598103934665603ull ^ static_cast<std::uint64_t>(platform + 1);
  for (char c : handle) {
    const char l = (!exact && c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    h = (h ^ static_cast<unsigned char>(l)) * 1099511628211ull;
  }
  const std::size_t before = handles.size();
  handles.try_emplace(h, 0);
  return handles.size() > before;
}

void Builder::plant(Defect d, Rule rule, TableId t, std::string_view column, std::string_view value,
                    std::string note) {
  planner.planted(d);
  out.expected[static_cast<std::size_t>(rule)] += 1;
  PlantedProblem p;
  p.rule = rule;
  p.table = t;
  p.row = static_cast<std::uint32_t>(comp.table(t).rows());
  p.column = std::string(column);
  p.value = std::string(value);
  p.note = std::move(note);
  out.planted.push_back(std::move(p));
}

// ---- units -----------------------------------------------------------------------------

void Builder::make_units() {
  for (const UnitDef& d : blitar_units()) {
    UnitInfo u{std::string(d.kode), std::string(d.nama), std::string(d.induk), std::string(d.jenis),
               std::string(d.slug), d.weight * 1000, d.role, -1};
    units.push_back(std::move(u));
  }
  // Thousands of ASN: teachers and health workers sit in schools and puskesmas (sub-units).
  if (!sample && asn >= 2000) {
    auto find = [&](std::string_view kode) {
      for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].kode == kode) return i;
      return std::size_t{0};
    };
    const auto kel = kelurahan_names();
    const std::size_t schools = asn * 27 / 100 / 25, puskesmas = std::max<std::size_t>(3, asn * 45 / 1000 / 40);
    UnitInfo& disdik = units[find("1.01")];
    const std::uint32_t school_share = disdik.weight * 9 / 10;
    disdik.weight -= school_share;
    UnitInfo& dinkes = units[find("1.02")];
    const std::uint32_t pkm_share = dinkes.weight * 6 / 10;
    dinkes.weight -= pkm_share;
    std::size_t sd = 0, smp = 0, tk = 0;
    for (std::size_t j = 0; j < schools; ++j) {
      std::string nama;
      if (j % 10 < 7) nama = "SD Negeri " + std::string(kel[sd % kel.size()]) + " " + std::to_string(sd / kel.size() + 1), ++sd;
      else if (j % 10 < 9) nama = "SMP Negeri " + std::to_string(++smp) + " Kota Blitar";
      else nama = "TK Negeri Pembina " + std::to_string(++tk);
      char kode[24];
      std::snprintf(kode, sizeof kode, "1.01.%02zu", j + 1);
      units.push_back({kode, nama, "1.01", "lainnya", "", std::max<std::uint32_t>(1, school_share / schools),
                       Role::sekolah, -1});
    }
    static constexpr std::string_view kPkm[] = {"Puskesmas Sananwetan", "Puskesmas Kepanjenkidul", "Puskesmas Sukorejo"};
    for (std::size_t j = 0; j < puskesmas; ++j) {
      std::string nama = j < 3 ? std::string(kPkm[j])
                               : "Puskesmas Pembantu " + std::string(kel[(j - 3) % kel.size()]) +
                                     ((j - 3) >= kel.size() ? " " + std::to_string((j - 3) / kel.size() + 1) : "");
      char kode[24];
      std::snprintf(kode, sizeof kode, "1.02.%02zu", j + 2);
      units.push_back({kode, nama, "1.02", "lainnya", "", std::max<std::uint32_t>(1, pkm_share / puskesmas),
                       Role::puskesmas, -1});
    }
  }
  for (UnitInfo& u : units) {
    if (!u.induk.empty())
      for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].kode == u.induk) u.parent = static_cast<std::int32_t>(i);
    append_cumulative(unit_cumulative, u.weight);
    comp.add_row(TableId::unit, {u.kode, u.nama, u.induk, u.jenis});
  }
  for (std::string_view c : kUnknownCodes)
    if (std::none_of(units.begin(), units.end(), [&](const UnitInfo& u) { return u.kode == c; }))
      unknown_codes.emplace_back(c);
  clean_by_unit.resize(units.size());
}

// ---- official accounts -----------------------------------------------------------------

void Builder::make_resmi() {
  Rng r(stream_seed(seed, 3));
  // chance of each platform for a unit with official accounts (sample: the four big ones)
  static constexpr double kChance[6] = {1.0, 0.45, 0.7, 0.3, 0.15, 0.1};
  const int platforms = sample ? 4 : 6;
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].slug.empty()) continue;
    for (int p = 0; p < platforms; ++p) {
      if (!r.chance(kChance[p])) continue;
      std::string h = fit_handle(p, units[u].slug);
      for (int n = 1; !claim_handle(p, h); ++n) h = fit_handle(p, units[u].slug, std::to_string(n));
      std::int64_t f = 1500 + draw_followers(r) * 20;
      if (units[u].kode == "4.01") f *= 6;
      std::string ftext = followers_written(&f, r);
      std::uint64_t admin = 0;
      auto& pool = clean_by_unit[u];
      if (!pool.empty() && r.chance(0.8)) {
        admin = people[pool[r.below(static_cast<std::uint32_t>(pool.size()))]].nip;
      }
      comp.add_row(TableId::akun_resmi, {units[u].kode, platform_label(p, r), handle_written(p, h, r), ftext,
                                         admin ? nip_written(admin, r) : std::string(),
                                         date_written(today - static_cast<std::int32_t>(r.below(60)), r)});
      officials.push_back({static_cast<int>(u), p, std::move(h), std::move(ftext), admin, false});
    }
  }
}

// ---- campaigns -------------------------------------------------------------------------

void Builder::make_konten() {
  Rng r(stream_seed(seed, 4));
  const auto defs = campaigns();
  const std::size_t n = sample ? 6 : 50;
  const std::int32_t last_day = days(kTanggal.y, 11, 30);
  for (std::size_t k = 0; k < n; ++k) {
    const CampaignDef& def = defs[k % defs.size()];
    const std::size_t part = k / defs.size();
    Campaign c;
    char id[16];
    std::snprintf(id, sizeof id, "K%03zu", k + 1);
    c.id = id;
    c.platform = def.platform;
    c.terbit = std::min(last_day, days(kTanggal.y, def.month, def.day) + static_cast<std::int32_t>(part * 21));
    const bool has_batas = sample ? k != 4 : r.chance(0.85);
    if (has_batas) c.batas = c.terbit + (sample ? 7 : r.between(3, 10));
    c.pop = static_cast<std::uint32_t>(r.between(50, 150));
    c.everyone = def.sasaran.empty();
    c.eligible.assign(units.size(), c.everyone ? 1 : 0);
    for (std::string_view rest = def.sasaran; !rest.empty();) {
      const std::size_t semi = rest.find(';');
      const std::string_view code = rest.substr(0, semi);
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      for (std::size_t u = 0; u < units.size(); ++u)
        for (std::int32_t a = static_cast<std::int32_t>(u); a >= 0; a = units[static_cast<std::size_t>(a)].parent)
          if (units[static_cast<std::size_t>(a)].kode == code) c.eligible[u] = 1;
    }
    std::string_view official = "pemkotblitar";
    for (const Official& o : officials)
      if (units[static_cast<std::size_t>(o.unit)].kode == def.source && o.platform == c.platform) official = o.handle;
    std::string judul(def.judul);
    if (part) judul += " (bagian " + std::to_string(part + 1) + ")";
    auto when = [&](std::int32_t day) { return r.chance(0.85) ? date_iso(day) : date_written(day, r); };
    const std::string terbit = when(c.terbit);
    const std::string batas = c.batas >= 0 ? when(c.batas) : std::string();
    comp.add_row(TableId::konten, {c.id, judul, platform_label(c.platform, r), post_url(c.platform, official, k + 1),
                                   terbit, batas, def.source, def.sasaran});
    konten.push_back(std::move(c));
  }
}

}  // namespace gen

Generated generate(const GenerateOptions& o) {
  gen::Builder b(o.seed, o.asn, false, gen::Planner::scale(o.err_rate));
  return b.run();
}

Generated generate_sample() {
  gen::Builder b(2024, 300, true, gen::Planner::sample(gen::kSamplePlan));
  return b.run();
}

}  // namespace kompilasi
