#include "export_anon.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "registry/anonymize.hpp"
#include "registry/keyed_hash.hpp"

namespace kompilasi::cli {

std::string anon_passphrase(const Args& a) {
  std::string pass, source;
  if (const auto file = a.value("--kunci-file")) {
    std::error_code ec;
    std::ifstream in(*file, std::ios::binary);
    if (!std::filesystem::is_regular_file(*file, ec) || !in)
      throw CliError(trf(a.lang, "cli.anon_key_unreadable", {{"file", *file}}));
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) throw CliError(trf(a.lang, "cli.anon_key_unreadable", {{"file", *file}}));
    pass = s.str();
    source = *file;
  } else if (const char* env = std::getenv("KOMPILASI_KUNCI")) {
    pass = env;
    source = std::string(tr(a.lang, "cli.anon_key_env"));
  } else {
    throw CliError(std::string(tr(a.lang, "cli.anon_no_key")));
  }
  if (!pass.empty() && pass.back() == '\n') pass.pop_back();
  if (!pass.empty() && pass.back() == '\r') pass.pop_back();
  if (pass.empty()) throw CliError(trf(a.lang, "cli.anon_key_empty", {{"source", source}}));
  if (pass.size() < kMinPassphrase)
    throw CliError(trf(a.lang, "cli.anon_key_short",
                       {{"source", source}, {"count", std::to_string(pass.size())}, {"min", std::to_string(kMinPassphrase)}}));
  return pass;
}

Workspace anonymised(const Workspace& ws, const std::string& passphrase, const Args& a) {
  if (is_anonymised(ws.comp)) throw CliError(std::string(tr(a.lang, "cli.anon_already")));
  Workspace out;
  HmacKey key = derive_anon_key(passphrase);
  out.comp = anonymize(ws.comp, key);
  secure_wipe(key.data(), key.size());
  out.names = ws.names;
  out.merged = ws.merged;
  say(std::string(tr(a.lang, "cli.anon_done")));
  return out;
}

}  // namespace kompilasi::cli
