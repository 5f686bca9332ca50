// Reads an .xlsx / .xlsm workbook (bytes) into text grids: every worksheet in workbook
// order with its state and merged ranges, each cell's value as text the way
// corpus/README.md specifies (shared and inline strings with rich-text runs joined and
// phonetic runs left out, _xHHHH_ escapes decoded; numbers in shortest round-trip form,
// integer literals with their exact digits; dates by number format in the 1900 or 1904
// system; TRUE/FALSE; error values; formulas give their cached value). Transitional and
// Strict OOXML, namespace prefixes, part names in any case, packages without
// sharedStrings or styles parts are all read.
//
// Anything unusable throws InputError (code "xlsx_…", see assets/strings/xlsx.*.json):
// an empty file, a password-protected (OLE2) or old .xls/.xlsb workbook, a damaged zip,
// a CRC mismatch, a missing part, XML that is not well-formed or has a DTD, an
// unsupported pre-release format, an archive that would unpack past the limits of
// xlsx_zip_reader.hpp, more than 16 384 columns or a cell over 32 767 characters.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "sheet.hpp"

namespace kompilasi {

struct XlsxBook {
  bool date1904 = false;
  std::vector<Sheet> sheets;  // worksheets only (chartsheets are not listed)
};

XlsxBook read_xlsx(std::string_view bytes, const std::string& file);

// Column letters of a 1-based column number: 1 → "A", 28 → "AB".
std::string column_letters(std::size_t column);

}  // namespace kompilasi
