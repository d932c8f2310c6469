//===- ConfigFuzzer.cpp - Fuzzes the YAML configuration loader -------------===//
//
// Any bytes must give a configuration or a located error, never a crash or an
// escaped yaml-cpp exception.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Config/Config.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto Entries = kbindgen::loadConfigText(Text, "/nonexistent/fuzz.yaml");
  if (!Entries) {
    llvm::consumeError(Entries.takeError());
    return 0;
  }
  // What was read must print and read back to the same entries.
  std::string Dumped = kbindgen::dumpConfig(*Entries);
  auto Again = kbindgen::loadConfigText(Dumped, "/nonexistent/dump.yaml");
  if (!Again)
    __builtin_trap();
  if (Again->size() != Entries->size())
    __builtin_trap();
  for (size_t I = 0; I < Entries->size(); ++I)
    if ((*Again)[I].Option != (*Entries)[I].Option ||
        (*Again)[I].Value != (*Entries)[I].Value ||
        (*Again)[I].IsFlag != (*Entries)[I].IsFlag)
      __builtin_trap();
  return 0;
}
