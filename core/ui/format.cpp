#include "ui/format.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "registry/normalize.hpp"

namespace kompilasi::ui {

std::string FormatInt(std::int64_t n, Lang lang) {
  const char sep = lang == Lang::id ? '.' : ',';
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string FormatPercent(std::optional<double> ratio, Lang lang) {
  if (!ratio || !std::isfinite(*ratio)) return "\xE2\x80\x93";  // en dash
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", *ratio * 100.0);
  std::string s = buf;
  if (lang == Lang::id)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string FormatDate(std::string_view iso, Lang lang) {
  static const char* id_months[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"};
  static const char* en_months[] = {"January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"};
  const auto d = iso.size() == 10 ? parse_date(iso) : std::nullopt;
  if (!d) return std::string(iso);
  return std::to_string(d->d) + " " + (lang == Lang::id ? id_months : en_months)[d->m - 1] + " " + std::to_string(d->y);
}

std::string TodayIso() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace kompilasi::ui
