// An .xlsx workbook (zip + XML) into text grids.
#include "fuzz_util.hpp"
#include "registry/xlsx_reader.hpp"

KOMPILASI_FUZZ_TARGET({ (void)kompilasi::read_xlsx(input, "fuzz.xlsx"); })
