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

/// The Rust source of each helper type, in Helper's order.
static const char *const Sources[] = {
    PreludeOpaqueArray,
    PreludeBitfieldUnit,
    PreludeIncompleteArrayField,
    PreludeUnionField,
    PreludeComplex,
    PreludeFloat16,
    PreludeUnalignedArrayField,
};
static_assert(std::size(Sources) == static_cast<size_t>(Helper::Count),
              "a source for every helper type");

std::vector<std::string> preludeLines(const LowerContext &C, Helper H) {
  assert(H < Helper::Count && "not a helper type");
  return lines(C, Sources[static_cast<size_t>(H)]);
}

} // namespace kbindgen
