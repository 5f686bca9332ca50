// kompilasi: the command line of DATA.md section 6.
#include <cstdio>
#include <string_view>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "Pemakaian: kompilasi validate|analyze|merge|export INPUT… [opsi]\n");
    return 2;
  }
  std::fprintf(stderr, "Perintah tidak dikenal: %s\n", argv[1]);
  return 2;
}
