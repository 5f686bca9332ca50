// Which form an INPUT is and reading it (DATA.md section 2), for the command line and the app:
// - a folder is a CSV bundle (csv_bundle.hpp; bundle_file_wanted says which of its files to pass);
// - `*.kompilasi.json` is a workspace (workspace_json.hpp);
// - an `.xlsx` / `.xlsm` with a sheet named after a table is this project's workbook: each such
//   sheet is read like the bundle's CSV of that table (table_import.hpp; rows numbered as the
//   sheet's rows, header excluded), a sheet `kompilasi` like kompilasi.csv, other sheets
//   (rekap, validasi, …) are ignored;
// - any other `.xlsx` (its first sheet) or `.csv` file is a flat form (flat_form.hpp);
// - anything else throws InputError "not_a_form".
// Names compare case-insensitively. A table's CSV is only read inside its bundle folder.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "flat_form.hpp"
#include "loaded.hpp"

namespace kompilasi {

enum class InputForm { csv_bundle, workspace, xlsx, flat_csv };

// By the name alone (an .xlsx is a workbook or a flat form by its sheets); nothing when the
// name is none of the forms.
std::optional<InputForm> input_form(std::string_view path, bool folder);

// Submission names (section 2): the base name without extension (`dinkes.kompilasi.json` →
// `dinkes`, `opd1/data/` → `data`); where inputs share a name, their parent folders' names are
// prefixed (`opd1/data`), further up as long as that tells them apart. Pure text: pass the
// paths absolute so that parents are known.
std::vector<std::string> submission_names(std::span<const std::string> paths);

struct InputSource {
  std::string path;               // as the user named it (messages)
  std::string name;               // submission name
  bool folder = false;
  std::vector<InputFile> files;   // a folder: its files, paths relative to it; a file: its bytes
  BundleFileReader read;          // a folder whose files' bytes are not read yet: gives them (loaded.hpp)
};

struct ReadOptions {
  const Compilation* units = nullptr;  // flat forms: the unit table to match against
  std::string_view peta;               // flat forms: a --peta file's bytes, applied when peta_file is set
  std::string peta_file;
  std::string tanggal_kompilasi;       // flat forms: the date of the result (they carry none)
};

struct ReadInput {
  Loaded loaded;
  std::optional<FlatFormLabels> labels;  // flat forms: for relabel_findings after validate()
};

ReadInput read_input(const InputSource& in, const ReadOptions& opt = {});

class CsvBundleReader;
class WorkspaceJsonReader;

// read_input some records at a time, for the app's import job (in the browser a slice per
// frame): a CSV bundle through CsvBundleReader, a workspace file through WorkspaceJsonReader
// (records are its rows; SIZE_MAX records: at once, as read_input does), every other form
// whole in its first step. It refers to in until it is done; the same result and errors as
// read_input.
class InputReader {
 public:
  InputReader(const InputSource& in, ReadOptions opt);
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;
  ~InputReader();

  bool step(std::size_t records);  // true once the input is read; throws what read_input throws
  ReadInput take() { return std::move(*result_); }

 private:
  const InputSource& in_;
  ReadOptions opt_;
  std::unique_ptr<CsvBundleReader> bundle_;
  std::unique_ptr<WorkspaceJsonReader> workspace_;
  std::optional<ReadInput> result_;
};

}  // namespace kompilasi
