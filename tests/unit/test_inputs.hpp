// Inputs that several tests run the same work on: the benchmark generator's small bundle and
// the corpus's CSV files read as flat forms (e.g. to compare work in slices with one call).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "registry/loaded.hpp"

namespace kompilasi::test {

// gen.py's 2 000-ASN bundle (seed 1) next to the test binary, generated once (it is deterministic).
std::filesystem::path bench_bundle_2000();

// A CSV bundle folder read as the reader reads it (every *.csv file, whole).
Loaded read_bundle_folder(const std::filesystem::path& dir);

struct FormInput {
  std::string name;  // the file's name, for CAPTURE
  Loaded loaded;
};
// The corpus's CSV files and the sample's two forms, each read as a flat form with its guessed mapping.
std::vector<FormInput> corpus_flat_forms();

}  // namespace kompilasi::test
