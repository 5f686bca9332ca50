// A CSV file as a Sheet (sheet.hpp), for flat forms and the corpus tests: the encoding is
// detected (text_encoding.hpp; a Windows-1252 decode adds a "decoded_windows1252" notice
// naming the file), the delimiter too (detect_delimiter), and every non-blank record is a
// row, so rows[i] is record i + 1 (rows[0] the header). Cells are the field text exactly
// (no `'` stripping: callers apply strip_text_prefix). Unusable text throws InputError.
#pragma once
#include <string_view>
#include <vector>

#include "loaded.hpp"
#include "sheet.hpp"

namespace kompilasi {

Sheet read_csv_sheet(std::string_view bytes, std::string_view file, std::vector<Notice>& notices);

// The notice every CSV reader gives for a file read as Windows-1252.
Notice windows1252_notice(std::string_view file);

}  // namespace kompilasi
