// kompilasi generate -o DIR (--asn N [--seed S] [--err-rate R] | --sample)
// Writes a synthetic CSV bundle from the core's generator (registry/generate.hpp): data of
// any size for the benchmark, or with --sample the Kota Blitar sample of assets/sample/.
#include <charconv>
#include <chrono>
#include <cstdio>

#include "cli_common.hpp"
#include "registry/csv_bundle.hpp"
#include "registry/generate.hpp"

namespace kompilasi::cli {
namespace {

template <class T>
T number(const Args& a, std::string_view option, T lo, T hi, std::string_view range) {
  const std::string text = *a.value(option);
  T v{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || v < lo || v > hi)
    throw CliError(trf(a.lang, "generate.bad_number", {{"option", option}, {"value", text}, {"range", range}}));
  return v;
}

int run_generate(const Args& a) {
  for (std::string_view unused : {"--tanggal", "--peta"})
    if (a.has(unused)) throw CliError(trf(a.lang, "generate.option_unused", {{"option", unused}}));
  if (!a.inputs.empty()) throw CliError(trf(a.lang, "generate.no_input", {{"value", a.inputs.front()}}));
  const bool sample = a.has("--sample");
  if (sample)
    for (std::string_view other : {"--asn", "--seed", "--err-rate"})
      if (a.has(other)) throw CliError(trf(a.lang, "generate.sample_alone", {{"option", other}}));
  if (!sample && !a.has("--asn")) throw CliError(trf(a.lang, "generate.need_asn", {}));

  const auto start = std::chrono::steady_clock::now();
  Generated g;
  if (sample) {
    g = generate_sample();
  } else {
    GenerateOptions o;
    o.asn = number<std::size_t>(a, "--asn", 1, 50000000, "1 … 50000000");
    if (a.has("--seed")) o.seed = number<std::uint64_t>(a, "--seed", 0, UINT64_MAX, "0 … 18446744073709551615");
    if (a.has("--err-rate")) {
      const std::string text = *a.value("--err-rate");
      char* end = nullptr;
      o.err_rate = std::strtod(text.c_str(), &end);
      if (text.empty() || *end || !(o.err_rate >= 0 && o.err_rate <= 0.1))
        throw CliError(trf(a.lang, "generate.bad_number", {{"option", "--err-rate"}, {"value", text}, {"range", "0 … 0.1"}}));
    }
    g = generate(o);
  }
  const std::string out = *a.value("-o");
  write_folder(out, write_csv_bundle(g.comp, {.excel_id = a.has("--excel-id")}), a.lang);

  std::string tables;
  for (TableId t : kAllTables)
    tables += (tables.empty() ? "" : ", ") + std::string(spec(t).name) + " " + std::to_string(g.comp.table(t).rows());
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  if (a.lang == Lang::id)
    for (char& c : seconds) if (c == '.') c = ',';  // Indonesian decimal comma
  say(trf(a.lang, "generate.done", {{"folder", out}, {"tables", tables}, {"seconds", seconds},
                                    {"planted", std::to_string(g.planted.size())}}));
  return kExitDone;
}

const CommandRegistration kGenerate{{"generate", "cli.usage.generate",
                                     {{"-o", true}, {"--asn", true}, {"--seed", true}, {"--err-rate", true}, {"--sample", false},
                                      {"--excel-id", false}},
                                     true, run_generate}};

}  // namespace
}  // namespace kompilasi::cli
