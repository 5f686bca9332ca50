#include "merge_normalize.hpp"

#include <algorithm>
#include <vector>

namespace kompilasi {
namespace {

enum class Kind { text, nip, platform, handle, followers, date, jenis_asn, kelamin, status, jenis_unit, sasaran, phone, email };

Kind kind_of(TableId t, std::size_t c) {
  switch (t) {
    case TableId::unit:
      return c == col::unit::jenis ? Kind::jenis_unit : Kind::text;
    case TableId::pegawai:
      switch (c) {
        case col::pegawai::nip: return Kind::nip;
        case col::pegawai::jenis_asn: return Kind::jenis_asn;
        case col::pegawai::jenis_kelamin: return Kind::kelamin;
        case col::pegawai::email: return Kind::email;
        case col::pegawai::no_hp: return Kind::phone;
        default: return Kind::text;
      }
    case TableId::akun:
      switch (c) {
        case col::akun::nip: return Kind::nip;
        case col::akun::platform: return Kind::platform;
        case col::akun::akun: return Kind::handle;
        case col::akun::pengikut: return Kind::followers;
        case col::akun::status: return Kind::status;
        case col::akun::tanggal_cek: return Kind::date;
        default: return Kind::text;
      }
    case TableId::akun_resmi:
      switch (c) {
        case col::akun_resmi::platform: return Kind::platform;
        case col::akun_resmi::akun: return Kind::handle;
        case col::akun_resmi::pengikut: return Kind::followers;
        case col::akun_resmi::pengelola_nip: return Kind::nip;
        case col::akun_resmi::tanggal_cek: return Kind::date;
        default: return Kind::text;
      }
    case TableId::konten:
      switch (c) {
        case col::konten::platform: return Kind::platform;
        case col::konten::tanggal_terbit: case col::konten::batas_lapor: return Kind::date;
        case col::konten::sasaran: return Kind::sasaran;
        default: return Kind::text;
      }
    case TableId::laporan:
      switch (c) {
        case col::laporan::nip: return Kind::nip;
        case col::laporan::platform: return Kind::platform;
        case col::laporan::tanggal_lapor: return Kind::date;
        default: return Kind::text;
      }
  }
  return Kind::text;
}

// trimmed, inner runs of ASCII spaces and tabs as one space
std::string_view plain(std::string_view s, std::string& out) {
  s = trim(s);
  out.clear();
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::string_view put(std::string_view v, std::string& out) {
  out.assign(v);
  return out;
}

template <class E>
std::string_view put_enum(std::optional<E> e, std::initializer_list<std::string_view> names, std::string_view s,
                          std::string& out) {
  if (!e) return plain(s, out);
  return put(*(names.begin() + static_cast<int>(*e)), out);
}

}  // namespace

int platform_column(TableId t) {
  switch (t) {
    case TableId::akun: return col::akun::platform;
    case TableId::akun_resmi: return col::akun_resmi::platform;
    case TableId::konten: return col::konten::platform;
    case TableId::laporan: return col::laporan::platform;
    default: return -1;
  }
}

std::string_view merge_value(TableId t, std::size_t column, std::string_view text, std::optional<Platform> platform,
                             std::string& out) {
  const Kind kind = column < spec(t).columns.size() ? kind_of(t, column) : Kind::text;
  const std::string_view s = trim(text);
  switch (kind) {
    case Kind::text: return plain(s, out);
    case Kind::nip:
      if (const auto n = parse_nip(s)) return put(format_nip(*n), out);
      return plain(s, out);
    case Kind::platform:
      if (const auto p = parse_platform(s)) return put(platform_name(*p), out);
      return plain(s, out);
    case Kind::handle: {
      if (!platform || s.empty()) return plain(s, out);
      const Handle h = normalize_handle(s);
      return put(handle_key(*platform, h.handle), out);
    }
    case Kind::followers: {
      const Followers f = parse_followers(s);
      if (f.kind == Followers::unknown) return put("", out);
      if (f.kind == Followers::value) return put(std::to_string(f.count), out);
      return plain(s, out);
    }
    case Kind::date:
      if (const auto d = parse_date(s)) return put(format_date(*d), out);
      return plain(s, out);
    case Kind::jenis_asn: return put_enum(parse_jenis_asn(s), {"PNS", "PPPK"}, s, out);
    case Kind::kelamin: return put_enum(parse_kelamin(s), {"L", "P"}, s, out);
    case Kind::status: return put_enum(parse_status(s), {"aktif", "privat", "nonaktif", "tidak_ditemukan"}, s, out);
    case Kind::jenis_unit:
      return put_enum(parse_jenis_unit(s), {"sekretariat", "dinas", "badan", "kecamatan", "kelurahan", "lainnya"}, s,
                      out);
    case Kind::sasaran: {
      std::vector<std::string_view> codes;
      std::size_t from = 0;
      while (from <= s.size()) {
        const std::size_t to = std::min(s.find(';', from), s.size());
        if (const auto code = trim(s.substr(from, to - from)); !code.empty()) codes.push_back(code);
        from = to + 1;
      }
      std::sort(codes.begin(), codes.end());
      codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
      out.clear();
      for (std::size_t i = 0; i < codes.size(); ++i) {
        if (i) out += ';';
        out += codes[i];
      }
      return out;
    }
    case Kind::phone: {
      out.clear();
      for (char ch : s)
        if (ch >= '0' && ch <= '9') out += ch;
      if (out.empty()) return plain(s, out);
      // +62 812… and 62812… are the same number as 0812…
      if (out.size() > 3 && out.compare(0, 2, "62") == 0 && (out[2] == '8' || s.find('+') != std::string_view::npos))
        out.replace(0, 2, "0");
      return out;
    }
    case Kind::email: {
      plain(s, out);
      for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      return out;
    }
  }
  return plain(s, out);
}

}  // namespace kompilasi
