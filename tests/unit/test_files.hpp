// Reading a test's input whole: corpus files, generated bundles, what the code under test wrote.
#pragma once
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kompilasi::test {

// The file's bytes; fails the test case, naming the file, when it cannot be opened.
inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace kompilasi::test
