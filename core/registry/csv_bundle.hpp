// The CSV bundle (DATA.md section 2): a folder with one CSV per table named after it
// (`pegawai.csv`, …) and `kompilasi.csv` holding the header fields as `kunci,nilai` rows.
//
// Reading: file names compare case-insensitively; a missing table file is an empty table;
// other files (and sub-folders) are ignored. Per file the encoding (text_encoding.hpp) and the
// delimiter (detect_delimiter) are detected; rows are taken in as table_import.hpp says
// (headers like flat-form headers, `'` stripped, ragged rows, KOLOM_DIABAIKAN,
// BARIS_TIDAK_RATA, record numbers), kompilasi.csv by its HeaderImport. Unusable text
// throws InputError naming "folder/file.csv" and the line.
//
// Writing: every table (its header even when empty) and kompilasi.csv, RFC 4180 with CRLF,
// text cells neutralised; unknown kompilasi.csv keys kept in Compilation::extra are written
// back; `sumber` and `konflik` live only in the workspace JSON.
#pragma once
#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "loaded.hpp"

namespace kompilasi {

// Whether a bundle reader wants the folder's file of this name ("Pegawai.csv": yes).
bool bundle_file_wanted(std::string_view file_name);

// files: the folder's files, paths relative to it, with their bytes, or, given read, without
// them (read gives each one's bytes in turn); folder: the folder as the user named it
// (messages name "folder/pegawai.csv"); name: the submission name.
Loaded read_csv_bundle(std::span<const InputFile> files, std::string_view folder, std::string name,
                       const BundleFileReader& read = {});

// The same reading some records at a time, for the browser's import job (one slice a frame,
// the UI between): the same Loaded, findings and errors as read_csv_bundle in the end.
//   CsvBundleReader r(files, folder, name);
//   while (!r.step(20000)) { … }   // throws what read_csv_bundle throws
//   Loaded l = r.take();
// It refers to files until it is done; it does not move.
class CsvBundleReader {
 public:
  struct Source {
    const InputFile* file = nullptr;
    std::string display;  // "folder/pegawai.csv"
  };
  class TableFile;

  CsvBundleReader(std::span<const InputFile> files, std::string_view folder, std::string name,
                  const BundleFileReader& read = {});
  CsvBundleReader(const CsvBundleReader&) = delete;
  CsvBundleReader& operator=(const CsvBundleReader&) = delete;
  ~CsvBundleReader();

  // Reads about `records` more records (kompilasi.csv whole); true once every file is read.
  // Unlimited records from the start (SIZE_MAX) read every file at once, natively with
  // laporan.csv (half of a large bundle) on a second thread.
  bool step(std::size_t records);
  Loaded take() { return std::move(out_); }

 private:
  Loaded out_;
  BundleFileReader read_;
  Source header_;
  std::array<Source, kTableCount> tables_;
  std::size_t next_ = 0;  // 0: kompilasi.csv, then 1 + the table's index
  std::size_t end_ = kTableCount + 1;
  std::unique_ptr<TableFile> current_;

  bool read_slice(std::size_t records);
  void read_all();
};

struct CsvBundleOptions {
  bool excel_id = false;  // "Excel (Indonesia)": ';' and a UTF-8 BOM
};
std::vector<InputFile> write_csv_bundle(const Compilation& c, const CsvBundleOptions& opt = {});

}  // namespace kompilasi
