// An .xlsx workbook (zip + XML) into text grids.
#include "fuzz_util.hpp"
#include "registry/xlsx_reader.hpp"

void fuzz_one(std::string_view input) { (void)kompilasi::read_xlsx(input, "fuzz.xlsx"); }
