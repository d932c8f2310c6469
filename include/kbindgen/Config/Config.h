//===- Config.h - YAML configuration files ----------------------*- C++ -*-===//
//
// A configuration file is the command line written down, with reasons:
//
//   include: [common.yaml]          # other files, relative to this one
//   options:                        # any command-line option, without `--`
//     use-core: true                # a flag
//     ctypes-prefix: ffi            # an option with a value
//     blocklist-type:               # a repeatable option
//       - __kernel_s?size_t
//       - pattern: __kernel_ptrdiff_t
//         reason: defined by rust/bindings/lib.rs
//
// This library only reads YAML (it is the one place that includes yaml-cpp
// and catches its exceptions); the Driver gives each entry the meaning of the
// command-line option of the same name, so both paths share one code path.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_CONFIG_CONFIG_H
#define KBINDGEN_CONFIG_CONFIG_H

#include "kbindgen/Support/LocatedError.h" // the errors of configuration files
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace kbindgen {

/// One option set by a configuration file.
struct ConfigEntry {
  std::string Option; ///< Long option name without `--`.
  std::string Value;  ///< Empty for flags.
  bool IsFlag = false;
  std::string Reason; ///< The entry's `reason:`, if any.
  std::string File;
  unsigned Line = 0;   ///< 1-based.
  unsigned Column = 0; ///< 1-based.
};

/// Reads Path and the files it includes (depth first, each file once), in
/// order. Errors are `FILE:LINE:COL: error: MESSAGE`.
llvm::Expected<std::vector<ConfigEntry>> loadConfigFile(llvm::StringRef Path);

/// Reads configuration text already in memory; Name stands for its file in
/// messages and is the base of relative includes.
llvm::Expected<std::vector<ConfigEntry>> loadConfigText(llvm::StringRef Text,
                                                        llvm::StringRef Name);

/// Writes Entries back as one configuration file (`--dump-config`).
std::string dumpConfig(const std::vector<ConfigEntry> &Entries);

} // namespace kbindgen

#endif // KBINDGEN_CONFIG_CONFIG_H
