// Normalisers of DATA.md section 3: each reads one cell as people write it and returns
// the canonical value, or nothing when the text cannot be read. Pure functions, no
// allocation on the common paths (they run over millions of cells).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kompilasi {

// ---- text -----------------------------------------------------------------------------
// Strips ASCII spaces (and NBSP) at both ends.
std::string_view trim(std::string_view s);
// Header comparison form: lowercase ASCII, spaces and punctuation removed ("No. HP/WA" → "nohpwa").
std::string fold_header(std::string_view s);
// fold_header into a caller buffer, for matching short values against alias lists without
// allocating; an empty view when the folded text would not fit (then it matches no alias).
inline constexpr std::size_t kFoldShort = 32;
std::string_view fold_short(std::string_view s, char (&buf)[kFoldShort]);
bool iequals_ascii(std::string_view a, std::string_view b);

// ---- NIP ------------------------------------------------------------------------------
// The 18 digits of an NIP after removing spaces, dots and dashes, as a number; nothing when
// the rest is not exactly 18 digits.
std::optional<std::uint64_t> parse_nip(std::string_view s);
std::string format_nip(std::uint64_t nip);  // the 18 digits, zero-padded

// ---- dates ----------------------------------------------------------------------------
struct Date {
  int y = 0, m = 0, d = 0;
  auto operator<=>(const Date&) const = default;
};
bool valid_date(int y, int m, int d);
// YYYY-MM-DD, D/M/YYYY, D-M-YYYY, "26 September 1986", "12 Agu 2024", with an optional time after.
std::optional<Date> parse_date(std::string_view s);
std::string format_date(Date d);            // YYYY-MM-DD
std::int32_t days_from_civil(Date d);       // days since 1970-01-01
Date civil_from_days(std::int32_t days);
int completed_years(Date birth, Date at);

// ---- platforms ------------------------------------------------------------------------
enum class Platform : std::uint8_t { instagram, tiktok, facebook, youtube, x, threads };
inline constexpr int kPlatformCount = 6;
std::string_view platform_name(Platform p);               // "instagram"
std::optional<Platform> parse_platform(std::string_view s);  // "IG", "Tik Tok", "Twitter", ...
// The platform whose site hosts a URL (any sub-domain counts), or nothing when the text is
// not a URL of one of the six platforms' sites.
std::optional<Platform> url_platform(std::string_view url);
bool looks_like_url(std::string_view s);
// The host of a URL (scheme, user, port and a final dot removed; case kept), or of text
// that is not one: everything before the first '/', '?' or '#'.
std::string_view url_host(std::string_view url);  // has a scheme or a host with a dot before the first '/'

// ---- handles --------------------------------------------------------------------------
struct Handle {
  std::string handle;                  // the handle without '@', as written (case kept)
  bool from_url = false;               // the cell was a profile URL
  std::optional<Platform> url_site;    // platform of that URL's site (nothing: unknown site)
};
// "@name", "name", or any profile URL form of section 3 → the handle.
Handle normalize_handle(std::string_view cell);
// The same without allocating: the handle is always a piece of the cell.
struct HandleView {
  std::string_view handle;
  bool from_url = false;
  std::optional<Platform> url_site;
};
HandleView normalize_handle_view(std::string_view cell);
// AKUN_FORMAT: the handle follows the platform's rules.
bool handle_valid(Platform p, std::string_view handle);
// Comparison key: lowercase, except YouTube channel ids (UC…), which are case-sensitive.
std::string handle_key(Platform p, std::string_view handle);
// handle_key written into buf (reused across calls, so no allocation once it is large enough).
std::string_view handle_key_to(Platform p, std::string_view handle, std::string& buf);
bool is_channel_id(std::string_view handle);  // YouTube "UC" + 22 of A-Z a-z 0-9 _ -

// ---- followers ------------------------------------------------------------------------
struct Followers {
  enum Kind : std::uint8_t { unknown, value, invalid } kind = unknown;
  std::int64_t count = 0;
};
// "1.234", "1,2 rb", "3 jt", "2M"; empty or "-" is unknown.
Followers parse_followers(std::string_view s);

// ---- enumerations (aliases of section 3) -----------------------------------------------
enum class JenisAsn : std::uint8_t { pns, pppk };
std::optional<JenisAsn> parse_jenis_asn(std::string_view s);  // CPNS→PNS, P3K→PPPK
enum class Kelamin : std::uint8_t { l, p };
std::optional<Kelamin> parse_kelamin(std::string_view s);      // Laki-laki→L, Perempuan→P
enum class StatusAkun : std::uint8_t { aktif, privat, nonaktif, tidak_ditemukan };
std::optional<StatusAkun> parse_status(std::string_view s);
enum class JenisUnit : std::uint8_t { sekretariat, dinas, badan, kecamatan, kelurahan, lainnya };
std::optional<JenisUnit> parse_jenis_unit(std::string_view s);

}  // namespace kompilasi
