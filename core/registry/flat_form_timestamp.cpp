#include "flat_form_timestamp.hpp"

#include "normalize.hpp"

namespace kompilasi {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  void skip_spaces() {
    while (!done() && (s[i] == ' ' || s[i] == ',')) ++i;
  }
  // Reads 1..max digits; returns the value and how many digits were read.
  int number(int& digits, int max = 4) {
    int v = 0;
    digits = 0;
    while (!done() && is_digit(s[i]) && digits < max) v = v * 10 + (s[i++] - '0'), ++digits;
    return v;
  }
  bool accept_word(std::string_view w) {  // case-insensitive, not followed by a letter
    if (s.size() - i < w.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
      if ((s[i + k] | 0x20) != (w[k] | 0x20)) return false;
    if (i + w.size() < s.size() && is_letter(s[i + w.size()])) return false;
    i += w.size();
    return true;
  }
};

struct NumericDate {
  int a = 0, b = 0, c = 0, digits_a = 0, digits_c = 0;
};

// "n1 sep n2 sep n3" with one separator of / - . used twice.
std::optional<NumericDate> numeric_date(Cursor& cur) {
  NumericDate d;
  int nb = 0;
  d.a = cur.number(d.digits_a);
  if (d.digits_a == 0) return std::nullopt;
  const char sep = cur.peek();
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  ++cur.i;
  d.b = cur.number(nb, 2);
  if (nb == 0 || cur.peek() != sep) return std::nullopt;
  ++cur.i;
  d.c = cur.number(d.digits_c);
  if (d.digits_c == 0) return std::nullopt;
  return d;
}

std::optional<Date> date_part(Cursor& cur, DayOrder order) {
  const std::size_t start = cur.i;
  if (auto n = numeric_date(cur)) {
    if (n->digits_a == 4 && n->digits_c > 2) return std::nullopt;
    if (n->digits_a == 4) return valid_date(n->a, n->b, n->c) ? std::optional(Date{n->a, n->b, n->c}) : std::nullopt;
    if (n->digits_a > 2 || (n->digits_c != 4 && n->digits_c != 2)) return std::nullopt;
    const int year = n->digits_c == 2 ? 2000 + n->c : n->c;
    const int day = order == DayOrder::day_month ? n->a : n->b;
    const int month = order == DayOrder::day_month ? n->b : n->a;
    return valid_date(year, month, day) ? std::optional(Date{year, month, day}) : std::nullopt;
  }
  // "1 Maret 2024": day, month name, year; parse_date knows the month names.
  cur.i = start;
  int digits = 0;
  cur.number(digits, 2);
  if (digits == 0) return std::nullopt;
  cur.skip_spaces();
  while (!cur.done() && is_letter(cur.peek())) ++cur.i;
  if (cur.peek() == '.') ++cur.i;
  cur.skip_spaces();
  cur.number(digits, 4);
  if (digits != 4) return std::nullopt;
  return parse_date(cur.s.substr(start, cur.i - start));
}

// Seconds east of UTC, or nothing when the text there is not a zone.
std::optional<int> zone(Cursor& cur) {
  if (cur.accept_word("WITA")) return 8 * 3600;
  if (cur.accept_word("WIB")) return 7 * 3600;
  if (cur.accept_word("WIT")) return 9 * 3600;
  if (cur.accept_word("Z")) return 0;
  const bool named = cur.accept_word("GMT") || cur.accept_word("UTC");
  const char sign = cur.peek();
  if (sign != '+' && sign != '-') return named ? std::optional(0) : std::nullopt;
  ++cur.i;
  int digits = 0, minutes = 0;
  int hours = cur.number(digits, 2);
  if (digits == 0) return std::nullopt;
  if (cur.peek() == ':') ++cur.i;
  int md = 0;
  const int mm = cur.number(md, 2);
  if (md == 2) minutes = mm;
  else if (md != 0) return std::nullopt;
  const int offset = hours * 3600 + minutes * 60;
  return sign == '-' ? -offset : offset;
}

}  // namespace

DayOrder timestamp_day_order(std::span<const std::string_view> cells) {
  bool day_first = false, month_first = false;
  for (std::string_view s : cells) {
    Cursor cur{trim(s)};
    const auto n = numeric_date(cur);
    if (!n || n->digits_a == 4) continue;
    day_first |= n->a > 12;
    month_first |= n->b > 12;
  }
  return month_first && !day_first ? DayOrder::month_day : DayOrder::day_month;
}

std::optional<std::int64_t> parse_timestamp(std::string_view cell, DayOrder order) {
  Cursor cur{trim(cell)};
  const auto date = date_part(cur, order);
  if (!date) return std::nullopt;
  if (cur.peek() == 'T' || cur.peek() == 't') ++cur.i;
  cur.skip_spaces();
  int h = 0, m = 0, sec = 0;
  if (is_digit(cur.peek())) {
    int digits = 0;
    h = cur.number(digits, 2);
    const char sep = cur.peek();
    if (sep != ':' && sep != '.') return std::nullopt;
    ++cur.i;
    m = cur.number(digits, 2);
    if (digits != 2) return std::nullopt;
    if (cur.peek() == sep) {
      ++cur.i;
      sec = cur.number(digits, 2);
      if (digits != 2) return std::nullopt;
      if (sep == ':' && cur.peek() == '.') {  // fractions of a second
        ++cur.i;
        while (is_digit(cur.peek())) ++cur.i;
      }
    }
    cur.skip_spaces();
    const bool pm = cur.accept_word("PM");
    const bool am = !pm && cur.accept_word("AM");
    if ((am || pm) && (h < 1 || h > 12)) return std::nullopt;
    if (am && h == 12) h = 0;
    if (pm && h != 12) h += 12;
    if (h > 23 || m > 59 || sec > 60) return std::nullopt;
  }
  cur.skip_spaces();
  int offset = 0;
  if (!cur.done()) {
    const auto z = zone(cur);
    if (!z) return std::nullopt;
    offset = *z;
    cur.skip_spaces();
    if (!cur.done()) return std::nullopt;
  }
  return static_cast<std::int64_t>(days_from_civil(*date)) * 86400 + h * 3600 + m * 60 + sec - offset;
}

}  // namespace kompilasi
