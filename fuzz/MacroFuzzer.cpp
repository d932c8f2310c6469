//===- MacroFuzzer.cpp - Fuzzes macro evaluation through Clang's Sema -----===//
//
// The input is the replacement list of one object-like macro, evaluated among
// a few declarations and helper macros it can refer to.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Body(reinterpret_cast<const char *>(Data), Size);
  // One logical line: the replacement list cannot end the #define early.
  for (char &C : Body)
    if (C == '\n' || C == '\r' || C == '\\' || C == '\0')
      C = ' ';
  std::string Source = "typedef unsigned int gfp_t;\n"
                       "enum e { E0, E1 = 7 };\n"
                       "struct s { char c; long l; };\n"
                       "#define BIT(n) (1UL << (n))\n"
                       "#define TWO 2\n"
                       "#define FUZZ " +
                       Body + "\n";
  kbindgen::fuzz::runPipeline(Source);
  return 0;
}
