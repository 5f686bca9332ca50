#include "csv_parser.hpp"

#include "input_error.hpp"

namespace kompilasi {

char detect_delimiter(std::string_view text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '\n' || c == '\r') break;
    else if (c == ',') ++comma;
    else if (c == ';') ++semicolon;
    else if (c == '\t') ++tab;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

CsvParser::CsvParser(std::string_view text, std::string file, char delimiter)
    : text_(text), file_(std::move(file)), delim_(delimiter) {
  for (const unsigned char c : {static_cast<unsigned char>(delimiter), static_cast<unsigned char>('\r'),
                                static_cast<unsigned char>('\n'), static_cast<unsigned char>('\0')})
    stop_[c] = 1;
  for (const unsigned char c : {'"', '\r', '\n', '\0'}) qstop_[c] = 1;
  fields_.reserve(64);
}

void CsvParser::fail(const char* code, std::size_t line, std::string detail) const {
  throw InputError(code, file_, "line:" + std::to_string(line), std::move(detail));
}

void CsvParser::finish_field(std::size_t begin, std::size_t end, bool scratch, std::size_t line) {
  const std::size_t len = end - begin;
  if (len > kMaxCellChars) {
    const char* p = scratch ? scratch_.data() + begin : text_.data() + begin;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < len; ++i) chars += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
    if (chars > kMaxCellChars) fail("cell_too_long", line, std::to_string(fields_.size() + 1));
  }
  if (fields_.size() == kMaxColumns) fail("too_many_columns", record_line_);
  if (scratch) {
    scratch_fields_.push_back(static_cast<std::uint32_t>(fields_.size()));
    scratch_spans_.emplace_back(begin, len);
    fields_.emplace_back();
  } else {
    fields_.emplace_back(text_.data() + begin, len);
  }
}

bool CsvParser::read_record() {
  const std::size_t n = text_.size();
  if (pos_ >= n) return false;
  const char* d = text_.data();
  fields_.clear();
  scratch_.clear();
  scratch_fields_.clear();
  scratch_spans_.clear();
  any_quoted_ = false;
  record_line_ = line_;
  for (;;) {
    const std::size_t field_line = line_;
    if (pos_ < n && d[pos_] == '"') {
      any_quoted_ = true;
      std::size_t p = pos_ + 1, seg = p, sc_begin = 0;
      bool in_scratch = false;
      for (;;) {
        while (p < n && !qstop_[static_cast<unsigned char>(d[p])]) ++p;
        if (p >= n) fail("unterminated_quote", field_line);
        const char c = d[p];
        if (c == '"') {
          if (p + 1 < n && d[p + 1] == '"') {  // "" → "
            if (!in_scratch) { in_scratch = true; sc_begin = scratch_.size(); }
            scratch_.append(d + seg, p + 1 - seg);
            p += 2;
            seg = p;
            continue;
          }
          const std::size_t close = p++;
          const bool ends = p >= n || d[p] == delim_ || d[p] == '\r' || d[p] == '\n';
          if (!ends) {  // text after the closing quote belongs to the field
            if (!in_scratch) { in_scratch = true; sc_begin = scratch_.size(); }
            scratch_.append(d + seg, close - seg);
            std::size_t q = p;
            while (q < n && !stop_[static_cast<unsigned char>(d[q])]) ++q;
            if (q < n && d[q] == '\0') fail("nul_byte", line_);
            scratch_.append(d + p, q - p);
            p = q;
          } else if (in_scratch) {
            scratch_.append(d + seg, close - seg);
          }
          if (in_scratch) finish_field(sc_begin, scratch_.size(), true, field_line);
          else finish_field(pos_ + 1, close, false, field_line);
          pos_ = p;
          break;
        }
        if (c == '\0') fail("nul_byte", line_);
        if (c == '\r' && p + 1 < n && d[p + 1] == '\n') ++p;  // a line break inside quotes
        ++line_;
        ++p;
      }
    } else {
      std::size_t p = pos_;
      while (p < n && !stop_[static_cast<unsigned char>(d[p])]) ++p;
      if (p < n && d[p] == '\0') fail("nul_byte", line_);
      finish_field(pos_, p, false, field_line);
      pos_ = p;
    }
    if (pos_ >= n) break;
    if (d[pos_] == delim_) {
      ++pos_;
      continue;
    }
    pos_ += (d[pos_] == '\r' && pos_ + 1 < n && d[pos_ + 1] == '\n') ? 2 : 1;
    ++line_;
    break;
  }
  for (std::size_t i = 0; i < scratch_fields_.size(); ++i)
    fields_[scratch_fields_[i]] = std::string_view(scratch_.data() + scratch_spans_[i].first, scratch_spans_[i].second);
  return true;
}

bool CsvParser::next() {
  while (read_record()) {
    if (!any_quoted_) {
      bool blank = true;
      for (const auto f : fields_)
        if (!f.empty()) { blank = false; break; }
      if (blank) continue;
    }
    ++record_;
    return true;
  }
  return false;
}

}  // namespace kompilasi
