#include "csv_writer.hpp"

#include "neutralize.hpp"

namespace kompilasi {

CsvWriter::CsvWriter(char delimiter, bool bom) : delim_(delimiter) {
  if (bom) out_ = "\xEF\xBB\xBF";
  record_start_ = out_.size();
}

void CsvWriter::field(std::string_view text, bool neutralize) {
  if (!first_) out_ += delim_;
  first_ = false;
  const bool prefix = neutralize && needs_text_prefix(text);
  if (!text.empty()) all_empty_ = false;
  bool quote = false;
  for (const char c : text)
    if (c == delim_ || c == '"' || c == '\r' || c == '\n') { quote = true; break; }
  if (!quote) {
    if (prefix) out_ += '\'';
    out_ += text;
    return;
  }
  out_ += '"';
  if (prefix) out_ += '\'';
  for (const char c : text) {
    if (c == '"') out_ += '"';
    out_ += c;
  }
  out_ += '"';
}

void CsvWriter::end_record() {
  // A record of empty fields would read back as a blank line and vanish: quote its first field.
  if (all_empty_) out_.insert(record_start_, "\"\"");
  out_ += "\r\n";
  first_ = true;
  all_empty_ = true;
  record_start_ = out_.size();
}

}  // namespace kompilasi
