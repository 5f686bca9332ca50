#include "ui/import_job.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>

#include "registry/csv_sheet.hpp"
#include "registry/xlsx_reader.hpp"
#include "ui/app_state.hpp"
#include "registry/report_format.hpp"

namespace kompilasi::ui {
namespace {

// Bytes of the picked files copied into the heap per call of the collect step in the browser
// (about 10 ms: the in-memory file system copies at roughly 0.7 GB/s there); PollImport runs
// as many calls as fit its budget in a frame.
constexpr std::size_t kCollectSlice = 8u << 20;
// Records of a CSV bundle (or rows of the stored workspace's file) read per call of the read
// step in the browser: a few milliseconds.
constexpr std::size_t kReadSlice = 4096;
// Rows validated per call of the validate step in the browser (Validator::step): likewise.
constexpr std::size_t kValidateSlice = 4096;
// Rows of a metrics pass per call of the metrics step in the browser (MetricsBuilder::step).
constexpr std::size_t kMetricsSlice = 32768;

bool IsWorkbook(const XlsxBook& book) {
  return std::any_of(book.sheets.begin(), book.sheets.end(), [](const Sheet& sh) {
    std::string n = sh.name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return table_by_name(n).has_value();
  });
}

// A flat form's sheet, or nothing when the input is another form.
std::optional<Sheet> FlatSheet(const InputSource& src, std::vector<Notice>& notices) {
  if (src.folder || src.files.size() != 1) return std::nullopt;
  const auto form = input_form(src.path, false);
  if (form == InputForm::flat_csv) return read_csv_sheet(src.files.front().bytes, src.path, notices);
  if (form == InputForm::xlsx) {
    XlsxBook book = read_xlsx(src.files.front().bytes, src.path);
    if (IsWorkbook(book) || book.sheets.empty()) return std::nullopt;
    return std::move(book.sheets.front());
  }
  return std::nullopt;
}

void NextImport(AppState& s) {
  s.import.reset();
  if (s.import_queue.empty()) return;
  s.import = std::move(s.import_queue.front());
  s.import_queue.pop_front();
}

void AddAnalysis(ImportWork& work, bool thread);

// The steps that turn work.reads into work.result: replacing the workspace or merged into
// `current` (read by the worker; the UI does not change it while the job runs), then analysed.
void AddTakeIn(ImportWork& work, const Workspace* current, bool replace, std::string merged_name, bool thread) {
  work.job.Add("jobs.step.combine", 1, [&work, current, replace, merged_name] {
    if (work.reads.empty()) return;
    if ((replace || !current) && work.reads.size() == 1) {
      work.result = MakeWorkspace(std::move(work.reads.front()), false);
      work.reads.clear();
      return;
    }
    std::vector<Loaded> inputs;
    std::vector<FlatFormLabels> labels;
    std::string name = merged_name;
    if (!replace && current) {
      inputs.push_back(AsLoaded(*current));
      labels = current->labels;
      name = current->name;
    }
    for (ReadInput& r : work.reads) {
      if (r.labels) labels.push_back(std::move(*r.labels));
      inputs.push_back(std::move(r.loaded));
    }
    work.reads.clear();
    work.result = MergeIntoWorkspace(std::move(inputs), std::move(labels), std::move(name), false);
  });
  AddAnalysis(work, thread);
}

// The steps that analyse work.result: the validation (without a worker thread a slice of rows
// per call), then the metrics.
void AddAnalysis(ImportWork& work, bool thread) {
  const std::size_t slice = thread ? Validator::kAllRows : kValidateSlice;
  work.job.AddSliced("jobs.step.validate", 3, [&work, slice, check = std::shared_ptr<Validator>()]() mutable {
    if (!work.result) return true;
    if (!check) check = std::make_shared<Validator>(work.result->comp, work.result->import_findings);
    if (!check->step(slice)) return false;
    TakeValidation(*work.result, check->take());
    check.reset();
    return true;
  });
  const std::size_t rows = thread ? MetricsBuilder::kAllRows : kMetricsSlice;
  work.job.AddSliced("jobs.step.metrics", 2, [&work, rows, analysis = std::shared_ptr<MetricsAnalysis>()]() mutable {
    if (!work.result) return true;
    if (!analysis) analysis = std::make_shared<MetricsAnalysis>(*work.result);
    return analysis->Step(rows);
  });
}

// The import is done: its workspace replaces the open one, its flat forms wait for mapping.
void PutInPlace(AppState& s, ImportWork& work) {
  if (work.restore) {
    if (work.result) PutRestored(s, std::move(*work.result));
    return;
  }
  if (work.result) {
    if (!work.rename.empty()) work.result->name = work.rename;
    const bool conflicts = !work.result->comp.konflik.empty();
    ReplaceWorkspace(s, std::move(work.result), work.label_key);
    if (conflicts) s.tab_request = Tab::conflicts;
    for (PendingImport& p : work.forms) p.replace = false;  // they join what was just opened
  }
  for (PendingImport& p : work.forms) s.import_queue.push_back(std::move(p));
  if (!s.import) NextImport(s);
}

}  // namespace

void StartOpen(AppState& s, std::vector<std::filesystem::path> paths, bool replace, const char* label_key, std::string rename,
               bool handed_over) {
  auto work = std::make_unique<ImportWork>();
  ImportWork& wk = *work;
  wk.label_key = label_key;
  wk.rename = std::move(rename);
  const Workspace* current = s.workspace ? &*s.workspace : nullptr;
  ReadOptions opt;
  if (current && !replace) {
    opt.units = &current->comp;
    opt.tanggal_kompilasi = current->comp.tanggal_kompilasi;
  }
  if (opt.tanggal_kompilasi.empty()) opt.tanggal_kompilasi = today_iso();
  const Lang lang = s.lang;
  // The picked files' bytes are copied into the heap a slice at a time without a worker thread.
  const std::size_t bytes = s.worker_threads ? std::numeric_limits<std::size_t>::max() : kCollectSlice;
  wk.job.AddSliced("jobs.step.collect", 1, [&wk, paths = std::move(paths), lang, handed_over, bytes,
                                            collector = std::shared_ptr<InputCollector>()]() mutable {
    const auto remove = [&] {
      if (!handed_over) return;
      std::error_code ec;  // what cannot be removed only costs memory
      for (const auto& p : paths) std::filesystem::remove_all(p, ec);
    };
    try {
      if (!collector) collector = std::make_shared<InputCollector>(paths, lang);
      if (!collector->Step(bytes)) return false;
    } catch (...) {
      remove();
      throw;
    }
    wk.sources = collector->Take();
    collector.reset();
    remove();
    return true;
  });
  // One source after another; without a worker thread (the browser) a CSV bundle a slice of
  // records per call, so that its frames stay short; with one, each input at once.
  struct Reading {
    std::size_t next = 0;
    std::unique_ptr<InputReader> reader;
  };
  const std::size_t slice = s.worker_threads ? std::numeric_limits<std::size_t>::max() : kReadSlice;
  wk.job.AddSliced("jobs.step.read", 4, [&wk, opt, replace, slice, at = std::make_shared<Reading>()] {
    while (at->next < wk.sources.size()) {
      InputSource& src = wk.sources[at->next];
      if (!at->reader) {
        PendingImport p;
        if (auto sheet = FlatSheet(src, p.notices)) {
          p.sheet = std::move(*sheet);
          p.mapping = guess_mapping(p.sheet);
          p.source = std::move(src);
          p.replace = replace && wk.reads.empty() && wk.forms.empty();
          wk.forms.push_back(std::move(p));
          ++at->next;
          continue;
        }
        at->reader = std::make_unique<InputReader>(src, opt);
      }
      if (!at->reader->step(slice)) return false;
      wk.reads.push_back(at->reader->take());
      at->reader.reset();
      ++at->next;
    }
    wk.sources.clear();
    return true;
  });
  AddTakeIn(wk, current, replace, std::string(tr(s.lang, "views.merge.name")), s.worker_threads);
  s.import_job = std::move(work);
  s.import_job->job.Start(s.worker_threads);
}

void StartConfirmedImport(AppState& s) {
  if (!s.import) return;
  auto work = std::make_unique<ImportWork>();
  ImportWork& wk = *work;
  const bool replace = s.import->replace;
  const FlatFormOptions options = FormOptions(s, *s.import);
  auto pending = std::make_shared<PendingImport>(std::move(*s.import));
  NextImport(s);
  wk.job.Add("jobs.step.read", 4, [&wk, pending, options] {
    FlatFormResult r = read_flat_form(pending->sheet, pending->mapping, options);
    r.loaded.notices.insert(r.loaded.notices.begin(), pending->notices.begin(), pending->notices.end());
    wk.reads.push_back({std::move(r.loaded), std::move(r.labels)});
  });
  AddTakeIn(wk, s.workspace ? &*s.workspace : nullptr, replace, std::string(tr(s.lang, "views.merge.name")), s.worker_threads);
  s.import_job = std::move(work);
  s.import_job->job.Start(s.worker_threads);
}

void StartRestore(AppState& s, const std::filesystem::path& dir) {
  auto work = std::make_unique<ImportWork>();
  ImportWork& wk = *work;
  wk.restore = true;
  // As an import's: without a worker thread the workspace is read and parsed a slice of rows a
  // call; with one, at once.
  auto files = std::make_shared<StoredFiles>();
  wk.job.Add("jobs.step.collect", 1, [files, dir] { *files = ReadStoredFiles(dir); });
  const std::size_t rows = s.worker_threads ? WorkspaceJsonReader::kAllRows : kReadSlice;
  wk.job.AddSliced("jobs.step.read", 4, [&wk, files, rows, reader = std::shared_ptr<StoredWorkspaceReader>()]() mutable {
    if (!reader) reader = std::make_shared<StoredWorkspaceReader>(*files);
    const bool done = reader->Step(rows);
    wk.job.SetStepPart(reader->Done());
    if (!done) return false;
    wk.result = reader->Take();
    reader.reset();
    return true;
  });
  AddAnalysis(wk, s.worker_threads);
  s.import_job = std::move(work);
  s.import_job->job.Start(s.worker_threads);
  s.status = Say("jobs.restore.title");
}

bool PollImport(AppState& s, double budget_ms) {
  if (!s.import_job) return false;
  const auto end = std::chrono::steady_clock::now() + std::chrono::microseconds(static_cast<std::int64_t>(budget_ms * 1000));
  bool done = s.import_job->job.Poll();
  while (!done && !s.worker_threads && std::chrono::steady_clock::now() < end) done = s.import_job->job.Poll();
  if (!done) return true;
  std::unique_ptr<ImportWork> work = std::move(s.import_job);
  s.last_import_ms = work->job.ElapsedMs();
  s.last_import_steps = work->job.Timings();
  if (work->restore) s.status = Say("ui.status.ready");  // no longer restoring (PutRestored then counts the rows)
  work->job.Finish();  // throws what a step threw: nothing was put in place
  PutInPlace(s, *work);
  return false;
}

void FinishImportNow(AppState& s) {
  while (PollImport(s, 1e9)) {
  }
}

FlatFormOptions FormOptions(const AppState& s, const PendingImport& p) {
  FlatFormOptions o;
  o.name = p.source.name;
  o.file = p.source.path;
  const bool units = s.workspace && !p.replace;
  o.units = units ? &s.workspace->comp : nullptr;
  o.tanggal_kompilasi = units && !s.workspace->comp.tanggal_kompilasi.empty() ? s.workspace->comp.tanggal_kompilasi : today_iso();
  return o;
}

}  // namespace kompilasi::ui
