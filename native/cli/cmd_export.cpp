// kompilasi export INPUT… -o OUT [--format json|csv|…] [--excel-id] [--anonim [--kunci-file F]]
// The formats register themselves (ExportFormatRegistration); json and csv live here.
#include <algorithm>
#include <array>

#include "cli_common.hpp"
#include "export_anon.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/normalize.hpp"
#include "registry/workspace_json.hpp"

namespace kompilasi::cli {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals_ascii(s.substr(s.size() - suffix.size()), suffix);
}

const ExportFormat& chosen_format(const Args& a, const std::string& out) {
  const auto formats = export_formats();
  if (const auto name = a.value("--format")) {
    for (const ExportFormat& f : formats)
      if (f.name == *name) return f;
    std::string list;
    for (const ExportFormat& f : formats) list += (list.empty() ? "" : ", ") + std::string(f.name);
    throw CliError(trf(a.lang, "cli.bad_format", {{"value", *name}, {"list", list}}));
  }
  const ExportFormat* fallback = nullptr;
  for (const ExportFormat& f : formats) {
    if (f.suffix.empty()) fallback = &f;
    else if (ends_with_ci(out, f.suffix)) return f;
  }
  return *fallback;
}

void write_json(const Workspace& ws, const Args& a, const std::string& out) {
  if (!ends_with_ci(out, ".kompilasi.json")) say(trf(a.lang, "cli.export_json_name", {{"file", out}}));
  write_file(out, write_workspace_json(ws.comp), a.lang);
}

void write_csv(const Workspace& ws, const Args& a, const std::string& out) {
  write_folder(out, write_csv_bundle(ws.comp, {.excel_id = a.has("--excel-id")}), a.lang);
}

int run_export(const Args& a) {
  const std::string out = *a.value("-o");
  const ExportFormat& format = chosen_format(a, out);
  if (a.has("--excel-id") && format.write != write_csv) throw CliError(trf(a.lang, "cli.excel_id_csv_only", {}));
  if (a.has("--kunci-file") && !a.has("--anonim")) throw CliError(std::string(tr(a.lang, "cli.anon_key_without_anon")));
  const std::string passphrase = a.has("--anonim") ? anon_passphrase(a) : std::string();
  Workspace ws = load_workspace(a);
  // what reading changed (extra fields dropped, columns ignored) is said, never silent
  if (!ws.import_findings.empty()) {
    std::array<std::size_t, kRuleCount> counts{};
    for (const Finding& f : ws.import_findings) ++counts[static_cast<std::size_t>(f.rule)];
    std::string list;
    for (std::size_t r = 0; r < kRuleCount; ++r)
      if (counts[r]) list += (list.empty() ? "" : ", ") + std::string(rule_id(static_cast<Rule>(r))) + " " + std::to_string(counts[r]);
    say(trf(a.lang, "cli.export_import_findings", {{"list", list}}));
  }
  if (a.has("--anonim")) ws = anonymised(ws, passphrase, a);
  format.write(ws, a, out);
  say(trf(a.lang, "cli.exported", {{"file", out}, {"format", format.name}}));
  return kExitDone;
}

const ExportFormatRegistration kJson{{"json", ".json", write_json}};
const ExportFormatRegistration kCsv{{"csv", "", write_csv}};
const CommandRegistration kExport{
    {"export", "cli.usage.export", {{"-o", true}, {"--format", true}, {"--excel-id", false}, {"--anonim", false}, {"--kunci-file", true}}, true, run_export}};

}  // namespace
}  // namespace kompilasi::cli
