// Numbers and dates as the user's language writes them: Indonesian 1.234.567, 80,6 % and
// 31 Desember 2024; English 1,234,567, 80.6% and 31 December 2024.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "registry/i18n.hpp"

namespace kompilasi::ui {

std::string FormatInt(std::int64_t n, Lang lang);
// A ratio 0..1 as a percentage with one decimal; "–" when there is none.
std::string FormatPercent(std::optional<double> ratio, Lang lang);
// A YYYY-MM-DD date in words; other text is returned as it is.
std::string FormatDate(std::string_view iso, Lang lang);
// Today as YYYY-MM-DD (local time).
std::string TodayIso();

}  // namespace kompilasi::ui
