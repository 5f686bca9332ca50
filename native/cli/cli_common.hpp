// What every `kompilasi` command shares (DATA.md section 6): commands and export formats
// register themselves, arguments are parsed against the command's options, inputs are read
// from disk and combined, and messages are rendered from assets/strings/cli.*.json.
//
// Adding a command is one new file with one registration line:
//
//   static const CommandRegistration kAnalyze{{"analyze", "cli.usage.analyze", {{"--json", false}}, false, run_analyze}};
//
// and an export format likewise (cmd_export.cpp's `--format`):
//
//   static const ExportFormatRegistration kXlsx{{"xlsx", ".xlsx", write_xlsx}};
//
// Exit status: 0 done, 1 findings at or above --fail-on (validate), 2 unusable input or
// arguments (CliError and InputError, caught in main.cpp, with a message saying what and where).
#pragma once
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "registry/flat_form.hpp"
#include "registry/i18n.hpp"
#include "registry/loaded.hpp"
#include "registry/merge.hpp"
#include "registry/validate.hpp"

namespace kompilasi::cli {

inline constexpr int kExitDone = 0, kExitFindings = 1, kExitUnusable = 2;

// Bad arguments or an unwritable output: the message is already in the user's language.
struct CliError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string_view name;   // "--json", "-o"
  bool takes_value;
};

struct Args;
struct Command {
  std::string_view name;                // "validate"
  std::string_view usage_key;           // string-table key of its usage line
  std::vector<OptionSpec> options;      // besides the common --tanggal, --peta, --lang
  bool needs_output;                    // -o OUT is required
  int (*run)(const Args&);
};
struct CommandRegistration {
  explicit CommandRegistration(Command c);
};
std::span<const Command> commands();    // in registration order
const Command* find_command(std::string_view name);

struct Args {
  const Command* command = nullptr;
  Lang lang = Lang::id;
  std::vector<std::string> inputs;
  std::map<std::string, std::string, std::less<>> values;   // options given, "" for flags
  bool has(std::string_view option) const { return values.count(option) > 0; }
  std::optional<std::string> value(std::string_view option) const;
};

// argv after the command name. Throws CliError for an unknown, repeated or incomplete option,
// a bad --tanggal or --lang, or a missing -o.
Args parse_args(const Command& command, std::span<char* const> argv, Lang lang);
// --lang from anywhere in argv, for the messages of argument errors (default Indonesian).
Lang lang_of(std::span<char* const> argv);
std::string usage(Lang lang);

// ---- inputs ---------------------------------------------------------------------------------
// The INPUTs read and combined: one input as read, several merged (merge.hpp). The date has
// been settled: the inputs' tanggal_kompilasi, else --tanggal, else today (said on stderr);
// an explicit --tanggal wins, with a warning when it differs.
struct Workspace {
  Compilation comp;
  std::vector<Finding> import_findings;     // what the readers found (BARIS_TIDAK_RATA, …)
  std::vector<FlatFormLabels> labels;       // of the flat forms among the inputs
  std::vector<std::string> names;           // submission names, parallel to Args::inputs
  bool merged = false;
};
// Throws CliError without INPUT. prefer: an INPUT as the user gave it whose submission takes precedence in the merge
// (`--policy utamakan:FILE`); empty for terbaru.
Workspace load_workspace(const Args& args, const std::string& prefer = {});
// validate() with the import findings, flat-form columns named as the forms name them.
Validation validate_workspace(const Workspace& ws);

// ---- output ---------------------------------------------------------------------------------
void write_file(const std::string& path, std::string_view bytes, Lang lang);  // atomic (registry/atomic_file.hpp), no .bak
void write_folder(const std::string& path, std::span<const InputFile> files, Lang lang);
void say(const std::string& line);          // one line on stderr

// ---- export formats (cmd_export.cpp) ----------------------------------------------------------
struct ExportFormat {
  std::string_view name;     // --format value
  std::string_view suffix;   // chosen without --format when OUT ends with it; "" = the fallback (a folder)
  void (*write)(const Workspace& ws, const Args& args, const std::string& out);
};
struct ExportFormatRegistration {
  explicit ExportFormatRegistration(ExportFormat f);
};
std::span<const ExportFormat> export_formats();

}  // namespace kompilasi::cli
