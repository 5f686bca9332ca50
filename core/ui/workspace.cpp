#include "ui/workspace.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

#include "registry/i18n.hpp"

namespace kompilasi::ui {
namespace fs = std::filesystem;
namespace {

std::string ReadBytes(const fs::path& p, Lang lang) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(trf(lang, "ui.error.read_failed", {{"path", p.string()}}));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Data records of a CSV text: non-blank lines after the header, a quoted field spanning
// lines counted once.
std::size_t CountRecords(std::string_view text) {
  std::size_t records = 0;
  bool quoted = false, blank = true, header = true;
  for (char ch : text) {
    if (ch == '"') quoted = !quoted;
    if (ch == '\n' && !quoted) {
      if (!blank) { if (header) header = false; else ++records; }
      blank = true;
    } else if (ch != '\r' && ch != ' ' && ch != '\t') {
      blank = false;
    }
  }
  if (!blank && !header) ++records;
  return records;
}

void WriteBytes(const fs::path& p, std::string_view bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error(p.string());
}

}  // namespace

std::size_t Workspace::total_records() const {
  std::size_t n = 0;
  for (const auto& f : summary) n += f.records;
  return n;
}

Workspace MakeWorkspace(std::string name, std::vector<InputFile> files) {
  std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  Workspace w;
  w.name = std::move(name);
  for (const auto& f : files) w.summary.push_back({f.path, CountRecords(f.bytes)});
  w.files = std::move(files);
  return w;
}

Workspace ReadWorkspace(const std::vector<fs::path>& paths, Lang lang) {
  std::vector<InputFile> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file()) files.push_back({e.path().filename().string(), ReadBytes(e.path(), lang)});
    } else {
      files.push_back({p.filename().string(), ReadBytes(p, lang)});
    }
  }
  if (files.empty()) {
    const std::string where = paths.empty() ? std::string() : paths.front().string();
    throw std::runtime_error(trf(lang, "ui.error.no_files", {{"path", where}}));
  }
  fs::path first = paths.front();
  if (first.filename().empty()) first = first.parent_path();  // "folder/"
  std::string name;
  if (paths.size() > 1) name = first.parent_path().filename().string();
  else if (fs::is_directory(first)) name = first.filename().string();
  else name = first.stem().string();
  return MakeWorkspace(std::move(name), std::move(files));
}

bool StoreWorkspace(const Workspace& w, const fs::path& dir) {
  try {
    ForgetStoredWorkspace(dir);
    const fs::path root = dir / "workspace";
    for (const auto& f : w.files) WriteBytes(root / "files" / f.path, f.bytes);
    WriteBytes(root / "name", w.name);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

void ForgetStoredWorkspace(const fs::path& dir) {
  std::error_code ec;
  fs::remove_all(dir / "workspace", ec);
}

bool HasStoredWorkspace(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "workspace" / "name", ec);
}

Workspace LoadStoredWorkspace(const fs::path& dir, Lang lang) {
  const fs::path root = dir / "workspace";
  std::vector<InputFile> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root / "files", ec))
    if (e.is_regular_file()) files.push_back({e.path().filename().string(), ReadBytes(e.path(), lang)});
  return MakeWorkspace(ReadBytes(root / "name", lang), std::move(files));
}

}  // namespace kompilasi::ui
