// The open workspace: one compilation as it is being worked on, what reading it found, and
// the analysis (validation + metrics) recomputed after every change (Analyze).
//
// Reading: CollectInputs turns paths (folders, loose files) into registry inputs (inputs.hpp):
// a folder holding table CSVs is a CSV bundle, loose table CSVs dropped together are one
// bundle, every other file is read by its own form (workspace JSON, workbook, flat form).
// Several inputs are merged (merge.hpp).
//
// Keeping across restarts: the compilation is stored as its lossless workspace file
// (data.kompilasi.json, DATA.md section 2) plus a small JSON of what only the reader knew
// (import findings, notices, flat forms' labels), each written atomically (temp file, flush, rename) under
// Platform::StorageDir()/workspace.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "registry/atomic_file.hpp"
#include "registry/file_bytes.hpp"
#include "registry/flat_form.hpp"
#include "registry/i18n.hpp"
#include "registry/inputs.hpp"
#include "registry/loaded.hpp"
#include "registry/metrics.hpp"
#include "registry/validate.hpp"
#include "registry/workspace_json.hpp"
#include "ui/finding_index.hpp"

namespace kompilasi::ui {

struct Workspace {
  std::string name;                       // submission name (DATA.md section 2)
  Compilation comp;
  std::vector<Finding> import_findings;   // what the readers found (BARIS_TIDAK_RATA, KOLOM_DIABAIKAN, …)
  std::vector<Notice> notices;            // e.g. a file decoded as Windows-1252
  std::vector<FlatFormLabels> labels;     // one per flat form taken in: findings name the form's headers
  // The workspace file the user last saved it as (desktop save dialog), empty when never;
  // `document_revision`: the revision then. While they differ, every autosave is also
  // written beside the document (AutosavePath) for the next start to offer it (crash recovery).
  std::string document;
  std::uint64_t document_revision = 0;

  // Derived by Analyze() from the above; never edited.
  Validation validation;
  Metrics metrics;
  FindingIndex index;
  std::uint64_t revision = 0;             // bumped by Analyze(): views rebuild their indexes when it moves

  std::size_t total_records() const { return comp.row_count(); }
};

// Validates (with the import findings, relabelled for flat forms) and computes the metrics.
void Analyze(Workspace& w);
// Analyze in two halves, for work split across frames (import_job.hpp): the validation
// (validate() or a Validator of w.comp and w.import_findings run to its end) taken in,
// relabelled for the flat forms; then the metrics and the finding index (this one bumps the
// revision).
void TakeValidation(Workspace& w, Validation v);
void AnalyzeMetrics(Workspace& w);

// AnalyzeMetrics some rows at a time (the browser's import, across frames): the metrics by a
// MetricsBuilder, then the finding index in steps of their own. w must stay as it is meanwhile.
class MetricsAnalysis {
 public:
  explicit MetricsAnalysis(Workspace& w) : w_(w), build_(std::in_place, w.comp, w.validation) {}
  bool Step(std::size_t rows);  // about `rows` rows (MetricsBuilder::kAllRows: all); true once done

 private:
  Workspace& w_;
  std::optional<MetricsBuilder> build_;
  int index_step_ = 0;  // the finding index's next BuildStep
};

// One registry input per source. Throws std::runtime_error (in lang) when nothing is readable.
std::vector<InputSource> CollectInputs(const std::vector<std::filesystem::path>& paths, Lang lang);

// CollectInputs some bytes at a time (the browser's import, across frames): the sources are
// listed at construction (which throws as CollectInputs does), their files' bytes read by the
// steps, one file after another; a file that cannot be read throws from the step.
class InputCollector {
 public:
  InputCollector(const std::vector<std::filesystem::path>& paths, Lang lang);
  bool Step(std::size_t bytes);  // about `bytes` more read; true once every file is
  // A bundle's files come with a BundleFileReader that hands each one's bytes to the reader
  // and lets them go once its table is built, instead of all of them being held until the
  // last table is read (at 1M ASN: 231 MB fewer at the import's high point).
  std::vector<InputSource> Take();

 private:
  Lang lang_;
  std::vector<InputSource> sources_;
  std::vector<std::vector<std::filesystem::path>> paths_;  // per source, its files' paths
  std::size_t source_ = 0, file_ = 0;                      // the file being read
  std::optional<FileBytesReader> reading_;
};

// Reads and merges paths in one go (flat forms with their guessed mapping, matched against
// `units` when given). Throws InputError (unusable input) or std::runtime_error.
Workspace ReadWorkspace(const std::vector<std::filesystem::path>& paths, const Compilation* units);
// The message for what reading threw, in lang.
std::string ReadErrorMessage(Lang lang, const std::exception& e);

// The data of a workspace as a merge input (a lossless copy of the compilation).
Loaded AsLoaded(const Workspace& w);
// A workspace from one read input, or from several merged (policy terbaru).
// analyze = false: the caller runs Analyze (or its halves) itself.
Workspace MakeWorkspace(ReadInput r, bool analyze = true);
Workspace MergeIntoWorkspace(std::vector<Loaded> inputs, std::vector<FlatFormLabels> labels, std::string name,
                             bool analyze = true);

// An empty compilation (Mulai baru): instansi, tahun, tanggal (YYYY-MM-DD).
Workspace NewWorkspace(std::string instansi, int tahun, std::string tanggal);

// Writes bytes to path atomically, keeping the previous version as <name>.bak (registry/atomic_file.hpp).
bool WriteFileAtomic(const std::filesystem::path& path, std::string_view bytes);

// Replaces the stored copy in dir; returns false when it could not be written. With a
// document: also writes the autosave beside it (changes since it was saved) or removes it (none).
bool StoreWorkspace(const Workspace& w, const std::filesystem::path& dir);

// StoreWorkspace in steps (the app's autosave, across frames): the compilation is streamed to
// the temp files a slice of rows per step, and at the last step the files take the old ones'
// places (each atomically, as write_file_atomic does). Destroyed before its last step (the
// workspace changed meanwhile), it removes its temp files: the stored copy stays whole. The
// workspace must stay as it is while the store runs.
class WorkspaceStore {
 public:
  WorkspaceStore(const Workspace& w, const std::filesystem::path& dir);
  WorkspaceStore(const WorkspaceStore&) = delete;
  WorkspaceStore& operator=(const WorkspaceStore&) = delete;
  ~WorkspaceStore();

  bool Step(std::size_t rows);  // about `rows` rows written; true once the store is complete
  bool Ok() const { return ok_; }  // once complete: whether everything was written

 private:
  const Workspace& w_;
  std::filesystem::path root_;
  std::string side_;  // workspace.json: what only the reader knew, built at the start (small)
  // Where the files' size helps (AtomicFileWriter::kReserveHelps), a first pass counts the bytes.
  std::optional<WorkspaceJsonWriter> measure_;
  std::uint64_t size_ = 0;
  WorkspaceJsonWriter json_;
  std::string chunk_;
  AtomicFileWriter data_;
  std::unique_ptr<AtomicFileWriter> autosave_;  // beside the document, when it has unsaved changes
  bool ok_ = true;
};
// <document>.autosave: the changes not yet saved to the document, kept beside it.
std::filesystem::path AutosavePath(const std::string& document);
// Whether w's document has an autosave newer than itself (unsaved changes survived a crash).
bool HasNewerAutosave(const Workspace& w);
void ForgetStoredWorkspace(const std::filesystem::path& dir);
bool HasStoredWorkspace(const std::filesystem::path& dir);
// Throws InputError when the stored copy is unreadable.
Workspace LoadStoredWorkspace(const std::filesystem::path& dir);
// LoadStoredWorkspace in parts, for the steps of a job (the app's restore, import_job.hpp):
// the stored files (the side file's bytes; data.kompilasi.json, found there, is read as it is
// parsed, never whole in memory: at a million ASN it is a gigabyte); the workspace they hold,
// not analysed (throws InputError); once it is analysed, whether its document has changes not
// saved to it. ReadStoredFiles throws std::runtime_error when either file cannot be read.
struct StoredFiles {
  std::filesystem::path data;  // data.kompilasi.json
  std::string side;            // workspace.json's bytes
};
StoredFiles ReadStoredFiles(const std::filesystem::path& dir);
Workspace ParseStoredWorkspace(const StoredFiles& files);
void SetDocumentRevision(Workspace& w);

// ParseStoredWorkspace some rows at a time (the browser's restore, across frames): the small
// side file is parsed at construction, data.kompilasi.json read and parsed by a
// WorkspaceJsonReader from the file, a buffer at a time.
class StoredWorkspaceReader {
 public:
  explicit StoredWorkspaceReader(const StoredFiles& files);
  bool Step(std::size_t rows);  // WorkspaceJsonReader::step; true once done
  double Done() const { return json_.done(); }
  Workspace Take();

 private:
  std::array<std::size_t, kTableCount> rows_{};  // the tables' row counts the side file notes
  Workspace w_;  // the name and what the side file holds
  WorkspaceJsonReader json_;
};

}  // namespace kompilasi::ui
