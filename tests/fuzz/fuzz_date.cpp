// Dates: a read date is a real date, and its YYYY-MM-DD form reads back to itself.
#include "fuzz_util.hpp"
#include "registry/normalize.hpp"

void fuzz_one(std::string_view input) {
  if (const auto d = kompilasi::parse_date(input)) {
    if (!kompilasi::valid_date(d->y, d->m, d->d)) __builtin_trap();
    if (kompilasi::parse_date(kompilasi::format_date(*d)) != d) __builtin_trap();
    if (kompilasi::civil_from_days(kompilasi::days_from_civil(*d)) != *d) __builtin_trap();
  }
}
