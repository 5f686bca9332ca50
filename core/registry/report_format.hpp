// How the report, the app and the command line write numbers, ratios and dates in each language: Indonesian groups
// thousands with '.' and writes decimals with ',' (1.234.567; 80,6 %; "1 Desember 2026"),
// English the other way round (1,234,567; 80.6%; "1 December 2026"). Also HTML escaping.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "i18n.hpp"

namespace kompilasi {

std::string format_count(std::int64_t n, Lang lang);
// A number with at most `decimals` decimals, trailing zeros dropped (149,5; 12).
std::string format_decimal(double v, int decimals, Lang lang);
// A ratio 0…1 as a percentage with one decimal; "–" when there is none.
std::string format_percent(std::optional<double> r, Lang lang);
// A follower count in short form for chart labels: 950, 1 rb, 12 rb, 1,2 jt (1k, 12k, 1.2M).
std::string format_short(std::int64_t n, Lang lang);
// "2026-12-01" → "1 Desember 2026"; text that is not a date is returned as it is.
std::string format_long_date(std::string_view iso, Lang lang);
// Today's date in local time as YYYY-MM-DD (the default tanggal_kompilasi).
std::string today_iso();

// Text for HTML element content and attribute values.
std::string html_escape(std::string_view s);

}  // namespace kompilasi
