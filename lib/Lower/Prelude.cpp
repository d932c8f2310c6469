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

std::vector<std::string> preludeLines(const LowerContext &C, Helper H) {
  switch (H) {
  case Helper::OpaqueArray8:
    return lines(C, PreludeOpaqueArray);
  case Helper::BitfieldUnit:
    return lines(C, PreludeBitfieldUnit);
  case Helper::IncompleteArray:
    return lines(C, PreludeIncompleteArrayField);
  case Helper::UnionField:
    return lines(C, PreludeUnionField);
  case Helper::Complex:
    return lines(C, PreludeComplex);
  case Helper::Float16:
    return lines(C, PreludeFloat16);
  case Helper::UnalignedArray:
    return lines(C, PreludeUnalignedArrayField);
  case Helper::Count:
    break;
  }
  assert(false && "not a helper type");
  return {};
}

} // namespace kbindgen
