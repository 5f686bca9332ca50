// kompilasi: the command line of DATA.md section 6. Commands register themselves
// (cli_common.hpp); this file dispatches and turns unusable input into exit status 2.
#include <cstdio>
#include <string_view>

#include "cli_common.hpp"
#include "registry/input_error.hpp"
#include "registry/io_messages.hpp"

using namespace kompilasi;
using namespace kompilasi::cli;

int main(int argc, char** argv) {
  const std::span<char* const> args(argv + 1, static_cast<std::size_t>(argc > 0 ? argc - 1 : 0));
  const Lang lang = lang_of(args);
  if (args.empty()) {
    say(usage(lang));
    return kExitUnusable;
  }
  const std::string_view name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    std::printf("%s\n", usage(lang).c_str());
    return kExitDone;
  }
  const Command* command = find_command(name);
  if (!command) {
    say(trf(lang, "cli.unknown_command", {{"command", name}}));
    say(usage(lang));
    return kExitUnusable;
  }
  try {
    return command->run(parse_args(*command, args.subspan(1), lang));
  } catch (const InputError& e) {
    say(trf(lang, "cli.error", {{"text", input_error_message(lang, e)}}));
  } catch (const CliError& e) {
    say(trf(lang, "cli.error", {{"text", e.what()}}));
    say(trf(lang, "cli.see_usage", {}));
  } catch (const std::bad_alloc&) {
    say(trf(lang, "cli.error", {{"text", tr(lang, "cli.out_of_memory")}}));
  } catch (const std::exception& e) {  // a file system failure the checks above did not foresee
    say(trf(lang, "cli.error", {{"text", e.what()}}));
  }
  return kExitUnusable;
}
