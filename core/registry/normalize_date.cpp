#include <array>

#include "normalize.hpp"

namespace kompilasi {
namespace {

// Indonesian month names and the short forms of DATA.md section 3 (plus the older
// spellings "Pebruari" and "Nopember", still common in official letters).
struct MonthName {
  std::string_view name;
  int month;
};
constexpr std::array<MonthName, 28> kMonths = {{
    {"januari", 1}, {"februari", 2}, {"pebruari", 2}, {"maret", 3}, {"april", 4}, {"mei", 5},
    {"juni", 6}, {"juli", 7}, {"agustus", 8}, {"september", 9}, {"oktober", 10}, {"november", 11},
    {"nopember", 11}, {"desember", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6},
    {"jul", 7}, {"agu", 8}, {"agt", 8}, {"ags", 8}, {"sep", 9}, {"okt", 10}, {"nov", 11}, {"des", 12},
    {"nop", 11},
}};

int month_by_name(std::string_view w) {
  for (const auto& m : kMonths)
    if (iequals_ascii(w, m.name)) return m.month;
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max digits at s[i]; returns the count read (0: none).
int read_number(std::string_view s, std::size_t& i, int max, int& out) {
  int n = 0;
  out = 0;
  while (i < s.size() && is_digit(s[i]) && n < max) { out = out * 10 + (s[i] - '0'); ++i; ++n; }
  if (i < s.size() && is_digit(s[i])) return 0;  // more digits than allowed
  return n;
}

// What may follow a date: nothing, or a time of day ("12:34", "12:34:56", "12.34.56"),
// after spaces or an ISO 'T'. The time is not interpreted.
bool time_tail_ok(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest[0] != ' ' && rest[0] != 'T') return false;
  rest = trim(rest.substr(1));
  if (rest.empty() || !is_digit(rest[0])) return false;
  bool colon = false;
  for (char c : rest) {
    if (c == ':') colon = true;
    else if (!is_digit(c) && c != '.') return false;
  }
  return colon;
}

}  // namespace

bool valid_date(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= (m == 2 && leap ? 29 : kDays[m - 1]);
}

std::optional<Date> parse_date(std::string_view s) {
  s = trim(s);
  std::size_t i = 0;
  int a = 0;
  const int na = read_number(s, i, 4, a);
  if (na == 0 || i >= s.size()) return std::nullopt;
  Date d;
  const char sep = s[i];
  if (na == 4 && sep == '-') {  // YYYY-MM-DD
    ++i;
    int m = 0, day = 0;
    if (!read_number(s, i, 2, m) || i >= s.size() || s[i] != '-') return std::nullopt;
    ++i;
    if (!read_number(s, i, 2, day)) return std::nullopt;
    d = {a, m, day};
  } else if (na <= 2 && (sep == '/' || sep == '-')) {  // D/M/YYYY, D-M-YYYY
    ++i;
    int m = 0, y = 0;
    if (!read_number(s, i, 2, m) || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    if (read_number(s, i, 4, y) != 4) return std::nullopt;
    d = {y, m, a};
  } else if (na <= 2 && sep == ' ') {  // D Month YYYY
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t w0 = i;
    while (i < s.size() && s[i] != ' ') ++i;
    const int m = month_by_name(s.substr(w0, i - w0));
    if (!m) return std::nullopt;
    while (i < s.size() && s[i] == ' ') ++i;
    int y = 0;
    if (read_number(s, i, 4, y) != 4) return std::nullopt;
    d = {y, m, a};
  } else {
    return std::nullopt;
  }
  if (!valid_date(d.y, d.m, d.d) || !time_tail_ok(s.substr(i))) return std::nullopt;
  return d;
}

std::string format_date(Date d) {
  std::string out = "0000-00-00";
  const auto put = [&](std::size_t at, int v, int width) {
    for (int i = width - 1; i >= 0; --i, v /= 10) out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
  };
  put(0, d.y, 4);
  put(5, d.m, 2);
  put(8, d.d, 2);
  return out;
}

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian).
std::int32_t days_from_civil(Date d) {
  const int y = d.y - (d.m <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153u * static_cast<unsigned>(d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d.d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
}

Date civil_from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {y + (m <= 2), m, d};
}

int completed_years(Date birth, Date at) {
  int years = at.y - birth.y;
  if (at.m < birth.m || (at.m == birth.m && at.d < birth.d)) --years;
  return years;
}

}  // namespace kompilasi
