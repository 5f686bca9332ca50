#include "xlsx_dates.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kompilasi {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

struct Civil { long long y; unsigned m, d; };

Civil civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
long long floor_mod(long long a, long long b) { return a - floor_div(a, b) * b; }

// ".mmm" for whole milliseconds, ".uuuuuu" otherwise, "" for none (microseconds in).
std::string fraction(long long us) {
  char buf[24];  // room for any long long: GCC checks the format against the type, not the range
  if (us == 0) return {};
  if (us % 1000 == 0) std::snprintf(buf, sizeof buf, ".%03lld", us / 1000);
  else std::snprintf(buf, sizeof buf, ".%06lld", us);
  return buf;
}

std::string time_text(long long h, long long m, long long s, long long us) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", h, m, s);
  return buf + fraction(us);
}

std::string date_text(long long y, unsigned m, unsigned d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y, m, d);
  return buf;
}

// Python's timedelta construction from a float count of `factor` microseconds: whole part
// exact, fraction through a double, leftover rounded half to even.
long long accumulate(double value, long long factor) {
  double whole_part = 0;
  const double frac = std::modf(value, &whole_part);
  long long total = static_cast<long long>(whole_part) * factor;
  if (frac == 0) return total;
  double us_whole = 0;
  const double leftover = std::modf(static_cast<double>(factor) * frac, &us_whole);
  total += static_cast<long long>(us_whole);
  double rounded = std::round(leftover);
  if (std::fabs(rounded - leftover) == 0.5) {
    const int odd = static_cast<int>(floor_mod(total, 2));
    rounded = 2.0 * std::round((leftover + odd) * 0.5) - odd;
  }
  return total + static_cast<long long>(rounded);
}

std::string duration_text(long long total_us) {
  const char* sign = total_us < 0 ? "-" : "";
  if (total_us < 0) total_us = -total_us;
  const long long secs = total_us / 1000000, us = total_us % 1000000;
  const long long h = secs / 3600, m = secs % 3600 / 60, s = secs % 60;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%sPT%lldH%lldM%lld", sign, h, m, s);
  return buf + fraction(us) + "S";
}

std::string first_section(std::string_view code) { return std::string(code.substr(0, code.find(';'))); }

bool digits_at(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number_at(std::string_view s, std::size_t pos, std::size_t n) {
  return std::atoi(std::string(s.substr(pos, n)).c_str());
}

bool valid_date(long long y, int m, int d) {
  static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days[static_cast<std::size_t>(m - 1)]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

}  // namespace

std::optional<std::string_view> builtin_number_format(int id) {
  static constexpr std::array<std::string_view, 50> codes = {
      "General", "0", "0.00", "#,##0", "#,##0.00", "\"$\"#,##0_);(\"$\"#,##0)",
      "\"$\"#,##0_);[Red](\"$\"#,##0)", "\"$\"#,##0.00_);(\"$\"#,##0.00)",
      "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)", "0%", "0.00%", "0.00E+00", "# ?/?", "# ?\?/??",
      "mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm",
      "h:mm:ss", "m/d/yy h:mm", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
      "#,##0_);(#,##0)", "#,##0_);[Red](#,##0)", "#,##0.00_);(#,##0.00)",
      "#,##0.00_);[Red](#,##0.00)", "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
      "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
      "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
      "_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)", "mm:ss", "[h]:mm:ss",
      "mmss.0", "##0.0E+0", "@"};
  if (id < 0 || id >= static_cast<int>(codes.size()) || (id >= 23 && id <= 36)) return std::nullopt;
  return codes[static_cast<std::size_t>(id)];
}

bool is_date_format(std::string_view code) {
  // openpyxl: drop "literal" groups and [brackets] other than [h] [hh] [m] [mm] [s] [ss],
  // then look for d m h y s that does not follow a backslash and is not the first char.
  const std::string s = first_section(code);
  std::string kept;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') {
      const auto close = s.find('"', i + 1);
      if (close != std::string::npos) { i = close; continue; }
    } else if (s[i] == '[') {
      const std::string_view rest = std::string_view(s).substr(i + 1);
      bool elapsed = false;
      for (std::string_view e : {"h]", "hh]", "m]", "mm]", "s]", "ss]"})
        if (rest.substr(0, e.size()) == e) elapsed = true;
      const auto close = s.find(']', i + 1);
      if (!elapsed && close != std::string::npos) { i = close; continue; }
    }
    kept += s[i];
  }
  for (std::size_t i = 1; i < kept.size(); ++i)
    if (std::string_view("dmhysDMHYS").find(kept[i]) != std::string_view::npos && kept[i - 1] != '\\') return true;
  return false;
}

bool is_duration_format(std::string_view code) {
  std::string s = first_section(code);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (std::string_view e : {"[h]", "[hh]", "[m]", "[mm]", "[s]", "[ss]"})
    if (s.find(e) != std::string::npos) return true;
  return false;
}

std::string serial_text(double v, bool date1904, bool duration) {
  if (!std::isfinite(v) || std::fabs(v) >= 1e8) return "#VALUE!";
  if (duration) {
    long long us = accumulate(v, 86400000000LL);
    if (const long long part = floor_mod(us, 1000000); part != 0) {
      long long ms = part / 1000, rest = part % 1000;  // round(part, -3), half to even
      if (rest > 500 || (rest == 500 && ms % 2 == 1)) ++ms;
      us = floor_div(us, 1000000) * 1000000 + ms * 1000;
    }
    return duration_text(us);
  }
  double day = std::floor(v);
  const double frac = v - day;
  const auto ms = static_cast<long long>(std::nearbyint(frac * 86400.0 * 1000.0));
  if (v >= 0 && v < 1 && ms < 86400000)
    return time_text(ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000 * 1000);
  if (v > 0 && v < 60 && !date1904) day += 1;
  const long long epoch = date1904 ? days_from_civil(1904, 1, 1) : days_from_civil(1899, 12, 30);
  const long long total_ms = (static_cast<long long>(day) + epoch) * 86400000LL + ms;
  const long long days = floor_div(total_ms, 86400000LL), in_day = floor_mod(total_ms, 86400000LL);
  const Civil c = civil_from_days(days);
  if (c.y < 1 || c.y > 9999) return "#VALUE!";
  if (in_day == 0) return date_text(c.y, c.m, c.d);
  return date_text(c.y, c.m, c.d) + "T" +
         time_text(in_day / 3600000, in_day / 60000 % 60, in_day / 1000 % 60, in_day % 1000 * 1000);
}

std::optional<std::string> iso_cell_text(std::string_view s) {
  // openpyxl's ISO_REGEX, matched from the start:
  // (YYYY-MM-DD)?T?(HH:MM(:SS(.f{1,3})?)?)?Z?
  std::size_t pos = 0;
  const bool has_date = digits_at(s, 0, 4) && s.size() > 4 && s[4] == '-' && digits_at(s, 5, 2) &&
                        s.size() > 7 && s[7] == '-' && digits_at(s, 8, 2);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  long long us = 0;
  if (has_date) {
    y = number_at(s, 0, 4), mo = number_at(s, 5, 2), d = number_at(s, 8, 2);
    pos = 10;
  }
  if (pos < s.size() && s[pos] == 'T') ++pos;
  const bool has_time = digits_at(s, pos, 2) && pos + 2 < s.size() && s[pos + 2] == ':' && digits_at(s, pos + 3, 2);
  if (has_time) {
    h = number_at(s, pos, 2), mi = number_at(s, pos + 3, 2);
    pos += 5;
    if (pos < s.size() && s[pos] == ':' && digits_at(s, pos + 1, 2)) {
      sec = number_at(s, pos + 1, 2);
      pos += 3;
      if (pos < s.size() && s[pos] == '.' && digits_at(s, pos + 1, 1)) {
        std::size_t n = 1;
        while (n < 3 && digits_at(s, pos + 1 + n, 1)) ++n;
        us = static_cast<long long>(std::strtod(std::string(s.substr(pos, n + 1)).c_str(), nullptr) * 1000000);
      }
    }
  }
  if (has_date || has_time) {
    if (has_date && !valid_date(y, mo, d)) return std::nullopt;
    if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
    if (!has_time) return date_text(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const std::string t = time_text(h, mi, sec, us);
    if (!has_date) return t;
    if (h == 0 && mi == 0 && sec == 0 && us == 0) return date_text(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return date_text(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) + "T" + t;
  }
  // PT(nH)?(nM)?(n(.f{1,3})?S)?
  if (s.substr(0, 2) != "PT") return std::nullopt;
  pos = 2;
  bool any = false;
  long long total = 0;
  auto number = [&](std::size_t& p) {
    const std::size_t start = p;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
    return s.substr(start, p - start);
  };
  for (const auto& [unit, factor] : {std::pair{'H', 3600000000LL}, std::pair{'M', 60000000LL}}) {
    std::size_t p = pos;
    const std::string_view n = number(p);
    if (!n.empty() && p < s.size() && s[p] == unit) {
      total += accumulate(std::strtod(std::string(n).c_str(), nullptr), factor);
      pos = p + 1;
      any = true;
    }
  }
  std::size_t p = pos;
  std::string_view n = number(p);
  if (!n.empty()) {
    std::size_t q = p;
    if (q < s.size() && s[q] == '.' && digits_at(s, q + 1, 1)) {
      ++q;
      std::size_t k = 0;
      while (k < 3 && digits_at(s, q, 1)) ++q, ++k;
    }
    if (q < s.size() && s[q] == 'S') {
      total += accumulate(std::strtod(std::string(s.substr(pos, q - pos)).c_str(), nullptr), 1000000LL);
      any = true;
    }
  }
  if (!any) return std::nullopt;
  return duration_text(total);
}

}  // namespace kompilasi
