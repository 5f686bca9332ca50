#include "inputs.hpp"

#include <algorithm>
#include <map>

#include "csv_bundle.hpp"
#include "csv_sheet.hpp"
#include "input_error.hpp"
#include "normalize.hpp"
#include "table_import.hpp"
#include "workspace_json.hpp"
#include "xlsx_reader.hpp"

namespace kompilasi {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals_ascii(s.substr(s.size() - suffix.size()), suffix);
}

std::vector<std::string_view> path_parts(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view part = path.substr(start, end - start);
    if (!part.empty() && part != ".") parts.push_back(part);
    start = end + 1;
  }
  return parts;
}

std::string base_without_extension(std::string_view base) {
  if (ends_with_ci(base, ".kompilasi.json") && base.size() > 15) return std::string(base.substr(0, base.size() - 15));
  const auto dot = base.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

Loaded read_workbook(const XlsxBook& book, const std::string& file, std::string name) {
  Loaded out;
  out.name = std::move(name);
  std::vector<std::string_view> fields;
  const auto views = [&](const std::vector<std::string>& row) -> std::span<const std::string_view> {
    fields.assign(row.begin(), row.end());
    return fields;
  };
  const auto blank = [](const std::vector<std::string>& row) {
    return std::all_of(row.begin(), row.end(), [](const std::string& s) { return s.empty(); });
  };
  for (const Sheet& sheet : book.sheets) {
    if (sheet.rows.empty()) continue;
    if (iequals_ascii(sheet.name, "kompilasi")) {
      const std::string sheet_file = file + " [" + sheet.name + "]";
      HeaderImport header(out.comp, sheet_file, views(sheet.rows[0]), "line:1");
      for (std::size_t i = 1; i < sheet.rows.size(); ++i)
        if (!blank(sheet.rows[i])) header.row(views(sheet.rows[i]), "line:" + std::to_string(i + 1));
      continue;
    }
    std::optional<TableId> table;
    for (const TableId t : kAllTables)
      if (iequals_ascii(sheet.name, spec(t).name)) table = t;
    if (!table || out.comp.table(*table).rows()) continue;
    TableImport import(out, *table, views(sheet.rows[0]), sheet.rows.size());
    for (std::size_t i = 1; i < sheet.rows.size(); ++i)
      if (!blank(sheet.rows[i])) import.row(views(sheet.rows[i]), static_cast<std::uint32_t>(i), true);
    import.finish();
  }
  return out;
}

bool is_workbook(const XlsxBook& book) {
  return std::any_of(book.sheets.begin(), book.sheets.end(), [](const Sheet& s) {
    return std::any_of(kAllTables.begin(), kAllTables.end(), [&](TableId t) { return iequals_ascii(s.name, spec(t).name); });
  });
}

// A flat form is a whole submission: one without any answer is the wrong file or a failed
// download, not an empty submission (issue 7), so it is unusable input naming the file and,
// when it has one, its header row.
void refuse_empty_form(const Sheet& sheet, const InputSource& in, bool csv) {
  const auto blank_row = [](const std::vector<std::string>& row) {
    return std::all_of(row.begin(), row.end(), [](const std::string& c) { return trim(c).empty(); });
  };
  const auto header = std::find_if_not(sheet.rows.begin(), sheet.rows.end(), blank_row);
  if (header == sheet.rows.end()) throw InputError("flat_form_empty", in.path);
  if (std::all_of(header + 1, sheet.rows.end(), blank_row)) {
    const std::string n = std::to_string(header - sheet.rows.begin() + 1);
    throw InputError("flat_form_header_only", in.path, csv ? "line:" + n : "cell:A" + n);
  }
}

ReadInput read_flat(const Sheet& sheet, const InputSource& in, const ReadOptions& opt, std::vector<Notice> notices) {
  refuse_empty_form(sheet, in, input_form(in.path, false) == InputForm::flat_csv);
  FlatFormMapping mapping = guess_mapping(sheet);
  if (!opt.peta_file.empty()) {
    auto peta_notices = apply_peta(mapping, opt.peta, opt.peta_file);
    notices.insert(notices.end(), peta_notices.begin(), peta_notices.end());
  }
  FlatFormResult r = read_flat_form(sheet, mapping, {.name = in.name, .file = in.path, .units = opt.units, .tanggal_kompilasi = opt.tanggal_kompilasi});
  r.loaded.notices.insert(r.loaded.notices.begin(), notices.begin(), notices.end());
  return {std::move(r.loaded), std::move(r.labels)};
}

}  // namespace

std::optional<InputForm> input_form(std::string_view path, bool folder) {
  if (folder) return InputForm::csv_bundle;
  if (ends_with_ci(path, ".kompilasi.json")) return InputForm::workspace;
  if (ends_with_ci(path, ".xlsx") || ends_with_ci(path, ".xlsm")) return InputForm::xlsx;
  if (ends_with_ci(path, ".csv")) return InputForm::flat_csv;
  return std::nullopt;
}

std::vector<std::string> submission_names(std::span<const std::string> paths) {
  std::vector<std::vector<std::string_view>> parts;
  std::vector<std::string> names;
  std::vector<std::size_t> depth(paths.size(), 1);  // path components in the name
  for (const std::string& p : paths) {
    parts.push_back(path_parts(p));
    names.push_back(parts.back().empty() ? std::string() : base_without_extension(parts.back().back()));
  }
  for (bool changed = true; changed;) {
    changed = false;
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < names.size(); ++i) groups[names[i]].push_back(i);
    for (const auto& [name, members] : groups) {
      if (members.size() < 2) continue;
      for (const std::size_t i : members) {
        if (depth[i] >= parts[i].size()) continue;  // no parent left to tell it apart
        names[i] = std::string(parts[i][parts[i].size() - 1 - depth[i]]) + "/" + names[i];
        ++depth[i];
        changed = true;
      }
    }
  }
  return names;
}

ReadInput read_input(const InputSource& in, const ReadOptions& opt) {
  const auto form = input_form(in.path, in.folder);
  if (!form) throw InputError("not_a_form", in.path);
  if (*form == InputForm::csv_bundle) return {read_csv_bundle(in.files, in.path, in.name, in.read), std::nullopt};
  if (in.files.size() != 1) throw InputError("not_a_form", in.path);
  const std::string& bytes = in.files.front().bytes;
  switch (*form) {
    case InputForm::workspace: return {read_workspace_json(bytes, in.path, in.name), std::nullopt};
    case InputForm::xlsx: {
      const XlsxBook book = read_xlsx(bytes, in.path);
      if (is_workbook(book)) return {read_workbook(book, in.path, in.name), std::nullopt};
      if (book.sheets.empty()) throw InputError("not_a_form", in.path);
      return read_flat(book.sheets.front(), in, opt, {});
    }
    case InputForm::flat_csv: {
      std::vector<Notice> notices;
      const Sheet sheet = read_csv_sheet(bytes, in.path, notices);
      return read_flat(sheet, in, opt, std::move(notices));
    }
    case InputForm::csv_bundle: break;
  }
  throw InputError("not_a_form", in.path);
}

InputReader::InputReader(const InputSource& in, ReadOptions opt) : in_(in), opt_(std::move(opt)) {
  const auto form = input_form(in.path, in.folder);
  if (form == InputForm::csv_bundle) bundle_ = std::make_unique<CsvBundleReader>(in.files, in.path, in.name, in.read);
  if (form == InputForm::workspace && in.files.size() == 1)
    workspace_ = std::make_unique<WorkspaceJsonReader>(in.files.front().bytes, in.path, in.name);
}

InputReader::~InputReader() = default;

bool InputReader::step(std::size_t records) {
  if (result_) return true;
  if (workspace_) {
    if (!workspace_->step(records)) return false;
    result_ = ReadInput{workspace_->take(), std::nullopt};
    workspace_.reset();
    return true;
  }
  if (!bundle_) {
    result_ = read_input(in_, opt_);
    return true;
  }
  if (!bundle_->step(records)) return false;
  result_ = ReadInput{bundle_->take(), std::nullopt};
  bundle_.reset();
  return true;
}

}  // namespace kompilasi
