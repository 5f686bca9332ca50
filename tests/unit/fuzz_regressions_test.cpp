// Inputs the fuzzers (tests/fuzz) found to crash or misbehave, kept so they never return.
#include <doctest/doctest.h>

#include "registry/normalize.hpp"

using namespace kompilasi;

TEST_CASE("fuzz_followers: a huge count with a suffix is invalid, not an overflow") {
  CHECK(parse_followers("25515555515551m").kind == Followers::invalid);
  CHECK(parse_followers("999999999999999 jt").kind == Followers::invalid);
  CHECK(parse_followers("2M").count == 2'000'000);
}
