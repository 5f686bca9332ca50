// `kompilasi export … --anonim [--kunci-file F]` (registry/anonymize.hpp): the passphrase comes
// from the file F, else from the environment variable KOMPILASI_KUNCI, never from the command
// line itself, where any user of the machine could read it (ps, /proc, shell history).
#pragma once
#include <string>

#include "cli_common.hpp"

namespace kompilasi::cli {

// The passphrase, checked (CliError when missing, unreadable, empty or too short); one final
// line break of the file or variable is not part of it. Call before reading the inputs.
std::string anon_passphrase(const Args& args);
// ws with its compilation anonymised (CliError when it already is); the reader's findings and
// the flat-form labels belong to the original and are left behind.
Workspace anonymised(const Workspace& ws, const std::string& passphrase, const Args& args);

}  // namespace kompilasi::cli
