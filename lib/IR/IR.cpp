//===- IR.cpp - Language-neutral model of a C translation unit ------------===//

#include "kbindgen/IR/IR.h"
#include "llvm/ADT/STLExtras.h"
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

void orderByPosition(Module &M, size_t Begin, size_t End) {
  assert(Begin <= End && End <= M.order().size() && "range out of order()");
  // The key of an item is its outermost enclosing record's position.
  auto Outermost = [&](ItemId Id) {
    while (M.item(Id).Parent.isValid())
      Id = M.item(Id).Parent;
    return Id;
  };
  std::vector<ItemId> &Order = M.order();
  std::vector<std::pair<ItemId, ItemId>> Keyed; // (outermost, item)
  Keyed.reserve(End - Begin);
  for (size_t I = Begin; I < End; ++I)
    Keyed.push_back({Outermost(Order[I]), Order[I]});
  llvm::stable_sort(Keyed, [&](const auto &A, const auto &B) {
    const Item &IA = M.item(A.first), &IB = M.item(B.first);
    if (!(IA.Pos == IB.Pos))
      return IA.Pos < IB.Pos;
    if (IA.Pos.isValid())
      return false;
    return IA.Name < IB.Name;
  });
  for (size_t I = Begin; I < End; ++I)
    Order[I] = Keyed[I - Begin].second;
}

std::string toDecimal(const llvm::APSInt &V) {
  llvm::SmallString<40> S;
  V.toString(S, 10);
  return S.str().str();
}

} // namespace kbindgen::ir
