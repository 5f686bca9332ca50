// `kompilasi analyze --json` (DATA.md section 6): the metrics as one JSON object with
// `instansi`, `units`, `platforms` and `konten`. Ratios and medians without a denominator
// are null; whole medians are written as integers.
#pragma once
#include <nlohmann/json.hpp>

#include "metrics.hpp"

namespace kompilasi {

nlohmann::ordered_json metrics_json(const Compilation& c, const Metrics& m);

}  // namespace kompilasi
