// A workspace file: read, and a readable one must survive save → load → save unchanged.
#include "fuzz_util.hpp"
#include "registry/workspace_json.hpp"

void fuzz_one(std::string_view input) {
  const kompilasi::Loaded a = kompilasi::read_workspace_json(input, "fuzz.kompilasi.json", "fuzz");
  const std::string saved = kompilasi::write_workspace_json(a.comp);
  const kompilasi::Loaded b = kompilasi::read_workspace_json(saved, "saved.kompilasi.json", "fuzz");
  if (kompilasi::write_workspace_json(b.comp) != saved) __builtin_trap();
}
