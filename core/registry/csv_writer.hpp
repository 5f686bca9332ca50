// RFC 4180 output: fields quoted when they hold the delimiter, a quote, CR or LF; records
// end with CRLF. Text cells are neutralised (neutralize.hpp) unless the caller says not.
#pragma once
#include <string>
#include <string_view>

namespace kompilasi {

class CsvWriter {
 public:
  // bom: start with a UTF-8 byte-order mark (the "Excel (Indonesia)" form, with ';').
  explicit CsvWriter(char delimiter = ',', bool bom = false);
  void field(std::string_view text, bool neutralize = true);
  void end_record();
  std::string& bytes() { return out_; }

 private:
  std::string out_;
  char delim_;
  bool first_ = true;        // no field yet in this record
  bool all_empty_ = true;    // every field of this record so far is empty
  std::size_t record_start_ = 0;
};

}  // namespace kompilasi
