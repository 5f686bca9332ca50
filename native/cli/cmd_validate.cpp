// kompilasi validate INPUT… [--json] [--fail-on error|warning|never]
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <span>
#include <thread>

#include "cli_common.hpp"
#include "registry/finding_message.hpp"
#include "registry/json_text.hpp"

namespace kompilasi::cli {
namespace {

constexpr std::size_t kExamplesPerRule = 5;

// One finding's JSON object, after ",\n  " or "\n  ".
void append_finding(std::string& out, const Finding& f, const FindingMessages& messages, bool merged) {
  out += "{\"rule\": ";
  append_json_string(out, rule_id(f.rule));
  out += ", \"severity\": ";
  append_json_string(out, severity_name(f.severity));
  out += ", \"table\": ";
  append_json_string(out, spec(f.table).name);
  out += ", \"row\": ";
  if (f.row) {
    char buf[16];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, f.row).ptr);
  } else {
    out += "null";
  }
  out += ", \"column\": ";
  append_json_string(out, f.column());
  out += ", \"message\": ";
  messages.append_json(out, f);
  if (merged && !f.source().empty()) {
    out += ", \"sumber\": ";
    append_json_string(out, f.source());
  }
  out += '}';
}

void append_findings(std::string& out, std::span<const Finding> part, bool first, const FindingMessages& messages,
                     bool merged) {
  for (const Finding& f : part) {
    out += first ? "\n  " : ",\n  ";
    first = false;
    append_finding(out, f, messages, merged);
  }
}

void print_json(const Validation& v, const Workspace& ws, Lang lang) {
  // Written out a block at a time, the two halves of each block formatted on two threads:
  // a million findings are ~250 MB of JSON, which need not sit in memory beside the
  // compilation.
  constexpr std::size_t kBlock = 1 << 14;  // findings
  const FindingMessages messages(lang);
  const std::span<const Finding> all(v.findings);
  std::string a = "{\"findings\": [", b;
  a.reserve(kBlock * 160);
  b.reserve(kBlock * 160);
  for (std::size_t at = 0; at < all.size(); at += kBlock) {
    const auto block = all.subspan(at, std::min(kBlock, all.size() - at));
    const std::size_t half = block.size() / 2;
    std::thread second([&] { append_findings(b, block.subspan(half), at == 0 && half == 0, messages, ws.merged); });
    append_findings(a, block.first(half), at == 0, messages, ws.merged);
    second.join();
    std::fwrite(a.data(), 1, a.size(), stdout);
    std::fwrite(b.data(), 1, b.size(), stdout);
    a.clear();
    b.clear();
  }
  a += all.empty() ? "],\n \"counts\": {" : "\n ],\n \"counts\": {";
  bool first = true;
  for (std::size_t r = 0; r < kRuleCount; ++r) {
    if (!v.counts[r]) continue;
    a += first ? "" : ", ";
    first = false;
    append_json_string(a, rule_id(static_cast<Rule>(r)));
    a += ": " + std::to_string(v.counts[r]);
  }
  a += "}}\n";
  std::fwrite(a.data(), 1, a.size(), stdout);
}

std::string place(const Finding& f, Lang lang, bool merged) {
  const std::string table(spec(f.table).name);
  std::string s = f.row ? trf(lang, "cli.summary.place_row", {{"table", table}, {"row", std::to_string(f.row)}, {"column", f.column()}})
                        : trf(lang, "cli.summary.place_header", {{"table", table}, {"column", f.column()}});
  if (merged && !f.source().empty()) s = trf(lang, "cli.summary.place_source", {{"place", s}, {"source", f.source()}});
  return s;
}

void print_summary(const Validation& v, const Workspace& ws, Lang lang) {
  std::array<std::size_t, 3> by_severity{};
  for (const Finding& f : v.findings) ++by_severity[static_cast<std::size_t>(f.severity)];
  std::string out;
  if (v.findings.empty()) {
    out = trf(lang, "cli.summary.none", {});
  } else {
    out = trf(lang, "cli.summary.total", {{"n", std::to_string(v.findings.size())},
                                          {"errors", std::to_string(by_severity[0])},
                                          {"warnings", std::to_string(by_severity[1])},
                                          {"infos", std::to_string(by_severity[2])}});
  }
  out += '\n';
  // grouped by rule and severity (NILAI_TIDAK_DIKENAL has both): errors first, then
  // warnings, then info; rules in section-3 order
  std::array<std::array<std::vector<const Finding*>, 3>, kRuleCount> groups;
  for (const Finding& f : v.findings) groups[static_cast<std::size_t>(f.rule)][static_cast<std::size_t>(f.severity)].push_back(&f);
  for (const Severity sev : {Severity::error, Severity::warning, Severity::info}) {
    for (std::size_t r = 0; r < kRuleCount; ++r) {
      const auto& g = groups[r][static_cast<std::size_t>(sev)];
      if (g.empty()) continue;
      const Rule rule = static_cast<Rule>(r);
      out += '\n';
      out += trf(lang, "cli.summary.rule", {{"rule", rule_id(rule)}, {"title", rule_title(rule, lang)},
                                            {"severity", severity_label(sev, lang)}, {"n", std::to_string(g.size())}});
      out += '\n';
      for (std::size_t i = 0; i < g.size() && i < kExamplesPerRule; ++i)
        out += "  " + place(*g[i], lang, ws.merged) + ": " + finding_message(*g[i], lang) + "\n";
      if (g.size() > kExamplesPerRule)
        out += "  " + trf(lang, "cli.summary.more", {{"n", std::to_string(g.size() - kExamplesPerRule)}}) + "\n";
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

int run_validate(const Args& a) {
  const std::string fail_on = a.value("--fail-on").value_or("error");
  if (fail_on != "error" && fail_on != "warning" && fail_on != "never")
    throw CliError(trf(a.lang, "cli.bad_fail_on", {{"value", fail_on}}));
  const Workspace ws = load_workspace(a);
  const Validation v = validate_workspace(ws);
  if (a.has("--json")) print_json(v, ws, a.lang);
  else print_summary(v, ws, a.lang);
  if (fail_on == "never") return kExitDone;
  for (const Finding& f : v.findings)
    if (f.severity == Severity::error || (fail_on == "warning" && f.severity == Severity::warning)) return kExitFindings;
  return kExitDone;
}

const CommandRegistration kValidate{{"validate", "cli.usage.validate", {{"--json", false}, {"--fail-on", true}}, false, run_validate}};

}  // namespace
}  // namespace kompilasi::cli
