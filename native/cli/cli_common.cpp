#include "cli_common.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "registry/atomic_file.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/file_bytes.hpp"
#include "registry/input_error.hpp"
#include "registry/inputs.hpp"
#include "registry/io_messages.hpp"
#include "registry/normalize.hpp"
#include "registry/report_format.hpp"
#include "mapped_file.hpp"

namespace kompilasi::cli {
namespace fs = std::filesystem;
namespace {

std::vector<Command>& command_table() {
  static std::vector<Command> table;
  return table;
}
std::vector<ExportFormat>& format_table() {
  static std::vector<ExportFormat> table;
  return table;
}

const OptionSpec kCommon[] = {{"--tanggal", true}, {"--peta", true}, {"--lang", true}};

bool strict_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const auto num = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(s.substr(at, n))); };
  return valid_date(num(0, 4), num(5, 2), num(8, 2));
}

// Largest input file read (bytes): 2 GiB, or the environment variable KOMPILASI_BATAS_MASUKAN.
// A national bundle is half a gigabyte; anything much larger is not a compilation and would
// only exhaust memory.
std::uintmax_t input_limit() {
  constexpr std::uintmax_t kDefault = std::uintmax_t{2} << 30;
  const char* env = std::getenv("KOMPILASI_BATAS_MASUKAN");
  if (!env || !*env) return kDefault;
  std::uintmax_t n = 0;
  for (const char* c = env; *c; ++c) {
    if (*c < '0' || *c > '9' || n > (UINTMAX_MAX - 9) / 10) throw InputError("bad_limit", "KOMPILASI_BATAS_MASUKAN", {}, env);
    n = n * 10 + static_cast<std::uintmax_t>(*c - '0');
  }
  return n;
}

void check_size(std::uintmax_t size, const std::string& shown) {
  if (const std::uintmax_t limit = input_limit(); size > limit) throw InputError("too_large", shown, {}, std::to_string(limit));
}

std::string read_bytes(const fs::path& path, const std::string& shown) {
  auto bytes = read_file_bytes(path, [&](std::uintmax_t size) { check_size(size, shown); });
  if (!bytes) throw InputError("unreadable", shown, {}, std::strerror(errno));
  return std::move(*bytes);
}

// A bundle's file mapped, or read where it cannot be mapped (a file system without mmap).
std::unique_ptr<FileBytes> map_bytes(const fs::path& path, const std::string& shown) {
  if (auto mapped = MappedFile::open(path, [&](std::uintmax_t size) { check_size(size, shown); })) return mapped;
  return std::make_unique<HeldBytes>(read_bytes(path, shown));
}

InputSource gather(const std::string& given, std::string name) {
  const fs::path path(given);
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw InputError("not_found", given);
  InputSource src{given, std::move(name), fs::is_directory(status), {}, {}};
  if (!input_form(given, src.folder)) throw InputError("not_a_form", given);
  if (!src.folder) {
    src.files.push_back({given, read_bytes(path, given)});
    return src;
  }
  std::vector<fs::path> wanted;
  for (const auto& entry : fs::directory_iterator(path, ec))
    if (entry.is_regular_file() && bundle_file_wanted(entry.path().filename().string())) wanted.push_back(entry.path());
  if (ec) throw InputError("unreadable", given, {}, ec.message());
  if (wanted.empty()) throw InputError("bundle_empty", given);
  std::sort(wanted.begin(), wanted.end());
  // Each file is mapped when its table is read and unmapped once the table is built (mapped_file.hpp).
  for (const auto& p : wanted) src.files.push_back({p.filename().string(), {}});
  src.read = [path](const std::string& file) { return map_bytes(path / file, (path / file).string()); };
  return src;
}

// The unit table flat forms match against: the units of the other inputs.
Compilation units_of(std::span<const ReadInput> read) {
  Compilation units;
  for (const ReadInput& r : read) {
    const Compilation& c = r.loaded.comp;
    const Table& u = c.table(TableId::unit);
    for (std::size_t row = 0; row < u.rows(); ++row)
      units.add_row(TableId::unit, {c.text(TableId::unit, row, 0), c.text(TableId::unit, row, 1),
                                    c.text(TableId::unit, row, 2), c.text(TableId::unit, row, 3)});
  }
  return units;
}

}  // namespace

CommandRegistration::CommandRegistration(Command c) { command_table().push_back(std::move(c)); }
std::span<const Command> commands() { return command_table(); }
const Command* find_command(std::string_view name) {
  for (const Command& c : command_table())
    if (c.name == name) return &c;
  return nullptr;
}

ExportFormatRegistration::ExportFormatRegistration(ExportFormat f) { format_table().push_back(f); }
std::span<const ExportFormat> export_formats() { return format_table(); }

std::optional<std::string> Args::value(std::string_view option) const {
  if (const auto it = values.find(option); it != values.end()) return it->second;
  return std::nullopt;
}

Lang lang_of(std::span<char* const> argv) {
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string_view a = argv[i];
    if (a == "--lang=en" || (a == "--lang" && i + 1 < argv.size() && std::string_view(argv[i + 1]) == "en")) return Lang::en;
  }
  return Lang::id;
}

std::string usage(Lang lang) {
  std::vector<const Command*> sorted;
  for (const Command& c : commands()) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [](const Command* a, const Command* b) { return a->name < b->name; });
  std::string formats;
  for (const ExportFormat& f : export_formats()) formats += (formats.empty() ? "" : "|") + std::string(f.name);
  std::string text(tr(lang, "cli.usage"));
  for (const Command* c : sorted) text += "\n  " + trf(lang, c->usage_key, {{"formats", formats}});
  return text + "\n" + std::string(tr(lang, "cli.usage.common"));
}

Args parse_args(const Command& command, std::span<char* const> argv, Lang lang) {
  Args a;
  a.command = &command;
  a.lang = lang;
  const std::string cmd(command.name);
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (options_done || arg.size() < 2 || arg[0] != '-') {
      a.inputs.push_back(std::move(arg));
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::optional<std::string> inline_value;
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg.resize(eq);
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& o : command.options)
      if (o.name == arg) spec = &o;
    for (const OptionSpec& o : kCommon)
      if (o.name == arg) spec = &o;
    if (!spec) throw CliError(trf(lang, "cli.unknown_option", {{"option", arg}, {"command", cmd}}));
    if (a.has(arg)) throw CliError(trf(lang, "cli.repeated_option", {{"option", arg}}));
    std::string value;
    if (spec->takes_value) {
      if (inline_value) value = *inline_value;
      else if (i + 1 < argv.size()) value = argv[++i];
      else throw CliError(trf(lang, "cli.missing_value", {{"option", arg}}));
    } else if (inline_value) {
      throw CliError(trf(lang, "cli.flag_with_value", {{"option", arg}}));
    }
    a.values.emplace(arg, std::move(value));
  }
  if (command.needs_output && !a.has("-o")) throw CliError(trf(lang, "cli.missing_output", {{"command", cmd}}));
  if (const auto t = a.value("--tanggal"); t && !strict_date(*t)) throw CliError(trf(lang, "cli.bad_tanggal", {{"value", *t}}));
  if (const auto l = a.value("--lang"); l && *l != "id" && *l != "en") throw CliError(trf(lang, "cli.bad_lang", {{"value", *l}}));
  return a;
}

Workspace load_workspace(const Args& args, const std::string& prefer) {
  const Lang lang = args.lang;
  if (args.inputs.empty()) throw CliError(trf(lang, "cli.no_input", {{"command", std::string(args.command->name)}}));
  Workspace ws;
  std::vector<std::string> absolute;
  for (const std::string& in : args.inputs) {
    std::error_code ec;
    const fs::path given = fs::absolute(in, ec);
    if (ec || in.empty()) throw InputError("not_found", in.empty() ? "\"\"" : in);
    std::string abs = fs::weakly_canonical(given, ec).string();
    if (ec) abs = given.lexically_normal().string();
    if (std::find(absolute.begin(), absolute.end(), abs) != absolute.end())
      throw CliError(trf(lang, "cli.input_twice", {{"file", in}}));
    absolute.push_back(std::move(abs));
  }
  ws.names = submission_names(absolute);

  ReadOptions opt;
  std::string peta;
  if (const auto p = args.value("--peta")) {
    std::error_code ec;
    if (!fs::is_regular_file(*p, ec)) throw InputError("not_found", *p);
    peta = read_bytes(*p, *p);
    opt.peta = peta;
    opt.peta_file = *p;
  }
  // Flat forms last: they match their units against the other inputs' unit tables.
  std::vector<std::size_t> order(args.inputs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto flat = [&](std::size_t i) {
    const auto form = input_form(args.inputs[i], fs::is_directory(args.inputs[i]));
    return form == InputForm::flat_csv || form == InputForm::xlsx;
  };
  std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return !flat(i); });
  std::vector<ReadInput> read;
  Compilation units;
  bool units_ready = false;
  for (const std::size_t i : order) {
    if (flat(i) && !units_ready) {
      units = units_of(read);
      opt.units = &units;
      units_ready = true;
    }
    read.push_back(read_input(gather(args.inputs[i], ws.names[i]), opt));
    for (const Notice& n : read.back().loaded.notices) say(trf(lang, "cli.notice", {{"text", notice_message(lang, n)}}));
  }
  for (ReadInput& r : read)
    if (r.labels) ws.labels.push_back(std::move(*r.labels));
  if (args.has("--peta") && ws.labels.empty()) say(trf(lang, "cli.peta_unused", {{"file", opt.peta_file}}));

  if (read.size() == 1) {
    ws.comp = std::move(read.front().loaded.comp);
    ws.import_findings = std::move(read.front().loaded.findings);
  } else {
    MergePolicy policy;
    if (!prefer.empty()) {
      std::error_code ec;
      const std::string want = fs::weakly_canonical(fs::absolute(prefer, ec), ec).string();
      const auto it = std::find(absolute.begin(), absolute.end(), want);
      if (it == absolute.end()) throw CliError(trf(lang, "cli.prefer_not_input", {{"file", prefer}}));
      policy = MergePolicy::prefer(ws.names[static_cast<std::size_t>(it - absolute.begin())]);
    }
    std::vector<Loaded> loaded;
    for (ReadInput& r : read) {
      for (Finding& f : r.loaded.findings) {
        f.table_row = kNoRow;  // the merge renumbers the rows
        ws.import_findings.push_back(std::move(f));
      }
      r.loaded.findings.clear();
      loaded.push_back(std::move(r.loaded));
    }
    ws.comp = merge(loaded, policy);
    ws.merged = true;
  }

  const auto flag = args.value("--tanggal");
  if (ws.comp.tanggal_kompilasi.empty()) {
    ws.comp.tanggal_kompilasi = flag ? *flag : today_iso();
    say(trf(lang, flag ? "cli.date_from_flag" : "cli.date_today", {{"date", ws.comp.tanggal_kompilasi}}));
  } else if (flag && *flag != ws.comp.tanggal_kompilasi) {
    say(trf(lang, "cli.date_override", {{"date", *flag}, {"file_date", ws.comp.tanggal_kompilasi}}));
    ws.comp.tanggal_kompilasi = *flag;
  }
  return ws;
}

Validation validate_workspace(const Workspace& ws) {
  Validation v = validate(ws.comp, ws.import_findings);
  for (const FlatFormLabels& l : ws.labels) relabel_findings(v, ws.comp, l);
  return v;
}

void write_file(const std::string& path, std::string_view bytes, Lang lang) {
  if (const std::string why = write_file_atomic(path, bytes); !why.empty())
    throw CliError(trf(lang, "cli.write_failed", {{"file", path}, {"detail", why}}));
}

void write_folder(const std::string& path, std::span<const InputFile> files, Lang lang) {
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) throw CliError(trf(lang, "cli.out_not_folder", {{"file", path}}));
  fs::create_directories(path, ec);
  if (ec) throw CliError(trf(lang, "cli.write_failed", {{"file", path}, {"detail", ec.message()}}));
  for (const InputFile& f : files) write_file((fs::path(path) / f.path).string(), f.bytes, lang);
}

void say(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

}  // namespace kompilasi::cli
