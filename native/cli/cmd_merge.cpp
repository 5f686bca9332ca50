// kompilasi merge INPUT… -o OUT [--policy terbaru|utamakan:FILE] [--json]
// Merges the submissions (DATA.md section 5, merge.hpp) into one workspace file; with
// --json prints {"konflik": [...], "counts": {table: rows}}, else a short account.
#include <cstdio>

#include "cli_common.hpp"
#include "registry/merge.hpp"
#include "registry/workspace_json.hpp"

namespace kompilasi::cli {
namespace {

std::string prefer_of(const Args& a) {
  const std::string policy = a.value("--policy").value_or("terbaru");
  if (policy == "terbaru") return {};
  constexpr std::string_view kPrefix = "utamakan:";
  if (policy.starts_with(kPrefix) && policy.size() > kPrefix.size()) return policy.substr(kPrefix.size());
  throw CliError(trf(a.lang, "merge.bad_policy", {{"value", policy}}));
}

void print_account(const Compilation& c, std::size_t inputs, const std::string& out, Lang l) {
  std::size_t rows = 0;
  for (TableId t : kAllTables) rows += c.table(t).rows();
  std::string text = trf(l, "merge.done", {{"file", out}, {"rows", std::to_string(rows)}, {"n", std::to_string(inputs)},
                                           {"konflik", std::to_string(c.konflik.size())}}) + "\n";
  for (const Conflict& k : c.konflik) {
    std::string key, kolom;
    for (const auto& [name, value] : k.kunci) key += (key.empty() ? "" : ", ") + name + "=" + value;
    for (const std::string& name : k.kolom) kolom += (kolom.empty() ? "" : ", ") + name;
    std::string sumber;
    if (k.dipilih >= 0 && static_cast<std::size_t>(k.dipilih) < k.nilai.size())
      for (const std::string& s : k.nilai[static_cast<std::size_t>(k.dipilih)].sumber) sumber += (sumber.empty() ? "" : ", ") + s;
    text += "  " + trf(l, "merge.conflict", {{"tabel", spec(k.table).name}, {"kunci", key}, {"kolom", kolom},
                                             {"n", std::to_string(k.nilai.size())}, {"sumber", sumber}}) + "\n";
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
}

int run_merge(const Args& a) {
  const std::string out = *a.value("-o");
  const std::string prefer = prefer_of(a);
  Workspace ws = load_workspace(a, prefer);
  if (!ws.merged) {
    // one input: still a merge, so that its rows carry their source
    std::vector<Loaded> one(1);
    one[0].name = ws.names.front();
    one[0].comp = std::move(ws.comp);
    ws.comp = merge(one);
  }
  if (!out.ends_with(".kompilasi.json")) say(trf(a.lang, "cli.export_json_name", {{"file", out}}));
  write_file(out, write_workspace_json(ws.comp), a.lang);
  if (a.has("--json")) {
    const std::string json = merge_summary_json(ws.comp).dump(1) + "\n";
    std::fwrite(json.data(), 1, json.size(), stdout);
  } else {
    print_account(ws.comp, a.inputs.size(), out, a.lang);
  }
  return kExitDone;
}

const CommandRegistration kMerge{
    {"merge", "cli.usage.merge", {{"-o", true}, {"--policy", true}, {"--json", false}}, true, run_merge}};

}  // namespace
}  // namespace kompilasi::cli
