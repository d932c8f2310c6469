//===- Prelude.cpp - Helper types that bindings refer to ------------------===//
//
// The Rust sources live in Prelude/*.rs (rustfmt-clean, compiled by the
// tests); they spell paths as `::std`, replaced by `::core` under --use-core.
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace kbindgen {

#include "PreludeSources.inc"

static std::vector<std::string> lines(const LowerContext &C,
                                      llvm::StringRef Text) {
  std::vector<std::string> Out;
  llvm::SmallVector<llvm::StringRef, 64> Ls;
  Text.rtrim('\n').split(Ls, '\n');
  for (llvm::StringRef L : Ls) {
    std::string S = L.str();
    if (C.Opts.UseCore)
      for (size_t P = S.find("::std::"); P != std::string::npos;
           P = S.find("::std::", P))
        S.replace(P, 7, "::core::");
    Out.push_back(std::move(S));
  }
  return Out;
}

std::vector<std::string> bitfieldUnitPrelude(const LowerContext &C) {
  return lines(C, PreludeBitfieldUnit);
}
std::vector<std::string> incompleteArrayPrelude(const LowerContext &C) {
  return lines(C, PreludeIncompleteArrayField);
}
std::vector<std::string> unionFieldPrelude(const LowerContext &C) {
  return lines(C, PreludeUnionField);
}
std::vector<std::string> complexPrelude(const LowerContext &C) {
  return lines(C, PreludeComplex);
}
std::vector<std::string> opaqueArrayPrelude(const LowerContext &C) {
  return lines(C, PreludeOpaqueArray);
}
std::vector<std::string> float16Prelude(const LowerContext &C) {
  return lines(C, PreludeFloat16);
}
std::vector<std::string> unalignedArrayPrelude(const LowerContext &C) {
  return lines(C, PreludeUnalignedArrayField);
}

} // namespace kbindgen
