// Google Forms' Timestamp column, as the sheet holds it in any locale:
//   "2024/03/01 10:15:32 GMT+7"  (the CSV download)      "01/03/2024 10.15.32"  (Indonesian sheet)
//   "3/1/2024 10:15:32 AM"       (a US-locale sheet)     "2024-03-01T10:10:10"  (an XLSX date cell)
//   "1 Maret 2024 10:15"         (typed by hand)         "01/03/2024 10:15 WIB"
// Only the order of answers matters, so the result is a number of seconds that compares
// across time zones (GMT±H, UTC±H, ±HHMM, Z, WIB/WITA/WIT); a cell without a zone is read
// as UTC, which orders cells of one zone correctly.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kompilasi {

enum class DayOrder { day_month, month_day };

// D/M/Y (DATA.md's reading) unless some cell's second number exceeds 12 while no cell's
// first number does: then the column was written M/D/Y.
DayOrder timestamp_day_order(std::span<const std::string_view> cells);

// Seconds since 1970-01-01 00:00 UTC, or nothing when the cell is not a date with an
// optional time.
std::optional<std::int64_t> parse_timestamp(std::string_view cell, DayOrder order = DayOrder::day_month);

}  // namespace kompilasi
