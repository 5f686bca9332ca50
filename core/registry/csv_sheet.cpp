#include "csv_sheet.hpp"

#include "csv_parser.hpp"
#include "text_encoding.hpp"

namespace kompilasi {

Notice windows1252_notice(std::string_view file) { return Notice{"decoded_windows1252", std::string(file), {}}; }

Sheet read_csv_sheet(std::string_view bytes, std::string_view file, std::vector<Notice>& notices) {
  const DecodedText decoded = decode_text(bytes, file);
  if (decoded.encoding == TextEncoding::windows1252) notices.push_back(windows1252_notice(file));
  const std::string_view text = decoded.text();
  CsvParser parser(text, std::string(file), detect_delimiter(text));
  Sheet sheet;
  while (parser.next()) {
    const auto f = parser.fields();
    sheet.rows.emplace_back(f.begin(), f.end());
  }
  return sheet;
}

}  // namespace kompilasi
