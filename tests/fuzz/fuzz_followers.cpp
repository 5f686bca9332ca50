// Follower counts: never negative when read.
#include "fuzz_util.hpp"
#include "registry/normalize.hpp"

KOMPILASI_FUZZ_TARGET({
  const kompilasi::Followers f = kompilasi::parse_followers(input);
  if (f.kind == kompilasi::Followers::value && f.count < 0) __builtin_trap();
})
