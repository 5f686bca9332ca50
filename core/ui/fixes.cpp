#include "ui/fixes.hpp"

#include "registry/normalize.hpp"

namespace kompilasi::ui {
namespace {

enum class Kind { none, nip, platform, handle, followers, date, jenis_asn, kelamin, status, jenis_unit };

Kind KindOf(TableId t, int c) {
  namespace k = col;
  switch (t) {
    case TableId::unit: return c == k::unit::jenis ? Kind::jenis_unit : Kind::none;
    case TableId::pegawai:
      if (c == k::pegawai::nip) return Kind::nip;
      if (c == k::pegawai::jenis_asn) return Kind::jenis_asn;
      if (c == k::pegawai::jenis_kelamin) return Kind::kelamin;
      return Kind::none;
    case TableId::akun:
      if (c == k::akun::nip) return Kind::nip;
      if (c == k::akun::platform) return Kind::platform;
      if (c == k::akun::akun) return Kind::handle;
      if (c == k::akun::pengikut) return Kind::followers;
      if (c == k::akun::status) return Kind::status;
      if (c == k::akun::tanggal_cek) return Kind::date;
      return Kind::none;
    case TableId::akun_resmi:
      if (c == k::akun_resmi::pengelola_nip) return Kind::nip;
      if (c == k::akun_resmi::platform) return Kind::platform;
      if (c == k::akun_resmi::akun) return Kind::handle;
      if (c == k::akun_resmi::pengikut) return Kind::followers;
      if (c == k::akun_resmi::tanggal_cek) return Kind::date;
      return Kind::none;
    case TableId::konten:
      if (c == k::konten::platform) return Kind::platform;
      if (c == k::konten::tanggal_terbit || c == k::konten::batas_lapor) return Kind::date;
      return Kind::none;
    case TableId::laporan:
      if (c == k::laporan::nip) return Kind::nip;
      if (c == k::laporan::platform) return Kind::platform;
      if (c == k::laporan::tanggal_lapor) return Kind::date;
      return Kind::none;
  }
  return Kind::none;
}

std::optional<std::string> Normal(Kind kind, std::string_view text) {
  const std::string_view s = trim(text);
  if (s.empty()) return std::nullopt;
  switch (kind) {
    case Kind::none: return std::nullopt;
    case Kind::nip:
      if (auto n = parse_nip(s)) return format_nip(*n);
      return std::nullopt;
    case Kind::platform:
      if (auto p = parse_platform(s)) return std::string(platform_name(*p));
      return std::nullopt;
    case Kind::handle: {
      const Handle h = normalize_handle(s);
      if (h.handle.empty()) return std::nullopt;
      return h.handle;
    }
    case Kind::followers: {
      const Followers f = parse_followers(s);
      if (f.kind != Followers::value) return std::nullopt;
      return std::to_string(f.count);
    }
    case Kind::date:
      if (auto d = parse_date(s)) return format_date(*d);
      return std::nullopt;
    case Kind::jenis_asn:
      if (auto j = parse_jenis_asn(s)) return std::string(*j == JenisAsn::pns ? "PNS" : "PPPK");
      return std::nullopt;
    case Kind::kelamin:
      if (auto j = parse_kelamin(s)) return std::string(*j == Kelamin::l ? "L" : "P");
      return std::nullopt;
    case Kind::status:
      if (auto j = parse_status(s)) {
        static const char* names[] = {"aktif", "privat", "nonaktif", "tidak_ditemukan"};
        return std::string(names[static_cast<int>(*j)]);
      }
      return std::nullopt;
    case Kind::jenis_unit:
      if (auto j = parse_jenis_unit(s)) {
        static const char* names[] = {"sekretariat", "dinas", "badan", "kecamatan", "kelurahan", "lainnya"};
        return std::string(names[static_cast<int>(*j)]);
      }
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> SuggestedFix(TableId t, int column, std::string_view text) {
  auto fixed = Normal(KindOf(t, column), text);
  if (!fixed || *fixed == text) return std::nullopt;
  return fixed;
}

CellCheck CheckCell(TableId t, int column, std::string_view text) {
  CellCheck c;
  const auto& cols = spec(t).columns;
  if (trim(text).empty()) {
    if (column >= 0 && static_cast<std::size_t>(column) < cols.size() && cols[static_cast<std::size_t>(column)].required)
      c.kind = CellCheck::required_empty;
    return c;
  }
  const Kind kind = KindOf(t, column);
  if (kind == Kind::none) return c;
  auto normal = Normal(kind, text);
  if (!normal) c.kind = CellCheck::unreadable;
  else if (*normal != text) {
    c.kind = CellCheck::normal_differs;
    c.normal = std::move(*normal);
  }
  return c;
}

bool ColumnHasFixes(TableId t, int column) { return KindOf(t, column) != Kind::none; }

bool NumericColumn(TableId t, int column) { return KindOf(t, column) == Kind::followers; }

}  // namespace kompilasi::ui
