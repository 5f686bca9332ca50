// Follower counts: never negative when read.
#include "fuzz_util.hpp"
#include "registry/normalize.hpp"

void fuzz_one(std::string_view input) {
  const kompilasi::Followers f = kompilasi::parse_followers(input);
  if (f.kind == kompilasi::Followers::value && f.count < 0) __builtin_trap();
}
