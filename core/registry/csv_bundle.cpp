#include "csv_bundle.hpp"

#include <algorithm>
#include <exception>
#include <limits>
#include <optional>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "csv_parser.hpp"
#include "csv_sheet.hpp"
#include "csv_writer.hpp"
#include "input_error.hpp"
#include "normalize.hpp"
#include "row_budget.hpp"
#include "table_import.hpp"
#include "text_encoding.hpp"

namespace kompilasi {
namespace {

constexpr std::string_view kHeaderFile = "kompilasi.csv";

std::string display_name(std::string_view folder, std::string_view file) {
  if (folder.empty()) return std::string(file);
  std::string s(folder);
  if (s.back() != '/' && s.back() != '\\') s += '/';
  return s += file;
}

// Rows to reserve: the rest of the text over the mean record length of its first 64 KiB.
std::size_t estimate_rows(std::string_view rest) {
  const std::size_t sample = std::min<std::size_t>(rest.size(), 1 << 16);
  const auto breaks = static_cast<std::size_t>(std::count(rest.begin(), rest.begin() + sample, '\n'));
  if (!breaks) return 1;
  return rest.size() / std::max<std::size_t>(1, sample / breaks) + 16;
}

// One file's bytes: its own, or read now into held (freed with it once its table is built).
std::string_view bytes_of(const CsvBundleReader::Source& src, const BundleFileReader& read,
                          std::unique_ptr<FileBytes>& held) {
  if (!read) return src.file->bytes;
  held = read(src.file->path);
  return held->bytes();
}

// Opens one decoded file of the bundle (a Windows-1252 decode is a notice).
CsvParser open_csv(Loaded& out, const CsvBundleReader::Source& src, const DecodedText& decoded) {
  if (decoded.encoding == TextEncoding::windows1252) out.notices.push_back(windows1252_notice(src.display));
  const std::string_view text = decoded.text();
  return CsvParser(text, src.display, detect_delimiter(text));
}

// Bytes of a file checked for its encoding in a step of `records` records: about as long as
// parsing that many records takes.
constexpr std::size_t kCheckedPerRecord = 1024;
// A file's bytes are handed back (FileBytes::release) this many at a time as the encoding check
// and then the parser go past them.
constexpr std::size_t kReleaseBytes = std::size_t{8} << 20;

}  // namespace

// One table's file being read, some records at a time: first its encoding (a large file's
// UTF-8 check across steps), then its records. Its bytes (and their decoding) live until the
// table is built: the interning of a row's cells waits for the rows after it. Bytes the check
// and then the parser have gone past are handed back as they go (FileBytes::release).
class CsvBundleReader::TableFile {
 public:
  TableFile(Loaded& out, TableId t, const Source& src, const BundleFileReader& read)
      : out_(out), table_(t), src_(src), decoder_(bytes_of(src, read, held_), src.display) {}
  TableFile(const TableFile&) = delete;
  TableFile& operator=(const TableFile&) = delete;

  // Reads up to `records` more records; true once the table is complete.
  bool step(std::size_t records) {
    if (!parser_) {
      if (!check(bytes_for_rows(records, kCheckedPerRecord))) return false;
      decoded_ = decoder_.take();
      released_ = 0;  // the parser reads the bytes the check went past once more
      if (decoded_.owned) release(held_ ? held_->bytes().size() : 0);  // the parser reads the decoded copy
      parser_.emplace(open_csv(out_, src_, decoded_));
      if (parser_->next())
        import_ = std::make_unique<TableImport>(out_, table_, parser_->fields(), estimate_rows(parser_->text().substr(parser_->offset())));
    }
    if (!import_) return true;
    for (std::size_t i = 0; i < records; ++i) {
      if (!parser_->next()) {
        import_->finish();
        import_.reset();
        return true;
      }
      import_->row(parser_->fields(), parser_->record() - 1, parser_->fields_in_text());
      if (!decoded_.owned && !(i & 1023)) release(in_bytes(parser_->text().data() + parser_->offset()));
    }
    return false;
  }

 private:
  // The encoding check of up to `budget` more bytes, kReleaseBytes at a time; true once decoded.
  bool check(std::size_t budget) {
    for (;;) {
      const std::size_t part = std::min(budget, kReleaseBytes);
      const bool decoded = decoder_.step(part);
      const std::string_view checked = decoder_.checked();
      release(in_bytes(checked.data() + checked.size()));
      if (decoded) return true;
      budget -= part;
      if (!budget) return false;
    }
  }
  // Offset in the file's bytes of a place in them.
  std::size_t in_bytes(const char* at) const { return held_ ? static_cast<std::size_t>(at - held_->bytes().data()) : 0; }
  // Hands back the bytes before `end` not handed back yet, once they are kReleaseBytes or reach
  // the end of the file.
  void release(std::size_t end) {
    if (!held_ || (end < released_ + kReleaseBytes && end < held_->bytes().size())) return;
    held_->release(released_, end);
    released_ = end;
  }

  Loaded& out_;
  TableId table_;
  const Source& src_;
  std::unique_ptr<FileBytes> held_;  // read through a BundleFileReader: the file's bytes
  std::size_t released_ = 0;         // bytes of held_ handed back in this pass
  TextDecoder decoder_;
  DecodedText decoded_;
  std::optional<CsvParser> parser_;
  // Not an optional: GCC 12 warns that its payload's strings may be used uninitialized.
  std::unique_ptr<TableImport> import_;
};

namespace {

void read_header_file(Loaded& out, const CsvBundleReader::Source& src, const BundleFileReader& read) {
  std::unique_ptr<FileBytes> held;
  const DecodedText decoded = decode_text(bytes_of(src, read, held), src.display);
  CsvParser parser = open_csv(out, src, decoded);
  if (!parser.next()) return;
  HeaderImport import(out.comp, src.display, parser.fields(), "line:" + std::to_string(parser.line()));
  while (parser.next()) import.row(parser.fields(), "line:" + std::to_string(parser.line()));
}

#ifndef __EMSCRIPTEN__  // natively: laporan.csv on a second thread (read_all)
void read_table(Loaded& out, TableId t, const CsvBundleReader::Source& src, const BundleFileReader& read) {
  CsvBundleReader::TableFile file(out, t, src, read);
  while (!file.step(std::numeric_limits<std::size_t>::max())) {
  }
}

// Moves table t of side (read into a compilation of its own) into out without copying its
// texts: out's pool takes side's text blocks, each distinct-column cell gets an id of its own
// and each other text of side is interned into out's pool once, the cells renumbered.
void adopt_table(Loaded& out, TableId t, Loaded& side) {
  StringPool& pool = out.comp.pool;
  StringPool& from = side.comp.pool;
  Table& src = side.comp.table(t);
  const auto n = static_cast<std::uint32_t>(from.size());
  std::vector<std::uint8_t> appended(n, 0);  // per side id: a distinct column's cell
  const auto cols = spec(t).columns;
  std::size_t count = 0;
  for (std::size_t c = 0; c < cols.size(); ++c)
    if (cols[c].distinct)
      for (std::size_t r = 0; r < src.rows(); ++r) {
        const std::uint32_t id = src.id_at(r, c);
        count += id && !appended[id];
        appended[id] = id != 0;
      }
  pool.reserve(n, n - count);
  pool.take_text(from);
  std::vector<std::uint32_t> remap(n, 0);
  StreamInterner interner(pool, remap);
  for (std::uint32_t id = 1; id < n; ++id) {
    if (appended[id]) remap[id] = pool.append(from.view(id), from.taken(id));
    else interner.add(from.view(id), id, from.taken(id));
  }
  interner.flush();
  Table& dst = out.comp.table(t);
  dst.cells = std::move(src.cells);
  for (std::uint32_t& c : dst.cells) c = remap[c];
  dst.source_row = std::move(src.source_row);
  for (Finding& f : side.findings) out.findings.push_back(std::move(f));
  for (Notice& n : side.notices) out.notices.push_back(std::move(n));
}

// laporan.csv is about half of a large bundle's bytes; natively it is read on a second
// thread while this one reads the other tables (the browser build stays single-threaded).
constexpr std::size_t kParallelBytes = 1 << 20;
#endif

}  // namespace

bool bundle_file_wanted(std::string_view file_name) {
  if (file_name.find_first_of("/\\") != std::string_view::npos) return false;  // only the folder's own files
  if (iequals_ascii(file_name, kHeaderFile)) return true;
  for (const TableId t : kAllTables) {
    const std::string_view n = spec(t).name;
    if (file_name.size() == n.size() + 4 && iequals_ascii(file_name.substr(0, n.size()), n) &&
        iequals_ascii(file_name.substr(n.size()), ".csv"))
      return true;
  }
  return false;
}

CsvBundleReader::CsvBundleReader(std::span<const InputFile> files, std::string_view folder, std::string name,
                                 const BundleFileReader& read)
    : read_(read) {
  out_.name = std::move(name);
  for (const InputFile& f : files) {
    if (!bundle_file_wanted(f.path)) continue;
    Source* slot = &header_;
    if (!iequals_ascii(f.path, kHeaderFile))
      for (const TableId t : kAllTables)
        if (iequals_ascii(std::string_view(f.path).substr(0, f.path.size() - 4), spec(t).name)) slot = &tables_[index(t)];
    if (slot->file) throw InputError("bundle_duplicate_file", display_name(folder, f.path), {}, slot->file->path);
    slot->file = &f;
    slot->display = display_name(folder, f.path);
  }
}

CsvBundleReader::~CsvBundleReader() = default;

bool CsvBundleReader::step(std::size_t records) {
  if (records != std::numeric_limits<std::size_t>::max() || next_ != 0) return read_slice(records);
  read_all();
  return true;
}

bool CsvBundleReader::read_slice(std::size_t records) {
  while (next_ < end_) {
    if (next_ == 0) {
      if (header_.file) read_header_file(out_, header_, read_);
      ++next_;
      continue;
    }
    const Source& src = tables_[next_ - 1];
    if (!src.file) {
      ++next_;
      continue;
    }
    if (!current_) current_ = std::make_unique<TableFile>(out_, kAllTables[next_ - 1], src, read_);
    if (!current_->step(records)) return false;
    current_.reset();  // frees the file's bytes
    ++next_;
  }
  return true;
}

void CsvBundleReader::read_all() {
  // The last table (laporan) on a thread of its own when it is large (or not read yet, so of
  // a size unknown): its rows, findings and notices come after the others' either way, and
  // an error in an earlier file is the one reported, as when reading one file after another.
#ifdef __EMSCRIPTEN__
  read_slice(std::numeric_limits<std::size_t>::max());  // the browser build stays single-threaded
#else
  constexpr TableId kLast = kAllTables.back();
  const Source& last = tables_[index(kLast)];
  if (next_ != 0 || !last.file || (!read_ && last.file->bytes.size() < kParallelBytes)) {
    read_slice(std::numeric_limits<std::size_t>::max());
    return;
  }
  Loaded side;
  side.name = out_.name;
  std::exception_ptr side_error;
  std::thread worker([&] {
    try {
      read_table(side, kLast, last, read_);
    } catch (...) {
      side_error = std::current_exception();
    }
  });
  end_ = kTableCount;  // every file but the last
  try {
    read_slice(std::numeric_limits<std::size_t>::max());
  } catch (...) {
    worker.join();
    throw;
  }
  worker.join();
  if (side_error) std::rethrow_exception(side_error);
  adopt_table(out_, kLast, side);
  end_ = next_ = kTableCount + 1;
#endif
}

Loaded read_csv_bundle(std::span<const InputFile> files, std::string_view folder, std::string name,
                       const BundleFileReader& read) {
  CsvBundleReader reader(files, folder, std::move(name), read);
  reader.step(std::numeric_limits<std::size_t>::max());
  return reader.take();
}

std::vector<InputFile> write_csv_bundle(const Compilation& c, const CsvBundleOptions& opt) {
  const char delim = opt.excel_id ? ';' : ',';
  std::vector<InputFile> files;
  {
    CsvWriter w(delim, opt.excel_id);
    const auto row = [&](std::string_view k, std::string_view v) {
      w.field(k);
      w.field(v);
      w.end_record();
    };
    row("kunci", "nilai");
    row("instansi", c.instansi);
    row("tahun", c.tahun ? std::to_string(c.tahun) : std::string());
    row("tanggal_kompilasi", c.tanggal_kompilasi);
    for (const auto& [k, v] : c.extra.items())
      if (v.is_string()) row(k, v.get_ref<const std::string&>());
    files.push_back({std::string(kHeaderFile), std::move(w.bytes())});
  }
  for (const TableId t : kAllTables) {
    const Table& tab = c.table(t);
    CsvWriter w(delim, opt.excel_id);
    w.bytes().reserve(tab.cells.size() * 12 + 256);
    for (const auto& name : tab.columns) w.field(name);
    w.end_record();
    for (std::size_t r = 0; r < tab.rows(); ++r) {
      for (std::size_t col = 0; col < tab.width(); ++col) w.field(c.pool.view(tab.id_at(r, col)));
      w.end_record();
    }
    files.push_back({std::string(spec(t).name) + ".csv", std::move(w.bytes())});
  }
  return files;
}

}  // namespace kompilasi
