// The generator's akun and laporan tables, person by person: each ASN's own accounts, then
// the shares that ASN reported.
#include <algorithm>

#include "generate_builder.hpp"
#include "generate_text.hpp"
#include "normalize.hpp"

namespace kompilasi::gen {
namespace {

using sv = std::string_view;

struct Account {
  int platform = 0;
  std::string handle;     // valid handle (what share links use)
  std::string followers;  // as written
  bool clean = true;      // its row carries no defect: a source for repeats
};

// Keeps at most `cap` items, replacing old ones now and then so that picks spread over the file.
template <class T>
void keep(std::vector<T>& pool, T item, std::size_t cap, Rng& r) {
  if (pool.size() < cap) pool.push_back(std::move(item));
  else if (r.chance(0.05)) pool[r.below(static_cast<std::uint32_t>(cap))] = std::move(item);
}

template <class T>
T take(std::vector<T>& pool, Rng& r) {
  const std::uint32_t j = r.below(static_cast<std::uint32_t>(pool.size()));
  T item = std::move(pool[j]);
  pool[j] = std::move(pool.back());
  pool.pop_back();
  return item;
}

sv first_name(const Person& p) { return (p.sex == 1 ? male_first_names() : female_first_names())[p.first]; }
sv last_name(const Person& p) {
  return p.last == kNoLast ? sv{} : (p.sex == 1 ? male_last_names() : female_last_names())[p.last];
}

std::string base_handle(const Person& p, Rng& r) {
  const std::string f = handle_part(first_name(p)), l = handle_part(last_name(p));
  const std::string yy = std::to_string(civil_from_days(p.birth).y % 100 + 100).substr(1);
  const std::uint32_t u = r.below(100);
  std::string b;
  if (l.empty()) b = u < 50 ? f + yy : f + "_" + f.substr(0, 3);
  else if (u < 24) b = f + "." + l;
  else if (u < 42) b = f + l;
  else if (u < 56) b = f + "_" + l;
  else if (u < 70) b = f + yy;
  else if (u < 80) b = l + "." + f;
  else if (u < 88) b = f.substr(0, 1) + "." + l;
  else b = f + "_" + l.substr(0, 3) + std::to_string(r.between(1, 99));
  if (r.chance(0.2)) b += std::to_string(r.between(1, 999));
  if (r.chance(0.05)) b += r.chance(0.5) ? ".blitar" : "_blitar";
  if (r.chance(0.1)) b[0] = static_cast<char>(b[0] - 'a' + 'A');
  return b;
}

std::string simple_profile_url(int p, sv h) {
  static constexpr sv kPrefix[] = {"https://www.instagram.com/", "https://www.tiktok.com/@", "https://www.facebook.com/",
                                   "https://www.youtube.com/@", "https://x.com/", "https://www.threads.net/@"};
  return std::string(kPrefix[p]) + std::string(h);
}

constexpr sv kPlatformName[] = {"instagram", "tiktok", "facebook", "youtube", "x", "threads"};

}  // namespace

void Builder::make_akun_laporan() {
  Rng r(stream_seed(seed, 5));
  static constexpr Defect kRowKinds[] = {Defect::handle_format, Defect::url_platform, Defect::pengikut_format,
                                         Defect::tanggal_cek};
  static constexpr Defect kExtraKinds[] = {Defect::akun_ganda, Defect::resmi_pribadi, Defect::akun_twice,
                                           Defect::akun_phantom, Defect::laporan_phantom};
  static constexpr Defect kReportKinds[] = {Defect::laporan_url, Defect::sebelum_terbit, Defect::konten_unknown,
                                            Defect::laporan_ganda, Defect::terlambat};
  static constexpr std::uint32_t kPlatformSample[] = {45, 65, 92, 100, 100, 100};  // cumulative: IG TT FB YT
  static constexpr std::uint32_t kPlatformScale[] = {36, 56, 78, 86, 92, 100};     // and X, Threads
  static constexpr std::uint32_t kStatusCum[] = {80, 90, 94, 96, 100};
  static constexpr sv kStatus[] = {"aktif", "privat", "nonaktif", "tidak_ditemukan", ""};
  static constexpr sv kBadFollowers[] = {"1.5", "2,5", "1.2.3", "±1000", "banyak", "1k+", "2.000+", "seribu",
                                         "100-200", "?"};
  static constexpr sv kBadDates[] = {"31/09/2024", "2024-02-30", "31 Juni 2024", "kemarin", "30-02-2024", "2024-13-01"};
  const std::span<const std::uint32_t> platform_cum = sample ? std::span<const std::uint32_t>(kPlatformSample)
                                                             : std::span<const std::uint32_t>(kPlatformScale);
  const double report_chance = sample ? 0.45 : 0.12;
  std::vector<Account> ganda_pool;                  // clean accounts of earlier ASN
  std::array<std::vector<std::string>, 6> share_pool;  // clean proof links of earlier ASN
  std::uint64_t share_no = 1;
  std::size_t akun_pos = 0, report_pos = 0;

  auto check_date = [&] { return date_written(today - static_cast<std::int32_t>(r.below(120)), r); };
  auto status = [&] { return kStatus[r.weighted(kStatusCum)]; };
  // An added row (a repeat, an official account, another's NIP): its label, status and date
  // are drawn in the braced list's order, which C++ fixes (function arguments it does not).
  auto add_akun = [&](std::uint64_t nip, int p, sv cell, sv followers) {
    comp.add_row(TableId::akun, {nip_digits(nip), platform_label(p, r), cell, followers, status(), check_date()});
  };
  auto new_handle = [&](int p, const std::string& base) {
    std::string h = fit_handle(p, base);
    for (int tries = 0; !claim_handle(p, h); ++tries)
      h = fit_handle(p, base, std::to_string(r.between(1, tries < 6 ? 99 : tries < 12 ? 9999 : 999999)));
    return h;
  };

  for (std::size_t i = 0; i < people.size(); ++i) {
    Person& person = people[i];
    if (person.accounts == 0) continue;
    const std::string who = std::string(first_name(person)) +
                            (last_name(person).empty() ? "" : " " + std::string(last_name(person)));
    std::array<int, 6> mine{};  // 1 + index into accounts, per platform
    std::vector<Account> accounts;
    const std::string base = base_handle(person, r);
    while (accounts.size() < person.accounts) {
      const int p = static_cast<int>(r.weighted(platform_cum));
      if (mine[static_cast<std::size_t>(p)]) continue;
      Account a;
      a.platform = p;
      if (p == kFb && r.chance(0.2)) {
        do {
          a.handle = "1000" + std::to_string(r.between(100000000, 999999999));
          a.handle += std::to_string(r.between(10, 99));
        } while (!claim_handle(p, a.handle));
      } else if (p == kYt && r.chance(0.15)) {
        static constexpr char kId[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        do {
          a.handle = "UC";
          for (int c = 0; c < 22; ++c) a.handle += kId[r.below(64)];
        } while (!claim_handle(p, a.handle));
      } else {
        a.handle = new_handle(p, base);
      }
      std::int64_t f = draw_followers(r);
      a.followers = r.chance(0.08) ? (r.chance(0.3) ? "-" : "") : followers_written(&f, r);
      const bool plain_handle = !(p == kFb && a.handle[0] == '1') && !(p == kYt && is_channel_id(a.handle));
      std::string cell = handle_written(p, a.handle, r);
      std::string followers = a.followers;
      std::string date = check_date();
      const sv label = platform_label(p, r);
      const sv st = status();
      Defect d = planner.draw(kRowKinds, akun_pos++, r);
      std::string note;
      if (d == Defect::handle_format && plain_handle) {
        std::string bad = handle_part(first_name(person)) + " " +
                          (last_name(person).empty() ? std::string("blitar") : handle_part(last_name(person)));
        for (int n = 2; !claim_handle(8 + p, bad); ++n) bad += std::to_string(n % 10);
        cell = (sample || r.chance(0.5) ? "@" : "") + bad;
        note = std::string(kPlatformName[p]) + " handle with a space";
      } else if (d == Defect::url_platform && (!sample || p == kTt)) {
        const int site = sample ? kIg : (p + 1 + static_cast<int>(r.below(5))) % 6;
        cell = site == kIg ? "https://www.instagram.com/" + a.handle + "/?hl=id" : simple_profile_url(site, a.handle);
        note = std::string(kPlatformName[site]) + " profile URL under " + std::string(kPlatformName[p]);
      } else if (d == Defect::pengikut_format) {
        followers = sample ? "1.5" : std::string(kBadFollowers[r.below(std::size(kBadFollowers))]);
        note = "followers that cannot be read as a whole number";
      } else if (d == Defect::tanggal_cek) {
        date = sample ? "31/09/2024" : std::string(kBadDates[r.below(std::size(kBadDates))]);
        note = "a check date that does not exist";
      } else {
        d = Defect::none;
      }
      comp.add_row(TableId::akun, {nip_digits(person.nip), label, cell, followers, st, date});
      switch (d) {
        case Defect::handle_format: plant(d, Rule::AKUN_FORMAT, TableId::akun, "akun", cell, note); break;
        case Defect::url_platform: plant(d, Rule::AKUN_URL_PLATFORM, TableId::akun, "akun", cell, note); break;
        case Defect::pengikut_format: plant(d, Rule::PENGIKUT_FORMAT, TableId::akun, "pengikut", followers, note); break;
        case Defect::tanggal_cek: plant(d, Rule::TANGGAL_FORMAT, TableId::akun, "tanggal_cek", date, note); break;
        default: break;
      }
      mine[static_cast<std::size_t>(p)] = static_cast<int>(accounts.size()) + 1;
      a.clean = d == Defect::none;
      accounts.push_back(std::move(a));
    }

    // rows added after the person's own: an account claimed twice, official ones, others' NIPs
    Defect extra = planner.draw(kExtraKinds, i, r);
    if (extra == Defect::akun_ganda && !ganda_pool.empty()) {
      const Account a = take(ganda_pool, r);
      const std::string cell = handle_written(a.platform, a.handle, r);
      add_akun(person.nip, a.platform, cell, a.followers);
      plant(extra, Rule::AKUN_GANDA, TableId::akun, "akun", cell,
            "the " + std::string(kPlatformName[a.platform]) + " account " + a.handle + " of another ASN claimed by " + who);
    } else if (extra == Defect::resmi_pribadi) {
      Official* pick = nullptr;
      for (Official& o : officials)
        if (!o.used && o.pengelola != person.nip && (!pick || (o.unit == person.unit && pick->unit != person.unit)))
          pick = &o;
      if (pick) {
        pick->used = true;
        const std::string cell = "@" + pick->handle;
        comp.add_row(TableId::akun, {nip_digits(person.nip), platform_label(pick->platform, r), cell,
                                     pick->followers, "aktif", check_date()});
        plant(extra, Rule::AKUN_RESMI_PRIBADI, TableId::akun, "akun", cell,
              "the official " + std::string(kPlatformName[pick->platform]) + " account of " +
                  units[static_cast<std::size_t>(pick->unit)].kode + " listed by " + who + " as personal");
      } else {
        extra = Defect::none;
      }
    } else if (extra == Defect::akun_twice) {
      const Account& a = accounts[r.below(static_cast<std::uint32_t>(accounts.size()))];
      const std::string cell = handle_written(a.platform, a.handle, r);
      add_akun(person.nip, a.platform, cell, a.followers);
      plant(extra, Rule::KUNCI_GANDA, TableId::akun, "platform", cell, "the same account listed twice for one NIP");
    } else if (extra == Defect::akun_phantom) {
      const int p = static_cast<int>(r.weighted(platform_cum));
      Person stranger;
      stranger.sex = r.chance(0.5) ? 1 : 2;
      stranger.birth = person.birth;
      stranger.first = static_cast<std::uint16_t>(r.below(static_cast<std::uint32_t>(female_first_names().size())));
      stranger.last = static_cast<std::uint16_t>(r.below(static_cast<std::uint32_t>(female_last_names().size())));
      const std::string h = new_handle(p, base_handle(stranger, r));
      const std::uint64_t nip = phantom_nip(r);
      const std::string cell = handle_written(p, h, r);
      add_akun(nip, p, cell, "");
      plant(extra, Rule::REFERENSI_PEGAWAI, TableId::akun, "nip", nip_digits(nip), "an account of an NIP not in pegawai");
    } else if (extra != Defect::laporan_phantom) {
      extra = Defect::none;
    }
    if (extra == Defect::none)
      for (const Account& a : accounts)
        if (a.clean && r.chance(0.3)) keep(ganda_pool, a, 64, r);

    // reports
    if (!r.chance(sample ? 0.85 : 0.8)) continue;
    bool phantom_done = extra != Defect::laporan_phantom;
    std::vector<std::pair<int, std::string>> my_shares;  // join share_pool after this ASN's reports
    for (const Campaign& c : konten) {
      if (!c.eligible[static_cast<std::size_t>(person.unit)]) continue;
      if (!r.chance(report_chance * c.pop / 100)) continue;
      int plats[2] = {-1, -1};
      if (mine[static_cast<std::size_t>(c.platform)] && r.chance(0.9)) plats[0] = c.platform;
      else plats[0] = accounts[r.below(static_cast<std::uint32_t>(accounts.size()))].platform;
      if (accounts.size() > 1 && r.chance(0.08)) {
        const int q = accounts[r.below(static_cast<std::uint32_t>(accounts.size()))].platform;
        if (q != plats[0]) plats[1] = q;
      }
      const std::int32_t span = c.batas >= 0 ? c.batas - c.terbit : 14;
      for (int q : plats) {
        if (q < 0) continue;
        const Account& a = accounts[static_cast<std::size_t>(mine[static_cast<std::size_t>(q)] - 1)];
        std::int32_t day = c.terbit + static_cast<std::int32_t>(r.below(static_cast<std::uint32_t>(span + 1)));
        std::string url = share_url(q, a.handle, share_no++, r);
        std::string id = c.id;
        std::string note;
        const bool late = !sample && c.batas >= 0 && r.chance(0.06);
        Defect d = late ? Defect::none : planner.draw(kReportKinds, report_pos, r);
        ++report_pos;
        if (late) {
          day = c.batas + r.between(1, 10);
          ++late_reports;
        } else if (d == Defect::laporan_url) {
          const std::uint32_t form = sample ? 0 : r.below(5);
          if (form == 0) {
            url = "https://drive.google.com/file/d/1" + base62(r.next(), 11);
            url += base62(r.next(), 11) + "/view?usp=sharing";
          }
          else if (form == 1) url = "IMG_2024" + date_iso(day).substr(5, 2) + date_iso(day).substr(8, 2) + "_" + std::to_string(r.between(100000, 235959)) + ".jpg";
          else if (form == 2) url = "Screenshot_" + date_iso(day) + "-" + std::to_string(r.between(100000, 235959)) + ".png";
          else if (form == 3) url = "sudah share";
          else url = share_url((q + 1 + static_cast<int>(r.below(5))) % 6, a.handle, share_no++, r);
          note = form == 0 ? "a Google Drive link to a screenshot as proof" : "proof that is not a link on the platform";
        } else if (d == Defect::sebelum_terbit) {
          day = c.terbit - r.between(1, 5);
          note = "reported " + std::to_string(c.terbit - day) + " days before the post of " + c.id + " was published";
        } else if (d == Defect::konten_unknown) {
          static constexpr sv kIds[] = {"K999", "K000", "K-12", "KO12"};
          id = r.chance(0.5) ? std::string(kIds[r.below(4)]) : "K" + std::to_string(konten.size() + r.between(1, 40));
          note = "a content id that is not in konten";
        } else if (d == Defect::laporan_ganda && !share_pool[static_cast<std::size_t>(q)].empty()) {
          url = take(share_pool[static_cast<std::size_t>(q)], r);
          note = "the proof link of another ASN";
        } else if (d == Defect::terlambat && c.batas >= 0) {
          day = c.batas + r.between(2, 6);
          note = "reported " + std::to_string(day - c.batas) + " days after the deadline of " + c.id;
        } else {
          d = Defect::none;
        }
        const std::string nip = r.chance(0.94) ? nip_digits(person.nip) : nip_written(person.nip, r);
        const std::string date = date_written(day, r);
        comp.add_row(TableId::laporan, {id, nip, platform_label(q, r), url, date});
        switch (d) {
          case Defect::laporan_url: plant(d, Rule::LAPORAN_URL, TableId::laporan, "url_bukti", url, note); break;
          case Defect::sebelum_terbit: plant(d, Rule::LAPORAN_SEBELUM_TERBIT, TableId::laporan, "tanggal_lapor", date, note); break;
          case Defect::konten_unknown: plant(d, Rule::REFERENSI_KONTEN, TableId::laporan, "id_konten", id, note); break;
          case Defect::laporan_ganda: plant(d, Rule::LAPORAN_GANDA, TableId::laporan, "url_bukti", url, note); break;
          case Defect::terlambat: plant(d, Rule::LAPORAN_TERLAMBAT, TableId::laporan, "tanggal_lapor", date, note); break;
          default:
            if (!late) my_shares.emplace_back(q, url);
            break;
        }
      }
      if (!phantom_done) {
        phantom_done = true;
        const std::uint64_t nip = phantom_nip(r);
        const std::int32_t day = c.terbit + static_cast<std::int32_t>(r.below(static_cast<std::uint32_t>(span + 1)));
        comp.add_row(TableId::laporan, {c.id, nip_digits(nip), platform_label(c.platform, r),
                                        share_url(c.platform, base, share_no++, r), date_written(day, r)});
        plant(Defect::laporan_phantom, Rule::REFERENSI_PEGAWAI, TableId::laporan, "nip", nip_digits(nip),
              "a report of an NIP not in pegawai");
      }
    }
    for (auto& [q, url] : my_shares) keep(share_pool[static_cast<std::size_t>(q)], std::move(url), 64, r);
  }
}

}  // namespace kompilasi::gen
