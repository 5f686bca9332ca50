#include "ui/workspace.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <stdexcept>
#include <system_error>

#include <nlohmann/json.hpp>

#include "registry/atomic_file.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/file_bytes.hpp"
#include "registry/input_error.hpp"
#include "registry/io_messages.hpp"
#include "registry/merge.hpp"
#include "registry/workspace_json.hpp"

namespace kompilasi::ui {
namespace fs = std::filesystem;
namespace {

bool IsKompilasiCsv(const fs::path& p) {
  std::string n = p.filename().string();
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return n == "kompilasi.csv";
}

nlohmann::json FindingJson(const Finding& f) {
  return {{"rule", rule_id(f.rule)}, {"severity", severity_name(f.severity)}, {"table", spec(f.table).name},
          {"row", f.row}, {"table_row", f.table_row}, {"column", f.column()}, {"value", f.value()},
          {"first_row", f.first_row}, {"detail", f.detail()}, {"source", f.source()}};
}

// A flat form's labels, kept with the import findings: without them a restored workspace
// would name validate()'s findings on the form's rows by canonical column ("kode_unit") beside
// the reader's own finding of the same cell under the form's header ("OPD").
nlohmann::json LabelsJson(const FlatFormLabels& l) {
  return {{"headers", l.headers}, {"pegawai", l.pegawai}, {"akun", l.akun}, {"overrides", l.overrides}, {"source", l.source}};
}

std::optional<FlatFormLabels> LabelsFrom(const nlohmann::json& j) {
  try {
    FlatFormLabels l;
    j.at("headers").get_to(l.headers);
    j.at("pegawai").get_to(l.pegawai);
    j.at("akun").get_to(l.akun);
    j.at("overrides").get_to(l.overrides);
    j.at("source").get_to(l.source);
    return l;
  } catch (const nlohmann::json::exception&) {  // a side file of another version: its findings keep canonical names
    return std::nullopt;
  }
}

std::optional<Finding> FindingFrom(const nlohmann::json& j) {
  const auto rule = rule_by_id(j.value("rule", std::string()));
  const auto table = table_by_name(j.value("table", std::string()));
  if (!rule || !table) return std::nullopt;
  const std::string sev = j.value("severity", std::string("error"));
  return Finding(*rule, sev == "info" ? Severity::info : sev == "warning" ? Severity::warning : Severity::error, *table,
                 j.value("row", 0u), j.value("table_row", kNoRow), j.value("column", std::string()),
                 j.value("value", std::string()), j.value("first_row", 0u), j.value("detail", std::string()),
                 j.value("source", std::string()));
}

}  // namespace

void Analyze(Workspace& w) {
  TakeValidation(w, validate(w.comp, w.import_findings));
  AnalyzeMetrics(w);
}

void TakeValidation(Workspace& w, Validation v) {
  w.validation = std::move(v);
  for (const FlatFormLabels& l : w.labels) relabel_findings(w.validation, w.comp, l);
}

void AnalyzeMetrics(Workspace& w) {
  MetricsAnalysis(w).Step(MetricsBuilder::kAllRows);
}

bool MetricsAnalysis::Step(std::size_t rows) {
  if (build_) {
    if (!build_->step(rows)) return false;
    w_.metrics = build_->take();
    build_.reset();
    if (rows != MetricsBuilder::kAllRows) return false;  // the index's steps are calls of their own
  }
  do w_.index.BuildStep(w_.comp, w_.validation, index_step_++);
  while (rows == MetricsBuilder::kAllRows && index_step_ < FindingIndex::kBuildSteps);
  if (index_step_ < FindingIndex::kBuildSteps) return false;
  ++w_.revision;
  return true;
}

InputCollector::InputCollector(const std::vector<fs::path>& paths, Lang lang) : lang_(lang) {
  struct Pending { fs::path path; bool folder; std::vector<fs::path> files; };
  std::vector<Pending> pending;
  std::map<fs::path, std::vector<fs::path>> loose_tables;  // parent folder → table CSVs dropped loose
  std::vector<fs::path> loose_files;
  for (const fs::path& raw : paths) {
    fs::path p = raw.filename().empty() ? raw.parent_path() : raw;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file()) files.push_back(e.path());
      std::sort(files.begin(), files.end());
      const bool bundle = std::any_of(files.begin(), files.end(),
                                      [](const fs::path& f) { return bundle_file_wanted(f.filename().string()); });
      if (bundle) pending.push_back({p, true, files});
      else loose_files.insert(loose_files.end(), files.begin(), files.end());  // a picked set of files
    } else {
      loose_files.push_back(p);
    }
  }
  for (const fs::path& f : loose_files) {
    if (bundle_file_wanted(f.filename().string())) loose_tables[f.parent_path()].push_back(f);
    else pending.push_back({f, false, {f}});
  }
  // Loose table CSVs are one bundle when they come as a set; a single one is a flat form.
  for (auto& [parent, files] : loose_tables) {
    const bool bundle = files.size() > 1 || std::any_of(files.begin(), files.end(), IsKompilasiCsv);
    if (bundle) pending.push_back({parent, true, files});
    else pending.push_back({files.front(), false, files});
  }
  if (pending.empty()) {
    const std::string where = paths.empty() ? std::string() : paths.front().string();
    throw std::runtime_error(trf(lang, "ui.error.no_files", {{"path", where}}));
  }
  std::vector<std::string> abs;
  for (const Pending& p : pending) {
    std::error_code ec;
    fs::path a = fs::absolute(p.path, ec);
    if (ec) a = p.path;
    // Table CSVs picked or dropped loose land in a folder of the platform's (the page's
    // /incoming/<n>, GLFW's /.glfw_dropped_files): that folder's name means nothing to the user.
    const std::string folder = a.filename().string();
    const bool technical = p.folder && (folder.starts_with('.') || a.parent_path().filename() == "incoming");
    if (technical) a /= "kompilasi";
    abs.push_back(a.string() + (p.folder ? "/" : ""));
  }
  const std::vector<std::string> names = submission_names(abs);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    InputSource src;
    src.folder = pending[i].folder;
    src.path = pending[i].path.filename().string();
    src.name = names[i];
    for (const fs::path& f : pending[i].files) src.files.push_back({f.filename().string(), {}});
    sources_.push_back(std::move(src));
    paths_.push_back(std::move(pending[i].files));
  }
}

bool InputCollector::Step(std::size_t bytes) {
  while (source_ < sources_.size()) {
    if (file_ == paths_[source_].size()) {
      ++source_, file_ = 0;
      continue;
    }
    const fs::path& path = paths_[source_][file_];
    if (!reading_) reading_.emplace(path);
    const auto n = static_cast<std::size_t>(std::min<std::uintmax_t>(bytes, reading_->left()));
    const bool done = reading_->step(n);
    if (reading_->failed()) throw std::runtime_error(trf(lang_, "ui.error.read_failed", {{"path", path.string()}}));
    bytes -= n;
    if (!done) return false;
    sources_[source_].files[file_].bytes = reading_->take();
    reading_.reset();
    ++file_;
    if (bytes == 0) return false;
  }
  return true;
}

std::vector<InputSource> InputCollector::Take() {
  for (InputSource& src : sources_) {
    if (!src.folder) continue;
    auto held = std::make_shared<std::map<std::string, std::string>>();
    for (InputFile& f : src.files) (*held)[f.path] = std::move(f.bytes);
    // each file is asked for once (maybe from two threads: distinct entries, the map unchanged)
    src.read = [held](const std::string& path) { return std::make_unique<HeldBytes>(std::move(held->at(path))); };
  }
  return std::move(sources_);
}

std::vector<InputSource> CollectInputs(const std::vector<fs::path>& paths, Lang lang) {
  InputCollector collector(paths, lang);
  collector.Step(std::numeric_limits<std::size_t>::max());
  return collector.Take();
}

Workspace ReadWorkspace(const std::vector<fs::path>& paths, const Compilation* units) {
  ReadOptions opt;
  opt.units = units;
  std::vector<ReadInput> reads;
  for (const InputSource& src : CollectInputs(paths, Lang::id)) reads.push_back(read_input(src, opt));
  if (reads.size() == 1) return MakeWorkspace(std::move(reads.front()));
  std::vector<Loaded> inputs;
  std::vector<FlatFormLabels> labels;
  std::string name;
  for (ReadInput& r : reads) {
    name += (name.empty() ? "" : " + ") + r.loaded.name;
    if (r.labels) labels.push_back(std::move(*r.labels));
    inputs.push_back(std::move(r.loaded));
  }
  return MergeIntoWorkspace(std::move(inputs), std::move(labels), std::move(name));
}

std::string ReadErrorMessage(Lang lang, const std::exception& e) {
  if (const auto* ie = dynamic_cast<const InputError*>(&e)) return input_error_message(lang, *ie);
  return e.what();
}

Loaded AsLoaded(const Workspace& w) {
  Loaded l = read_workspace_json(write_workspace_json(w.comp), w.name + ".kompilasi.json", w.name);
  l.findings = w.import_findings;
  for (Finding& f : l.findings) f.table_row = kNoRow;  // row indexes do not survive a merge
  return l;
}

Workspace MakeWorkspace(ReadInput r, bool analyze) {
  Workspace w;
  w.name = r.loaded.name;
  w.comp = std::move(r.loaded.comp);
  w.import_findings = std::move(r.loaded.findings);
  w.notices = std::move(r.loaded.notices);
  if (r.labels) w.labels.push_back(std::move(*r.labels));
  if (analyze) Analyze(w);
  return w;
}

Workspace MergeIntoWorkspace(std::vector<Loaded> inputs, std::vector<FlatFormLabels> labels, std::string name, bool analyze) {
  Workspace w;
  w.name = std::move(name);
  w.comp = merge(inputs);
  for (Loaded& l : inputs) {
    for (Finding& f : l.findings) {
      f.table_row = kNoRow;
      if (f.source().empty()) f.set_source(l.name);
      w.import_findings.push_back(std::move(f));
    }
    for (Notice& n : l.notices) w.notices.push_back(std::move(n));
  }
  w.labels = std::move(labels);
  if (analyze) Analyze(w);
  return w;
}

Workspace NewWorkspace(std::string instansi, int tahun, std::string tanggal) {
  Workspace w;
  w.name = instansi.empty() ? std::string("kompilasi") : instansi;
  w.comp.instansi = std::move(instansi);
  w.comp.tahun = tahun;
  w.comp.tanggal_kompilasi = std::move(tanggal);
  Analyze(w);
  return w;
}

bool WriteFileAtomic(const fs::path& path, std::string_view bytes) {
  return write_file_atomic(path, bytes, /*keep_backup=*/true).empty();
}

WorkspaceStore::WorkspaceStore(const Workspace& w, const fs::path& dir)
    : w_(w), root_(dir / "workspace"), json_(w.comp), data_(root_ / "data.kompilasi.json", /*keep_backup=*/true) {
  nlohmann::json side = {{"name", w.name}, {"findings", nlohmann::json::array()}, {"notices", nlohmann::json::array()},
                         {"labels", nlohmann::json::array()}, {"document", w.document}};
  for (const Finding& f : w.import_findings) side["findings"].push_back(FindingJson(f));
  for (const FlatFormLabels& l : w.labels) side["labels"].push_back(LabelsJson(l));
  for (const Notice& n : w.notices) side["notices"].push_back({{"code", n.code}, {"file", n.file}, {"detail", n.detail}});
  for (const TableId t : kAllTables) side["rows"][std::string(spec(t).name)] = w.comp.table(t).rows();
  side_ = side.dump();
  if (!w.document.empty() && w.revision != w.document_revision)
    autosave_ = std::make_unique<AtomicFileWriter>(AutosavePath(w.document));
  if (AtomicFileWriter::kReserveHelps) measure_.emplace(w.comp);
}

WorkspaceStore::~WorkspaceStore() = default;

bool WorkspaceStore::Step(std::size_t rows) {
  if (measure_) {
    const bool measured = measure_->step(rows, chunk_);
    size_ += chunk_.size();
    chunk_.clear();
    if (!measured) return false;
    measure_.reset();
    data_.reserve(size_);
    if (autosave_) autosave_->reserve(size_);
    return false;
  }
  const bool done = json_.step(rows, chunk_);
  data_.write(chunk_);  // a failed write shows at commit()
  if (autosave_) autosave_->write(chunk_);
  chunk_.clear();
  if (!done) return false;
  bool beside = true;
  if (autosave_) {
    beside = autosave_->commit().empty();
  } else if (!w_.document.empty()) {
    std::error_code ec;
    fs::remove(AutosavePath(w_.document), ec);
  }
  // The compilation first: a crash between the two leaves a readable pair.
  ok_ = data_.commit().empty() && WriteFileAtomic(root_ / "workspace.json", side_) && beside;
  return true;
}

bool StoreWorkspace(const Workspace& w, const fs::path& dir) {
  try {
    WorkspaceStore store(w, dir);
    while (!store.Step(1 << 16)) {  // slices: the file never whole in memory
    }
    return store.Ok();
  } catch (const std::exception&) {
    return false;
  }
}

fs::path AutosavePath(const std::string& document) { return fs::path(document + ".autosave"); }

bool HasNewerAutosave(const Workspace& w) {
  if (w.document.empty()) return false;
  std::error_code ec, ec2;
  const auto autosave = fs::last_write_time(AutosavePath(w.document), ec);
  const auto saved = fs::last_write_time(fs::path(w.document), ec2);
  return !ec && (ec2 || autosave > saved);  // a document gone missing: the autosave is all there is
}

void ForgetStoredWorkspace(const fs::path& dir) {
  std::error_code ec;
  fs::remove_all(dir / "workspace", ec);
}

bool HasStoredWorkspace(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "workspace" / "data.kompilasi.json", ec) && fs::exists(dir / "workspace" / "workspace.json", ec);
}

StoredFiles ReadStoredFiles(const fs::path& dir) {
  StoredFiles files{dir / "workspace" / "data.kompilasi.json", {}};
  const fs::path side = dir / "workspace" / "workspace.json";
  auto bytes = read_file_bytes(side);
  if (!bytes) throw std::runtime_error(trf(Lang::id, "ui.error.read_failed", {{"path", side.string()}}));
  std::error_code ec;
  if (!fs::is_regular_file(files.data, ec))
    throw std::runtime_error(trf(Lang::id, "ui.error.read_failed", {{"path", files.data.string()}}));
  files.side = std::move(*bytes);
  return files;
}

namespace {

// The name of the stored workspace and what its side file keeps (a side file that cannot be
// parsed keeps nothing), and the tables' row counts it notes (0 where none).
Workspace FromSideFile(const std::string& text, std::array<std::size_t, kTableCount>& rows) {
  const auto side = nlohmann::json::parse(text, nullptr, false);
  Workspace w;
  w.name = side.is_object() ? side.value("name", std::string("kompilasi")) : "kompilasi";
  if (!side.is_object()) return w;
  for (const auto& j : side.value("findings", nlohmann::json::array()))
    if (auto f = FindingFrom(j)) w.import_findings.push_back(std::move(*f));
  for (const auto& j : side.value("notices", nlohmann::json::array()))
    w.notices.push_back({j.value("code", std::string()), j.value("file", std::string()), j.value("detail", std::string())});
  for (const auto& j : side.value("labels", nlohmann::json::array()))
    if (auto l = LabelsFrom(j)) w.labels.push_back(std::move(*l));
  w.document = side.value("document", std::string());
  const auto counts = side.value("rows", nlohmann::json::object());
  for (const TableId t : kAllTables)
    if (const auto n = counts.find(spec(t).name); n != counts.end() && n->is_number_unsigned()) rows[index(t)] = n->get<std::size_t>();
  return w;
}

}  // namespace

namespace {

std::unique_ptr<std::istream> OpenStored(const fs::path& path) {
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) throw std::runtime_error(trf(Lang::id, "ui.error.read_failed", {{"path", path.string()}}));
  return in;
}

}  // namespace

StoredWorkspaceReader::StoredWorkspaceReader(const StoredFiles& files)
    : w_(FromSideFile(files.side, rows_)), json_(OpenStored(files.data), "data.kompilasi.json", w_.name) {
  for (const TableId t : kAllTables) json_.reserve(t, rows_[index(t)]);
}

bool StoredWorkspaceReader::Step(std::size_t rows) { return json_.step(rows); }

Workspace StoredWorkspaceReader::Take() {
  w_.comp = std::move(json_.take().comp);
  return std::move(w_);
}

Workspace ParseStoredWorkspace(const StoredFiles& files) {
  StoredWorkspaceReader reader(files);
  reader.Step(WorkspaceJsonReader::kAllRows);
  return reader.Take();
}

void SetDocumentRevision(Workspace& w) {
  // Saved when no autosave of later changes lies beside the document.
  std::error_code ec;
  if (!w.document.empty() && !fs::exists(AutosavePath(w.document), ec)) w.document_revision = w.revision;
  else w.document_revision = w.revision + 1;
}

Workspace LoadStoredWorkspace(const fs::path& dir) {
  Workspace w = ParseStoredWorkspace(ReadStoredFiles(dir));
  Analyze(w);
  SetDocumentRevision(w);
  return w;
}

}  // namespace kompilasi::ui
