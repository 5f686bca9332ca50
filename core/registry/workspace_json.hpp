// The workspace file `*.kompilasi.json` (DATA.md section 2).
//
// The file we write, byte for byte (load → save gives the same bytes):
//
//   {
//     "format": "kompilasi/1",
//     "instansi": "Pemerintah Kota Blitar",
//     "tahun": 2024,                          (null when unknown)
//     "tanggal_kompilasi": "2024-12-31",      ("" when unknown)
//     "tabel": {
//       "unit": [
//         {"kode_unit": "1.01", "nama_unit": "Dinas Pendidikan", "induk": "", "jenis": "dinas"}
//       ],
//       "pegawai": [],  …                     every table, every column of every row
//     },
//     "sumber": {"unit": [["dinkes", "opd1/data"]]},   only after a merge: tables with provenance
//     "konflik": [                  only when there are conflicts, one per line (merge.hpp's conflict_json)
//       {"tabel": "pegawai", "kunci": {"nip": "…"}, "kolom": ["kode_unit"],
//        "nilai": [{"sumber": ["a"], "baris": {"nip": "…", …}}], "dipilih": 0}
//     ],
//     "pengaturan": {…}                       unknown keys, kept, two-space indented
//   }
//
// Reading is streamed (SAX: no DOM of the tables) and lenient about what people edit by hand:
// keys in any order, rows missing columns (empty), unknown row keys (kept as extra Table
// columns), non-text cells (numbers and booleans as their text, null as empty, objects and
// arrays as their compact JSON), a tanggal_kompilasi in any accepted date form (normalised).
// Unknown top-level keys go to Compilation::extra in file order; unknown table names under
// `tabel` or `sumber` are kept too, under extra["tabel"] / extra["sumber"] (objects), and
// written back at the end of those objects. Cells are never altered (no `'` stripping).
// Unusable files throw InputError: "json_syntax" (line:N), "nul_byte", "not_workspace",
// "unsupported_format", "bad_tahun", "bad_tanggal", "bad_structure" (path:…, e.g.
// path:tabel.pegawai[12]), "sumber_length".
#pragma once
#include <string>
#include <string_view>

#include "loaded.hpp"

namespace kompilasi {

inline constexpr std::string_view kWorkspaceFormat = "kompilasi/1";

Loaded read_workspace_json(std::string_view bytes, std::string_view file, std::string name);
std::string write_workspace_json(const Compilation& c);

}  // namespace kompilasi
