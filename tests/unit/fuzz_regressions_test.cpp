// Inputs the fuzzers (tests/fuzz) found to crash or misbehave, kept so they never return.
#include <doctest/doctest.h>

#include <string>

#include "registry/flat_form.hpp"
#include "registry/input_error.hpp"
#include "registry/normalize.hpp"

using namespace kompilasi;

TEST_CASE("fuzz_followers: a huge count with a suffix is invalid, not an overflow") {
  CHECK(parse_followers("25515555515551m").kind == Followers::invalid);
  CHECK(parse_followers("999999999999999 jt").kind == Followers::invalid);
  CHECK(parse_followers("2M").count == 2'000'000);
}

TEST_CASE("fuzz_peta: a column meaning nested 300 000 deep is refused, not a stack overflow") {
  // The message once quoted the value with json::dump(), which recurses once per level.
  FlatFormMapping m;
  m.headers = {"NIP"};
  m.targets = {FormTarget{}};
  const std::size_t depth = 300'000;
  const std::string peta = "{\"NIP\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
  try {
    (void)apply_peta(m, peta, "peta.json");
    FAIL("accepted");
  } catch (const InputError& e) {
    CHECK(e.code == "peta_bad_value");
    CHECK(e.detail == "NIP: […]");
  }
  CHECK_THROWS_AS(apply_peta(m, R"({"NIP": {"a": 1}})", "peta.json"), InputError);
  CHECK_THROWS_AS(apply_peta(m, R"({"NIP": 5})", "peta.json"), InputError);
}

TEST_CASE("fuzz_peta: a number past double's range is invalid JSON with its line, not an escaped exception") {
  // Found as 22222e2222202: json::parse threw out_of_range, which is no parse_error.
  FlatFormMapping m;
  m.headers = {"NIP"};
  m.targets = {FormTarget{}};
  for (const char* peta : {"22222e2222202", "{\"NIP\": 1e999}", "{\n\n\"NIP\": -1e999}"}) {
    try {
      (void)apply_peta(m, peta, "peta.json");
      FAIL("accepted: " << peta);
    } catch (const InputError& e) {
      CHECK(e.code == "peta_invalid_json");
      CHECK(e.where == (peta[0] == '{' && peta[1] == '\n' ? "line:3" : "line:1"));
    }
  }
  try {
    (void)apply_peta(m, "{\n\"NIP\": [1,\n}", "peta.json");  // a plain syntax error keeps its line
    FAIL("accepted");
  } catch (const InputError& e) {
    CHECK(e.where == "line:3");
  }
}
