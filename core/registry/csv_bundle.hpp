// The CSV bundle (DATA.md section 2): a folder with one CSV per table named after it
// (`pegawai.csv`, …) and `kompilasi.csv` holding the header fields as `kunci,nilai` rows.
//
// Reading: file names compare case-insensitively; a missing table file is an empty table;
// other files are ignored. Per file the encoding (text_encoding.hpp) and the delimiter are
// detected; headers are matched like flat-form headers (fold_header), in any order; an
// unknown or repeated column is an info finding KOLOM_DIABAIKAN (an empty header whose
// column holds nothing is passed over); one leading `'` is stripped from every cell; a
// short row is padded; a row with more fields keeps the header's fields and, when a dropped
// field holds text, is an error BARIS_TIDAK_RATA (column: the last header). Findings and
// source rows count records (header and blank lines not counted). `tanggal_kompilasi` is
// normalised to YYYY-MM-DD; an unreadable `tahun` or `tanggal_kompilasi` throws InputError.
// Unknown `kunci` rows are kept in Compilation::extra as strings (and written back).
//
// Writing: every table (its header even when empty) and kompilasi.csv, RFC 4180 with CRLF,
// text cells neutralised; `sumber` and `konflik` live only in the workspace JSON.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "loaded.hpp"

namespace kompilasi {

// Whether a bundle reader wants the folder's file of this name ("Pegawai.csv": yes).
bool bundle_file_wanted(std::string_view file_name);

// files: the folder's files, paths relative to it; folder: the folder as the user named it
// (messages name "folder/pegawai.csv"); name: the submission name.
Loaded read_csv_bundle(std::span<const InputFile> files, std::string_view folder, std::string name);

struct CsvBundleOptions {
  bool excel_id = false;  // "Excel (Indonesia)": ';' and a UTF-8 BOM
};
std::vector<InputFile> write_csv_bundle(const Compilation& c, const CsvBundleOptions& opt = {});

}  // namespace kompilasi
