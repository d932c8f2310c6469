//===- IR.cpp - Language-neutral model of a C translation unit ------------===//

#include "kbindgen/IR/IR.h"
#include "llvm/ADT/SmallString.h"

namespace kbindgen::ir {

TypeId Module::canonical(TypeId Id) const {
  // Typedef chains are finite: each typedef refers to an earlier-resolved
  // type, so this terminates.
  while (Id.isValid()) {
    const Type &T = type(Id);
    if (T.Kind != TypeKind::Typedef)
      return Id;
    Id = item(T.Decl).tdef().Underlying.Type;
  }
  return Id;
}

std::string toDecimal(const llvm::APSInt &V) {
  llvm::SmallString<40> S;
  V.toString(S, 10);
  return S.str().str();
}

} // namespace kbindgen::ir
