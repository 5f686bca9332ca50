#include "report_format.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "normalize.hpp"

namespace kompilasi {
namespace {

constexpr std::string_view kMonthsId[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                          "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr std::string_view kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

char group_sep(Lang lang) { return lang == Lang::en ? ',' : '.'; }
char decimal_sep(Lang lang) { return lang == Lang::en ? '.' : ','; }

std::string group_digits(std::string digits, Lang lang) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i && (n - i) % 3 == 0) out += group_sep(lang);
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string format_count(std::int64_t n, Lang lang) {
  const bool negative = n < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string out = negative ? "-" : "";
  out += group_digits(std::to_string(magnitude), lang);
  return out;
}

std::string format_decimal(double v, int decimals, Lang lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string text = buf;
  std::string whole = text, frac;
  if (const auto dot = text.find('.'); dot != std::string::npos) whole = text.substr(0, dot), frac = text.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string out = v < 0 && (whole != "0" || !frac.empty()) ? "-" : "";
  out += group_digits(whole, lang);
  if (!frac.empty()) out += decimal_sep(lang) + frac;
  return out;
}

std::string format_percent(std::optional<double> r, Lang lang) {
  if (!r || !std::isfinite(*r)) return "\u2013";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", *r * 100.0);
  std::string s = buf;
  if (const auto dot = s.find('.'); dot != std::string::npos) s[dot] = decimal_sep(lang);
  return lang == Lang::en ? s + "%" : s + "\u00a0%";
}

std::string format_short(std::int64_t n, Lang lang) {
  const bool en = lang == Lang::en;
  if (n >= 1000000) return format_decimal(std::floor(static_cast<double>(n) / 100000.0) / 10.0, 1, lang) + (en ? "M" : "\u00a0jt");
  if (n >= 1000) return format_count(n / 1000, lang) + (en ? "k" : "\u00a0rb");
  return format_count(n, lang);
}

std::string format_long_date(std::string_view iso, Lang lang) {
  const auto d = parse_date(iso);
  if (!d) return std::string(iso);
  const auto& months = lang == Lang::en ? kMonthsEn : kMonthsId;
  return std::to_string(d->d) + " " + std::string(months[d->m - 1]) + " " + std::to_string(d->y);
}

std::string today_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

}  // namespace kompilasi
