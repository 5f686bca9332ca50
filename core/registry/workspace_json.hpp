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
#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loaded.hpp"

namespace kompilasi {

inline constexpr std::string_view kWorkspaceFormat = "kompilasi/1";

Loaded read_workspace_json(std::string_view bytes, std::string_view file, std::string name);
std::string write_workspace_json(const Compilation& c);

// read_workspace_json some rows at a time, for a file read across frames (the browser's
// restore of its stored workspace): each step reads about `rows` more rows (of the tables, of
// sumber, of konflik), the first steps check the bytes for a NUL; kAllRows reads it all in one
// call, which is read_workspace_json. The same result and the same InputError (thrown by the
// step that finds it). The bytes must stay as they are until the last step.
//
//   WorkspaceJsonReader reader(bytes, file, name);
//   while (!reader.step(4096)) show(reader.done());
//   Loaded l = reader.take();
class WorkspaceJsonReader {
 public:
  static constexpr std::size_t kAllRows = SIZE_MAX;
  WorkspaceJsonReader(std::string_view bytes, std::string_view file, std::string name);
  // The same from a seekable stream read `chunk` bytes at a time, never whole in memory (the
  // browser's restore: a national workspace is a gigabyte of JSON). It is read twice, for the
  // NUL check and then to parse, and a third time up to a syntax error for its line. A stream
  // that fails or ends early throws InputError "unreadable".
  WorkspaceJsonReader(std::unique_ptr<std::istream> in, std::string_view file, std::string name,
                      std::size_t chunk = std::size_t{1} << 20);
  WorkspaceJsonReader(const WorkspaceJsonReader&) = delete;
  WorkspaceJsonReader& operator=(const WorkspaceJsonReader&) = delete;
  ~WorkspaceJsonReader();

  bool step(std::size_t rows);  // true once the file is read
  double done() const;          // the part of the bytes read, 0..1
  // Room for about `rows` rows of table t, before the first step: its storage then does not
  // grow (a copy of tens of megabytes in one step at a million rows) when the caller knows
  // the counts (the app's stored workspace notes them beside the file). Only a hint.
  void reserve(TableId t, std::size_t rows);
  Loaded take();                // once step returned true

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// write_workspace_json a slice at a time, for a file written across frames (the app's
// autosave): each step appends the text of about `rows` rows (of the tables, of sumber, of
// konflik) to out; the steps' texts one after another are write_workspace_json's bytes. The
// compilation must stay as it is until the last step.
//
//   WorkspaceJsonWriter json(comp);
//   std::string chunk;
//   while (!json.step(4096, chunk)) { file.write(chunk); chunk.clear(); }
//   file.write(chunk);
class WorkspaceJsonWriter {
 public:
  explicit WorkspaceJsonWriter(const Compilation& c) : c_(c) {}
  bool step(std::size_t rows, std::string& out);  // true once the whole file is in out
  // About the size of the whole file (to reserve a buffer for it).
  std::size_t size_hint() const;

 private:
  enum class Part { head, table, table_rows, sumber, sumber_table, sumber_rows, konflik, konflik_rows, tail, done };
  const Compilation& c_;
  Part part_ = Part::head;
  std::size_t table_ = 0;  // index into kAllTables
  std::size_t row_ = 0;    // the next row (or conflict)
  bool first_ = true;      // no entry written yet in the object being written
  std::vector<std::string> keys_;  // `"column": ` once per table
};

}  // namespace kompilasi
