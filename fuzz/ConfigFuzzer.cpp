//===- ConfigFuzzer.cpp - Fuzzes the YAML configuration loader ------------===//
//
// Any bytes must give a configuration or a located error, never a crash or an
// escaped yaml-cpp exception.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Config/Config.h"
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto Entries = kbindgen::loadConfigText(Text, "/nonexistent/fuzz.yaml");
  if (!Entries) {
    llvm::consumeError(Entries.takeError());
    return 0;
  }
  // What was read must print and read back to the same configuration: per
  // option the same values in the same order (the dump groups options).
  std::string Dumped = kbindgen::dumpConfig(*Entries);
  auto Again = kbindgen::loadConfigText(Dumped, "/nonexistent/dump.yaml");
  if (!Again)
    __builtin_trap();
  auto perOption = [](const std::vector<kbindgen::ConfigEntry> &Es) {
    std::map<std::string, std::vector<std::string>> M;
    for (const kbindgen::ConfigEntry &E : Es)
      M[E.Option].push_back((E.IsFlag ? "flag:" : "value:") + E.Value + "|" +
                            E.Reason);
    return M;
  };
  if (perOption(*Entries) != perOption(*Again))
    __builtin_trap();
  return 0;
}
