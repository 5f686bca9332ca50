// The generator's pegawai: ASN with NIPs built like real ones (birth date, TMT or the PPPK
// appointment year, sex digit, sequence), names with degrees, positions by kind of unit.
#include <algorithm>

#include "generate_builder.hpp"
#include "generate_text.hpp"
#include "normalize.hpp"

namespace kompilasi::gen {

namespace {

std::uint64_t make_nip(Date birth, int tmt_year, int tmt_code, int sex, int seq) {
  return ((static_cast<std::uint64_t>(birth.y) * 10000 + static_cast<std::uint64_t>(birth.m) * 100 +
           static_cast<std::uint64_t>(birth.d)) * 1000000 +
          static_cast<std::uint64_t>(tmt_year) * 100 + static_cast<std::uint64_t>(tmt_code)) * 10000 +
         static_cast<std::uint64_t>(sex) * 1000 + static_cast<std::uint64_t>(seq);
}

}  // namespace

std::uint64_t Builder::phantom_nip(Rng& r) {
  for (;;) {
    const Date b = civil_from_days(r.between(days(1968, 1, 1), days(1998, 12, 31)));
    // one draw per statement: the order of evaluation of function arguments is unspecified,
    // and the same seed must give the same data with every compiler
    const int tmt_year = b.y + r.between(22, 26);
    const int tmt_month = r.between(1, 12);
    const int sex = r.between(1, 2);
    const std::uint64_t nip = make_nip(b, tmt_year, tmt_month, sex, r.between(1, 999));
    const std::size_t before = nips.size();
    nips.try_emplace(nip, 0);
    if (nips.size() > before) return nip;
  }
}

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view pick(std::span<const std::string_view> list, Rng& r) { return list[r.below(static_cast<std::uint32_t>(list.size()))]; }

}  // namespace

std::string Builder::person_name(const Person& p, std::string_view jabatan, Rng& r) const {
  const bool male = p.sex == 1;
  std::string name;
  const bool doctor = starts_with(jabatan, "Dokter");
  const bool older = p.birth < days(1971, 1, 1);
  bool drs = false;
  if (doctor) name += starts_with(jabatan, "Dokter Gigi") ? "drg. " : "dr. ";
  else if (older && r.chance(0.2)) name += male ? "Drs. " : "Dra. ", drs = true;
  else if (r.chance(0.01)) name += "Dr. ";
  if (r.chance(0.04)) name += male ? "H. " : "Hj. ";
  name += (male ? male_first_names() : female_first_names())[p.first];
  if (p.last != kNoLast) {
    name += ' ';
    name += (male ? male_last_names() : female_last_names())[p.last];
  }
  static constexpr std::string_view kNurse[] = {", S.Kep., Ns.", ", A.Md.Kep.", ", A.Md.Kep.", ", S.Kep."};
  static constexpr std::string_view kMidwife[] = {", A.Md.Keb.", ", S.Tr.Keb.", ", A.Md.Keb."};
  static constexpr std::string_view kSpecialist[] = {", Sp.PD.", ", Sp.A.", ", Sp.OG.", ", Sp.B.", ", M.Kes.", ", Sp.Rad."};
  static constexpr std::string_view kMaster[] = {", M.Si.", ", M.M.", ", M.Pd.", ", M.AP."};
  if (doctor) {
    if ((jabatan.find("Muda") != std::string_view::npos || jabatan.find("Madya") != std::string_view::npos) &&
        r.chance(0.6))
      name += pick(kSpecialist, r);
  } else if (drs) {
    if (r.chance(0.5)) name += pick(kMaster, r);
  } else if (starts_with(jabatan, "Perawat")) {
    name += pick(kNurse, r);
  } else if (starts_with(jabatan, "Bidan")) {
    name += pick(kMidwife, r);
  } else if (starts_with(jabatan, "Apoteker")) {
    name += ", S.Farm., Apt.";
  } else if (starts_with(jabatan, "Guru") || starts_with(jabatan, "Kepala Sekolah") ||
             starts_with(jabatan, "Pengawas Sekolah") || starts_with(jabatan, "Penilik")) {
    name += pick(degrees(Role::pendidikan), r);
  } else if (starts_with(jabatan, "Pengemudi") || starts_with(jabatan, "Operator") ||
             starts_with(jabatan, "Polisi Pamong Praja Pemula")) {
    if (r.chance(0.2)) name += ", A.Md.";
  } else if (r.chance(0.7)) {
    name += pick(degrees(units[static_cast<std::size_t>(p.unit)].role), r);
  }
  return name;
}

void Builder::make_pegawai() {
  Rng r(stream_seed(seed, 2));
  static constexpr Defect kKinds[] = {Defect::nip_format, Defect::usia,        Defect::kelamin_beda,
                                      Defect::unit_unknown, Defect::nama_kosong, Defect::nip_ganda};
  static constexpr std::uint32_t kAccountsCum[] = {15, 45, 75, 92, 100};  // 0..4 own accounts
  static constexpr std::uint32_t kPppkYearCum[] = {5, 15, 40, 70, 100};   // 2020..2024
  const Date k = civil_from_days(today);
  const int kmonth = k.y * 12 + (k.m - 1);
  std::vector<std::uint32_t> dup_pool;  // clean ASN with accounts: sources of a repeated row
  people.reserve(asn);

  auto jenis_label = [&](bool pns, int tmt_year) -> std::string_view {
    if (!pns) return r.chance(0.85) ? "PPPK" : "P3K";
    return tmt_year == k.y && r.chance(0.6) ? "CPNS" : "PNS";
  };
  auto kelamin_label = [&](int sex) -> std::string_view {
    if (r.chance(0.12)) return {};
    if (r.chance(0.12)) return sex == 1 ? "Laki-laki" : "Perempuan";
    return sex == 1 ? "L" : "P";
  };
  auto jabatan_for = [&](Role role) -> std::string_view {
    const auto own = positions(role);
    const double own_share = role == Role::sekolah || role == Role::pendidikan || role == Role::rsud ||
                                     role == Role::puskesmas ? 0.85 : 0.6;
    if (!own.empty() && r.chance(own_share)) return pick(own, r);
    return pick(general_positions(), r);
  };

  for (std::size_t i = 0; i < asn; ++i) {
    Defect d = planner.draw(kKinds, i, r);
    if (d == Defect::nip_ganda) {
      d = Defect::none;
      if (!dup_pool.empty()) {
        const std::uint32_t j = r.below(static_cast<std::uint32_t>(dup_pool.size()));
        const Person src = people[dup_pool[j]];
        dup_pool[j] = dup_pool.back();
        dup_pool.pop_back();
        const bool moved = r.chance(0.5);
        const std::size_t unit = moved ? units.size() > 1 ? (static_cast<std::size_t>(src.unit) + 1 +
                                         r.below(static_cast<std::uint32_t>(units.size() - 1))) % units.size()
                                                          : 0
                                       : static_cast<std::size_t>(src.unit);
        std::string nama((src.sex == 1 ? male_first_names() : female_first_names())[src.first]);
        if (src.last != kNoLast) nama += " " + std::string((src.sex == 1 ? male_last_names() : female_last_names())[src.last]);
        const std::string nip = nip_written(src.nip, r);
        comp.add_row(TableId::pegawai, {nip, nama, src.pns ? "PNS" : "PPPK", src.sex == 1 ? "L" : "P",
                                        units[unit].kode, jabatan_for(units[unit].role)});
        plant(Defect::nip_ganda, Rule::NIP_GANDA, TableId::pegawai, "nip", nip,
              "the NIP of " + nama + " entered a second time" +
                  (moved ? " under " + units[unit].kode + " (a transfer entered twice)" : " by another admin"));
      }
    }

    Person p;
    p.unit = static_cast<std::int32_t>(r.weighted(unit_cumulative));
    const Role role = units[static_cast<std::size_t>(p.unit)].role;
    const bool care = role == Role::pendidikan || role == Role::sekolah || role == Role::kesehatan ||
                      role == Role::puskesmas || role == Role::rsud;
    p.sex = r.chance(care ? 0.62 : role == Role::satpol ? 0.2 : 0.45) ? 2 : 1;
    p.pns = d == Defect::usia || r.chance(0.7);
    std::uint64_t nip = 0;
    int tmt_year = 0;
    while (nip == 0) {
      // 65 and older: in the sample someone of 66, at scale 65 to 69
      const std::int32_t lo = d == Defect::usia ? days(sample ? 1958 : 1955, 1, 2) : p.pns ? days(1966, 3, 1) : days(1968, 1, 1);
      const std::int32_t hi = d == Defect::usia ? days(sample ? 1958 : 1959, 12, 30) : p.pns ? days(2001, 12, 31) : days(2002, 6, 30);
      p.birth = r.between(lo, hi);
      const Date b = civil_from_days(p.birth);
      int tmt_code;
      if (p.pns) {
        const int bmonth = b.y * 12 + (b.m - 1);
        int t = bmonth + 12 * r.between(21, 33);
        t += static_cast<int>(r.below(12));
        t = std::min(t, kmonth - static_cast<int>(r.below(12)));
        t = std::max(t, bmonth + 18 * 12);
        tmt_year = t / 12;
        tmt_code = t % 12 + 1;
      } else {
        tmt_year = 2020 + static_cast<int>(r.weighted(kPppkYearCum));
        tmt_code = 21;
      }
      int seq = r.between(1, 20);
      for (; seq <= 999; ++seq) {
        const std::uint64_t n = make_nip(b, tmt_year, tmt_code, p.sex, seq);
        const std::size_t before = nips.size();
        nips.try_emplace(n, 0);
        if (nips.size() > before) { nip = n; break; }
      }
    }
    p.nip = nip;
    const auto firsts = p.sex == 1 ? male_first_names() : female_first_names();
    const auto lasts = p.sex == 1 ? male_last_names() : female_last_names();
    p.first = static_cast<std::uint16_t>(r.below(static_cast<std::uint32_t>(firsts.size())));
    p.last = r.chance(0.92) ? static_cast<std::uint16_t>(r.below(static_cast<std::uint32_t>(lasts.size()))) : kNoLast;
    p.accounts = static_cast<std::uint8_t>(r.weighted(kAccountsCum));

    const std::string_view jabatan = r.chance(0.93) ? jabatan_for(role) : std::string_view{};
    std::string nama = person_name(p, jabatan, r);
    std::string nip_text = nip_written(p.nip, r);
    std::string_view jk = kelamin_label(p.sex);
    std::string_view kode = units[static_cast<std::size_t>(p.unit)].kode;
    std::string email, hp;
    const std::string fl = handle_part(firsts[p.first]) + (p.last != kNoLast ? "." + handle_part(lasts[p.last]) : "");
    if (const std::uint32_t u = r.below(100); u < 30)
      email = fl + std::to_string(civil_from_days(p.birth).y % 100 + 100).substr(1) + "@gmail.com";
    else if (u < 45) email = fl + "@" + std::string(kEmailDomain);
    else if (u < 48) email = fl + "@yahoo.co.id";
    if (const std::uint32_t u = r.below(100); u < 55) {
      std::string digits = "8" + std::to_string(r.between(11, 59));
      digits += std::to_string(r.between(1000000, 99999999));
      if (u < 40) hp = "0" + digits;
      else if (u < 50) hp = "0" + digits.substr(0, 3) + "-" + digits.substr(3, 4) + "-" + digits.substr(7);
      else hp = "+62 " + digits.substr(0, 3) + "-" + digits.substr(3, 4) + "-" + digits.substr(7);
    }

    std::uint32_t nip_form = 0;
    if (d == Defect::nip_format) {
      const std::string digits = nip_digits(p.nip);
      nip_form = sample ? 0 : r.below(4);
      if (nip_form == 0) nip_text = digits.substr(0, 10) + digits.substr(11);            // a digit left out
      else if (nip_form == 1) nip_text = digits.substr(0, 14) + "0" + digits.substr(14);  // one too many
      else if (nip_form == 2) nip_text = digits.substr(0, 1) + "," + digits.substr(1, 5) + "E+17";  // Excel's number
      else nip_text = digits.substr(0, 16) + "O" + digits.substr(17);                // letter O for zero
      p.nip_ok = false;
      p.accounts = 0;
    }
    if (d == Defect::kelamin_beda) jk = p.sex == 1 ? "P" : "L";
    if (d == Defect::unit_unknown) {
      if (!unknown_codes.empty()) kode = unknown_codes[sample ? 0 : r.below(static_cast<std::uint32_t>(unknown_codes.size()))];
      else d = Defect::none;
    }
    if (d == Defect::nama_kosong) nama.clear();
    p.clean = d == Defect::none;

    comp.add_row(TableId::pegawai, {nip_text, nama, jenis_label(p.pns, tmt_year), jk, kode, jabatan, email, hp});
    switch (d) {
      case Defect::nip_format:
        plant(d, Rule::NIP_FORMAT, TableId::pegawai, "nip", nip_text,
              nip_form == 0 ? "an NIP with 17 digits (one left out)" : "an NIP that is not 18 digits");
        break;
      case Defect::usia:
        plant(d, Rule::PEGAWAI_USIA, TableId::pegawai, "nip", nip_text,
              "an ASN of " + std::to_string(completed_years(civil_from_days(p.birth), k)) + " years (born " +
                  format_date(civil_from_days(p.birth)) + ")");
        break;
      case Defect::kelamin_beda:
        plant(d, Rule::NIP_KELAMIN_BEDA, TableId::pegawai, "jenis_kelamin", jk,
              std::string("jenis_kelamin ") + std::string(jk) + " but NIP digit 15 is " + std::to_string(p.sex));
        break;
      case Defect::unit_unknown:
        plant(d, Rule::UNIT_TIDAK_DIKENAL, TableId::pegawai, "kode_unit", kode, "a unit code that is not in unit");
        break;
      case Defect::nama_kosong:
        plant(d, Rule::WAJIB_KOSONG, TableId::pegawai, "nama", "", "an empty name");
        break;
      default: break;
    }
    const auto idx = static_cast<std::uint32_t>(people.size());
    if (p.clean) {
      auto& pool = clean_by_unit[static_cast<std::size_t>(p.unit)];
      if (pool.size() < 8) pool.push_back(idx);
      if (p.accounts > 0) {
        if (dup_pool.size() < 64) dup_pool.push_back(idx);
        else if (r.chance(0.05)) dup_pool[r.below(64)] = idx;
      }
    }
    people.push_back(p);
  }
}

}  // namespace kompilasi::gen
