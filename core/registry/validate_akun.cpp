// Rules on `akun_resmi` and `akun`: platforms, handles and profile URLs, followers,
// repeated accounts, official accounts listed as personal, NIP references.
#include "validate_context.hpp"

namespace kompilasi::detail {
namespace {

struct AccountCell {
  std::int8_t platform = -1;
  std::uint32_t key = 0;  // handle key id in norm.keys, 0 when there is none to compare
};

// PLATFORM_TIDAK_DIKENAL, AKUN_URL_PLATFORM (only that, for a URL of another site) and
// AKUN_FORMAT; returns the platform and the handle's comparison key.
AccountCell check_account(Ctx& x, TableId t, std::size_t r, std::uint8_t plat_col, std::uint8_t akun_col,
                          std::uint32_t empty) {
  const Table& tab = x.c.table(t);
  AccountCell out;
  if (!(empty & (1u << plat_col))) {
    const std::uint32_t pid = tab.id_at(r, plat_col);
    out.platform = x.platform(pid);
    if (out.platform < 0)
      x.add(Rule::PLATFORM_TIDAK_DIKENAL, Severity::error, t, r, plat_col, x.text(pid), 0,
            "instagram, tiktok, facebook, youtube, x, threads");
  }
  if (out.platform < 0 || (empty & (1u << akun_col))) return out;
  const Platform p = static_cast<Platform>(out.platform);
  const std::string_view cell = x.text(tab.id_at(r, akun_col));
  const HandleView h = normalize_handle_view(cell);
  if (h.from_url && h.url_site != p) {
    std::string site = h.url_site ? std::string(platform_name(*h.url_site)) : std::string(url_host(cell));
    x.add(Rule::AKUN_URL_PLATFORM, Severity::error, t, r, akun_col, cell, 0, std::move(site));
    return out;
  }
  if (!handle_valid(p, h.handle))
    x.add(Rule::AKUN_FORMAT, Severity::error, t, r, akun_col, cell, 0, std::string(h.handle));
  if (!h.handle.empty()) out.key = x.v.norm.keys.intern(handle_key_to(p, h.handle, x.keybuf));
  return out;
}

std::int64_t check_followers(Ctx& x, TableId t, std::size_t r, std::uint8_t col) {
  const std::uint32_t id = x.c.table(t).id_at(r, col);
  if (id == 0) return kNoCount;
  const Followers f = parse_followers(x.text(id));
  if (f.kind == Followers::invalid) x.add(Rule::PENGIKUT_FORMAT, Severity::error, t, r, col, x.text(id));
  return f.kind == Followers::value ? f.count : kNoCount;
}

}  // namespace

void start_akun_resmi(Ctx& x) {
  const std::size_t n = x.c.table(TableId::akun_resmi).rows();
  Normalized& norm = x.v.norm;
  norm.resmi_unit.assign(n, kNone);
  norm.resmi_platform.assign(n, -1);
  norm.resmi_handle.assign(n, 0);
  norm.resmi_pengikut.assign(n, kNoCount);
  const std::size_t handles = n + x.c.table(TableId::akun).rows();
  x.v.norm.keys.reserve(handles, handles);
  x.resmi_first = FirstByAccount(norm.keys.size() + n, norm.resmi_platform);
}

void check_akun_resmi(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::akun_resmi;
  const TableId T = TableId::akun_resmi;
  const Table& t = x.c.table(T);
  Normalized& norm = x.v.norm;
  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t empty = check_required(x, T, r);
    if (!(empty & (1u << kode_unit))) {
      const std::uint32_t id = t.id_at(r, kode_unit);
      const std::uint32_t u = x.unit_row(id);
      if (u == kNoIndex)
        x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, T, r, kode_unit, trim(x.text(id)));
      else
        norm.resmi_unit[r] = static_cast<std::int32_t>(u);
    }
    const AccountCell a = check_account(x, T, r, platform, akun, empty);
    norm.resmi_platform[r] = a.platform;
    norm.resmi_handle[r] = a.key;
    if (a.key) {
      const std::uint32_t first = x.resmi_first.try_emplace(a.key, a.platform, static_cast<std::uint32_t>(r));
      if (first != r)
        x.add(Rule::KUNCI_GANDA, Severity::error, T, r, platform, x.text(t.id_at(r, akun)), x.src_row(T, first));
    }
    norm.resmi_pengikut[r] = check_followers(x, T, r, pengikut);
    std::uint32_t peg;
    check_nip_reference(x, T, r, pengelola_nip, peg);
    check_date(x, T, r, tanggal_cek);
  }
}

void start_akun(Ctx& x) {
  const std::size_t n = x.c.table(TableId::akun).rows();
  Normalized& norm = x.v.norm;
  norm.akun_nip.assign(n, 0);
  norm.akun_platform.assign(n, -1);
  norm.akun_handle.assign(n, 0);
  norm.akun_pengikut.assign(n, kNoCount);
  norm.akun_counts.assign(n, 0);
  norm.akun_pegawai.assign(n, kNone);
  x.akun_first = FirstByAccount(norm.keys.size() + n, norm.akun_platform);
}

void check_akun(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::akun;
  const TableId T = TableId::akun;
  const Table& t = x.c.table(T);
  Normalized& norm = x.v.norm;
  FirstByAccount& first_by_account = x.akun_first;
  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t empty = check_required(x, T, r);
    std::uint32_t peg = kNoIndex;
    if (!(empty & (1u << nip))) {
      norm.akun_nip[r] = check_nip_reference(x, T, r, nip, peg);
      if (peg != kNoIndex) {
        norm.akun_pegawai[r] = static_cast<std::int32_t>(peg);
        x.pegawai_named[peg] = 1;
      }
    }
    const AccountCell a = check_account(x, T, r, platform, akun, empty);
    norm.akun_platform[r] = a.platform;
    norm.akun_handle[r] = a.key;
    bool official = false;
    if (a.key) {
      const std::uint32_t first = first_by_account.try_emplace(a.key, a.platform, static_cast<std::uint32_t>(r));
      if (first != r && norm.akun_nip[first] == norm.akun_nip[r])
        x.add(Rule::KUNCI_GANDA, Severity::warning, T, r, platform, x.text(t.id_at(r, akun)), x.src_row(T, first));
      else if (first != r)
        x.add(Rule::AKUN_GANDA, Severity::error, T, r, akun, x.text(t.id_at(r, akun)), x.src_row(T, first),
              std::string(trim(x.text(t.id_at(first, nip)))));
      const std::uint32_t resmi = x.resmi_first.find(a.key, a.platform);
      if (resmi != kNoIndex) {
        official = true;
        const std::uint32_t unit_id = x.c.table(TableId::akun_resmi).id_at(resmi, col::akun_resmi::kode_unit);
        x.add(Rule::AKUN_RESMI_PRIBADI, Severity::warning, T, r, akun, x.text(t.id_at(r, akun)), 0,
              std::string(trim(x.text(unit_id))));
      }
    }
    norm.akun_pengikut[r] = check_followers(x, T, r, pengikut);
    bool counts = !official;
    const std::uint32_t st = t.id_at(r, status);
    if (!x.blank(st)) {
      const std::int8_t code = x.status_cache.get(st, [&]() -> std::int8_t {
        const auto s = parse_status(x.text(st));
        return s ? static_cast<std::int8_t>(*s) : -1;
      });
      const std::optional<StatusAkun> s =
          code < 0 ? std::nullopt : std::optional<StatusAkun>(static_cast<StatusAkun>(code));
      if (!s) {
        x.add(Rule::NILAI_TIDAK_DIKENAL, Severity::warning, T, r, status, x.text(st), 0,
              "aktif, privat, nonaktif, tidak_ditemukan");
        counts = false;
      } else if (*s != StatusAkun::aktif && *s != StatusAkun::privat) {
        counts = false;
      }
    }
    norm.akun_counts[r] = counts;
    check_date(x, T, r, tanggal_cek);
  }
}

void finish_akun(Ctx& x) { x.akun_first = FirstByAccount(); }

}  // namespace kompilasi::detail
