// Merging submissions (DATA.md section 5): each OPD sends its file, BKPSDM merges them.
//
//   Compilation out = merge(loaded_inputs);                       // policy terbaru
//   Compilation out = merge(inputs, MergePolicy::prefer("dinkes"));
//   choose(out, 3, 1);   // by hand: conflict 3 takes its value 1
//
// Rows are matched by their table's key after normalisation (merge_normalize.hpp); rows
// whose normalised values all agree merge silently and the result's Table::sumber lists
// every submission they came from (an input that is itself a merge contributes its rows'
// own sumber). Rows with one key and different values become one Conflict, resolved by
// the policy, and the table holds the chosen value. A row whose key is incomplete (an
// empty key cell) cannot be matched: it is kept as it is, merged only with identical rows.
//
// The result does not depend on the order of the inputs: rows follow the inputs sorted by
// name (each key where it first appears), values and conflicts are sorted by content, and
// every tie is broken by content. Earlier conflicts carried by a merged input are kept
// unless the same key conflicts again.
//
// The inputs must agree on instansi (compared like headers) and tahun, else InputError
// ("merge_instansi" / "merge_tahun": file and detail name two submissions with their value); an empty instansi or a tahun
// of 0 (a flat form) agrees with anything. The result takes the latest tanggal_kompilasi.
// Anonymised inputs (the header field `anonim`, anonymize.hpp) merge only with each other
// and under the same scheme, which the result keeps: else InputError "merge_anonim" (file
// the anonymised submission, detail the other) or "merge_anonim_skema" (file and detail
// with their scheme).
#pragma once
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "loaded.hpp"
#include "model.hpp"

namespace kompilasi {

struct MergePolicy {
  // empty: terbaru; else utamakan: the value from this submission (name as in Loaded::name),
  // terbaru for keys it lacks
  std::string utamakan;
  static MergePolicy terbaru() { return {}; }
  static MergePolicy prefer(std::string name) { return {std::move(name)}; }
};

Compilation merge(std::span<const Loaded> inputs, const MergePolicy& policy = {});

// By-hand resolution: conflict i of c.konflik takes value `dipilih`, and the row with that
// key in its table gets that value's cells and sources. Out-of-range arguments are ignored
// (returns false).
bool choose(Compilation& c, std::size_t conflict, int dipilih);

// Section 5's JSON for one conflict: {tabel, kunci, kolom, nilai: [{sumber, baris}], dipilih}.
nlohmann::ordered_json conflict_json(const Conflict& k, const Compilation& c);
// What `merge --json` prints: {"konflik": [...], "counts": {table: rows}}.
nlohmann::ordered_json merge_summary_json(const Compilation& c);

// Sorted submission names of a row's Table::sumber cell ("a\nb" → {"a", "b"}).
std::vector<std::string> split_sumber(std::string_view joined);

}  // namespace kompilasi
