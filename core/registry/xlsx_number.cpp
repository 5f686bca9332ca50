#include "xlsx_number.hpp"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace kompilasi {
namespace {

struct Digits {
  std::string d;  // significant digits, d[0] != '0'
  int exp = 0;    // x = d[0].d[1..] × 10^exp
};

double parse(const Digits& g) {
  std::string s;
  s.reserve(g.d.size() + 8);
  s += g.d[0];
  if (g.d.size() > 1) { s += '.'; s.append(g.d, 1, std::string::npos); }
  s += 'e';
  s += std::to_string(g.exp);
  return std::strtod(s.c_str(), nullptr);
}

// The correctly rounded decimal of x with prec + 1 significant digits.
Digits nearest(double x, int prec) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", prec, x);
  Digits g;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') g.d += *p;
  g.exp = *p ? std::atoi(p + 1) : 0;
  return g;
}

// g ± one unit in its last digit.
Digits step(Digits g, int dir) {
  std::string& d = g.d;
  if (dir > 0) {
    int i = static_cast<int>(d.size()) - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i < 0) { d.insert(d.begin(), '1'); d.pop_back(); ++g.exp; }
    else ++d[i];
  } else {
    int i = static_cast<int>(d.size()) - 1;
    while (i >= 0 && d[i] == '0') d[i--] = '9';
    --d[i];
    if (d[0] == '0') { d.erase(0, 1); --g.exp; if (d.empty()) d = "0"; }
  }
  return g;
}

void strip_zeros(Digits& g) {
  while (g.d.size() > 1 && g.d.back() == '0') g.d.pop_back();
}

// Shortest digits that read back as x (x finite, > 0); of two such, the nearer to x.
Digits shortest(double x) {
  // For a normal double, any string of <= 15 digits that reads back is the nearest
  // 15-digit decimal with zeros dropped (15-digit spacing exceeds a double's precision),
  // so the search starts there. Subnormals have fewer significant bits: search from 1.
  const int first = x >= DBL_MIN ? 14 : 0;
  for (int prec = first;; ++prec) {
    Digits g = nearest(x, prec);
    const double y = parse(g);
    if (y == x || prec >= 16) { strip_zeros(g); return g; }
    // The nearest decimal of this length fell outside x's rounding interval; the
    // neighbour on x's other side may not (at powers of two the interval is lopsided).
    Digits other = step(g, y < x ? +1 : -1);
    if (other.d != "0" && parse(other) == x) { strip_zeros(other); return other; }
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string format_number(double x) {
  if (std::isnan(x)) return "NaN";
  if (x == 0) return "0";
  if (std::isinf(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x < 0) return "-" + format_number(-x);
  // Whole numbers below 1e15 are their own shortest digits (the common case: counts, dates).
  if (x < 1e15 && x == std::floor(x)) return std::to_string(static_cast<long long>(x));
  const Digits g = shortest(x);
  const std::string& s = g.d;
  const int k = static_cast<int>(s.size());
  const int n = g.exp + 1;  // x = 0.s × 10^n
  if (k <= n && n <= 21) return s + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return s.substr(0, static_cast<std::size_t>(n)) + "." + s.substr(static_cast<std::size_t>(n));
  if (-6 < n && n <= 0) return "0." + std::string(static_cast<std::size_t>(-n), '0') + s;
  const int e = n - 1;
  std::string out(1, s[0]);
  if (k > 1) out += "." + s.substr(1);
  out += e >= 0 ? "e+" : "e-";
  out += std::to_string(e >= 0 ? e : -e);
  return out;
}

std::optional<std::string> number_cell_text(std::string_view text, double& value) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  std::string_view digits = text;
  const bool negative = digits[0] == '-';
  if (digits[0] == '-' || digits[0] == '+') digits.remove_prefix(1);
  bool integer = !digits.empty();
  for (char c : digits) integer = integer && c >= '0' && c <= '9';
  const std::string owned(text);
  char* end = nullptr;
  value = std::strtod(owned.c_str(), &end);
  if (integer) {
    while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
    if (digits.size() <= 21) {
      if (digits == "0") return std::string("0");
      return (negative ? "-" : "") + std::string(digits);
    }
    return format_number(value);
  }
  for (char c : text)
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return std::nullopt;
  if (end != owned.c_str() + owned.size()) return std::nullopt;
  return format_number(value);
}

}  // namespace kompilasi
