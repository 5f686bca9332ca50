#include "table_import.hpp"

#include <algorithm>

#include "input_error.hpp"
#include "neutralize.hpp"
#include "normalize.hpp"
#include "xlsx_reader.hpp"

namespace kompilasi {

TableImport::TableImport(Loaded& out, TableId table, std::span<const std::string_view> header, std::size_t reserve_rows)
    : out_(out), table_(table), interner_(out.comp.pool, out.comp.table(table).cells) {
  const auto columns = spec(table).columns;
  std::vector<std::string> folded_schema;
  for (const auto& c : columns) folded_schema.push_back(fold_header(c.name));
  std::vector<bool> taken(columns.size(), false);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string_view h = strip_text_prefix(header[i]);
    const std::string folded = fold_header(h);
    int target = -1;
    for (std::size_t j = 0; j < folded_schema.size() && !folded.empty(); ++j)
      if (!taken[j] && folded_schema[j] == folded) {
        target = static_cast<int>(j);
        taken[j] = true;
        break;
      }
    if (target < 0 && trim(h).empty()) unnamed_.push_back(i);
    else if (target < 0)
      out_.findings.push_back(
          Finding(Rule::KOLOM_DIABAIKAN, Severity::info, table, 0, kNoRow, h, h, 0, {}, out_.name));
    map_.push_back(target);
  }
  unnamed_text_.assign(map_.size(), false);
  for (const int target : map_) distinct_.push_back(target >= 0 && columns[static_cast<std::size_t>(target)].distinct);
  if (!header.empty()) {
    const std::string_view last = strip_text_prefix(header.back());
    last_header_ = trim(last).empty() ? column_letters(header.size()) : std::string(last);
  }
  Table& tab = out_.comp.table(table);
  tab.cells.reserve(tab.cells.size() + reserve_rows * tab.width());
  tab.source_row.reserve(tab.source_row.size() + reserve_rows);
}

void TableImport::row(std::span<const std::string_view> fields, std::uint32_t record, bool lasting) {
  Table& tab = out_.comp.table(table_);
  const std::size_t width = tab.width(), row = tab.rows();
  tab.cells.resize(tab.cells.size() + width, 0);
  const std::size_t n = std::min(fields.size(), map_.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (map_[i] < 0) {
      if (!fields[i].empty()) unnamed_text_[i] = true;
      continue;
    }
    const std::size_t at = row * width + static_cast<std::size_t>(map_[i]);
    if (distinct_[i]) tab.cells[at] = out_.comp.pool.append(strip_text_prefix(fields[i]));
    else interner_.add(strip_text_prefix(fields[i]), at);
  }
  if (!lasting) interner_.flush();
  tab.source_row.push_back(record);
  if (!tab.sumber.empty()) tab.sumber.push_back(0);
  if (fields.size() <= map_.size()) return;
  const auto extra = fields.subspan(map_.size());
  if (std::all_of(extra.begin(), extra.end(), [](std::string_view f) { return f.empty(); })) return;
  std::string dropped;
  for (std::size_t i = 0; i < extra.size(); ++i) {
    if (i) dropped += ',';
    dropped += extra[i];
  }
  out_.findings.push_back(Finding(Rule::BARIS_TIDAK_RATA, Severity::error, table_, record, static_cast<std::uint32_t>(row),
                                  last_header_, dropped, 0,
                                  std::to_string(fields.size()) + "/" + std::to_string(map_.size()), out_.name));
}

void TableImport::finish() {
  interner_.flush();
  for (const std::size_t i : unnamed_)
    if (unnamed_text_[i])
      out_.findings.push_back(Finding(Rule::KOLOM_DIABAIKAN, Severity::info, table_, 0, kNoRow, column_letters(i + 1), {}, 0, {},
                                      out_.name));
}

HeaderImport::HeaderImport(Compilation& c, std::string file, std::span<const std::string_view> header,
                           const std::string& where)
    : c_(c), file_(std::move(file)) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string folded = fold_header(strip_text_prefix(header[i]));
    if (folded == "kunci" && key_ < 0) key_ = static_cast<int>(i);
    else if (folded == "nilai" && value_ < 0) value_ = static_cast<int>(i);
  }
  if (key_ < 0 || value_ < 0) throw InputError("header_file_columns", file_, where);
}

void HeaderImport::row(std::span<const std::string_view> fields, const std::string& where) {
  const auto cell = [&](int i) {
    return i < static_cast<int>(fields.size()) ? trim(strip_text_prefix(fields[static_cast<std::size_t>(i)]))
                                               : std::string_view{};
  };
  const std::string_view k = cell(key_), v = cell(value_);
  const std::string folded = fold_header(k);
  if (folded == "instansi") {
    c_.instansi = std::string(v);
  } else if (folded == "tahun") {
    c_.tahun = 0;
    if (v.empty()) return;
    if (v.size() > 4 || !std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      throw InputError("bad_tahun", file_, where, std::string(v));
    c_.tahun = std::stoi(std::string(v));
  } else if (folded == "tanggalkompilasi") {
    c_.tanggal_kompilasi.clear();
    if (v.empty()) return;
    const auto d = parse_date(v);
    if (!d) throw InputError("bad_tanggal", file_, where, std::string(v));
    c_.tanggal_kompilasi = format_date(*d);
  } else if (!k.empty() && folded != "format" && folded != "tabel" && folded != "sumber" && folded != "konflik") {
    // other keys travel with the compilation (the workspace file keeps them); the names the
    // workspace file itself uses cannot be kept as text and are passed over
    c_.extra[std::string(k)] = std::string(v);
  }
}

}  // namespace kompilasi
