// CSV text → records (csv_sheet.hpp: encoding and delimiter detection, RFC 4180).
#include "fuzz_util.hpp"
#include "registry/csv_parser.hpp"
#include "registry/csv_sheet.hpp"

void fuzz_one(std::string_view input) {
  std::vector<kompilasi::Notice> notices;
  const kompilasi::Sheet s = kompilasi::read_csv_sheet(input, "fuzz.csv", notices);
  for (const auto& row : s.rows)
    if (row.size() > kompilasi::kMaxColumns) __builtin_trap();
}
