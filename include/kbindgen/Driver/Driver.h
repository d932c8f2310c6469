//===- Driver.h - The kbindgen command line ---------------------*- C++ -*-===//

#ifndef KBINDGEN_DRIVER_DRIVER_H
#define KBINDGEN_DRIVER_DRIVER_H

#include "kbindgen/Config/Config.h"
#include "kbindgen/Support/Options.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace kbindgen {

/// Exit codes (documented in docs/cli.md).
enum ExitCode : int {
  ExitSuccess = 0,
  ExitFailure = 1, ///< The input could not be translated (C errors, I/O).
  ExitUsage = 2,   ///< Bad command line, regex or configuration.
};

/// What the command line asks for besides generating bindings.
struct CommandLine {
  Options Opts;
  /// Every option applied, from the command line and configuration files,
  /// in order: what `--dump-config` prints.
  std::vector<ConfigEntry> Effective;
  bool DumpConfig = false;
  bool ShowHelp = false;
  bool ShowVersion = false;
  /// --rust-edition was given (else the edition follows --rust-target).
  bool EditionGiven = false;
};

/// Parses rust-bindgen's command line: `[OPTIONS] HEADER [-- CLANG_ARGS]`.
llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args);

/// The `-D` arguments that define a kernel .config's CONFIG_* macros.
llvm::Expected<std::vector<std::string>> kconfigDefines(llvm::StringRef Path);

/// The help text, generated from the option table.
std::string helpText();

/// Every long option that the command line and configuration files accept,
/// with its `--`, sorted.
std::vector<std::string> optionNames();

/// Runs kbindgen as the `kbindgen` executable does.
int kbindgenMain(int Argc, const char **Argv);

} // namespace kbindgen

#endif // KBINDGEN_DRIVER_DRIVER_H
