// Dates in workbooks: which number formats make a number a date, and the ISO 8601 text of
// a date serial or a `t="d"` cell, exactly as corpus/README.md specifies (openpyxl 3.0's
// rules: built-in format ids 14-22 and 45-47, or a custom code whose first section has
// d m y h s outside quotes and brackets; elapsed-time codes such as [h]:mm:ss are
// durations). Serials count days from 1899-12-30 (1900 system, with Excel's fictitious
// 1900-02-29 read as 1900-02-28) or from 1904-01-01, rounded to the millisecond.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kompilasi {

bool is_date_format(std::string_view code);
bool is_duration_format(std::string_view code);
// The code of a built-in number format id, or nullopt (ids 0-49 that Excel defines).
std::optional<std::string_view> builtin_number_format(int id);

// "2021-01-02", "2021-01-02T10:10:10(.mmm)", "10:10:10" for a serial below 1, or
// "PT255H10M10S" for a duration; "#VALUE!" when out of the date range.
std::string serial_text(double serial, bool date1904, bool duration);

// The text of a `t="d"` cell (ISO 8601 date, time, date-time or PTnHnMnS); nullopt when
// it is none of these.
std::optional<std::string> iso_cell_text(std::string_view iso);

}  // namespace kompilasi
