// Cell texts of numbers and dates as corpus/README.md specifies them.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#if !defined(__EMSCRIPTEN__)
#include <charconv>  // Emscripten 3.1.6's libc++ lacks floating-point to_chars
#endif

#include "registry/xlsx_dates.hpp"
#include "registry/xlsx_number.hpp"

using namespace kompilasi;

TEST_CASE("xlsx numbers: shortest round-trip digits in ECMAScript notation") {
  CHECK(format_number(15) == "15");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");
  CHECK(format_number(1051527.3933333333) == "1051527.3933333333");
  CHECK(format_number(12.618328720000001) == "12.618328720000001");
  CHECK(format_number(1e20) == "100000000000000000000");
  CHECK(format_number(1e21) == "1e+21");
  CHECK(format_number(1.5e21) == "1.5e+21");
  CHECK(format_number(0.000001) == "0.000001");
  CHECK(format_number(1e-7) == "1e-7");
  CHECK(format_number(1.5e-7) == "1.5e-7");
  CHECK(format_number(-0.0) == "0");
  CHECK(format_number(-2.5) == "-2.5");
  CHECK(format_number(5e-324) == "5e-324");
  CHECK(format_number(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(format_number(9007199254740993.0) == "9007199254740992");
  // 2^-44 and 2^63: powers of two, where the rounding interval is lopsided
  CHECK(format_number(std::ldexp(1.0, -44)) == "5.684341886080802e-14");
  CHECK(format_number(std::ldexp(1.0, 63)) == "9223372036854776000");
}

TEST_CASE("xlsx numbers: every formatted double reads back as itself") {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    const std::string s = format_number(x);
    CAPTURE(s);
    REQUIRE(std::strtod(s.c_str(), nullptr) == (x == 0 ? 0.0 : x));
#if !defined(__EMSCRIPTEN__)
    // the same significant digits as the standard library's shortest form
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    std::string want, got;
    for (char c : sci.substr(0, sci.find('e'))) if (c != '.') want += c;
    for (char c : s.substr(0, s.find('e'))) if (c >= '0' && c <= '9') got += c;
    got.erase(0, std::min(got.find_first_not_of('0'), got.size()));
    while (got.size() > want.size() && got.back() == '0') got.pop_back();
    REQUIRE(got == want);
#endif
  }
}

TEST_CASE("xlsx numbers: integer literals keep their digits (an NIP stored as a number)") {
  double v = 0;
  CHECK(number_cell_text("198609262015051001", v) == "198609262015051001");
  CHECK(v == 198609262015051001.0);
  CHECK(number_cell_text("007", v) == "7");
  CHECK(number_cell_text("-0", v) == "0");
  CHECK(number_cell_text("+12", v) == "12");
  CHECK(number_cell_text("1.98609262015051E+17", v) == "198609262015051000");
  CHECK(number_cell_text("0.50", v) == "0.5");
  CHECK(number_cell_text("1E-3", v) == "0.001");
  CHECK_FALSE(number_cell_text("abc", v));
  CHECK_FALSE(number_cell_text("inf", v));
  CHECK_FALSE(number_cell_text("", v));
}

TEST_CASE("xlsx dates: formats, 1900 and 1904 serials, durations, ISO cells") {
  CHECK(is_date_format("yyyy-mm-dd"));
  CHECK(is_date_format("d-mmm-yy"));
  CHECK(is_date_format("[$-409]h:mm:ss AM/PM"));
  CHECK(is_date_format("[h]:mm:ss"));
  CHECK_FALSE(is_date_format("0.00"));
  CHECK_FALSE(is_date_format("\"days\" 0"));
  CHECK_FALSE(is_date_format("General"));
  CHECK_FALSE(is_date_format("#,##0.00_);[Red](#,##0.00)"));
  CHECK(is_duration_format("[h]:mm:ss"));
  CHECK_FALSE(is_duration_format("h:mm:ss"));
  CHECK(*builtin_number_format(14) == "mm-dd-yy");
  CHECK_FALSE(builtin_number_format(30));

  CHECK(serial_text(1, false, false) == "1900-01-01");
  CHECK(serial_text(59, false, false) == "1900-02-28");
  CHECK(serial_text(60, false, false) == "1900-02-28");  // Excel's fictitious 1900-02-29
  CHECK(serial_text(61, false, false) == "1900-03-01");
  CHECK(serial_text(44198, false, false) == "2021-01-02");
  CHECK(serial_text(44198.42372685185, false, false) == "2021-01-02T10:10:10");
  CHECK(serial_text(44198.5000115740741, false, false) == "2021-01-02T12:00:01");
  CHECK(serial_text(0.42372685185, false, false) == "10:10:10");
  CHECK(serial_text(0, true, false) == "00:00:00");  // below 1: a time of day, as openpyxl reads it
  CHECK(serial_text(1, true, false) == "1904-01-02");
  CHECK(serial_text(42736, true, false) == "2021-01-02");
  CHECK(serial_text(10.6320601851852, false, true) == "PT255H10M10S");
  CHECK(serial_text(1e12, false, false) == "#VALUE!");
  CHECK(serial_text(NAN, false, false) == "#VALUE!");

  CHECK(iso_cell_text("2021-01-02") == "2021-01-02");
  CHECK(iso_cell_text("2021-01-02T00:00:00Z") == "2021-01-02");
  CHECK(iso_cell_text("2021-01-02T10:10:10.5") == "2021-01-02T10:10:10.500");
  CHECK(iso_cell_text("10:10:10") == "10:10:10");
  CHECK(iso_cell_text("PT255H10M10S") == "PT255H10M10S");
  CHECK_FALSE(iso_cell_text("2021-02-30"));
  CHECK_FALSE(iso_cell_text("kemarin"));
}
