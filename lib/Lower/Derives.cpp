//===- Derives.cpp - Which traits each Rust item can derive ---------------===//
//
// A trait is derivable when every field's type has it. Rust's own rules
// decide the leaves: raw pointers have no Default, floats no Eq/Hash/Ord,
// unions derive only Copy and Clone, arrays above 32 elements no Default.
//
//===----------------------------------------------------------------------===//

#include "BitfieldLowering.h"
#include "LowerContext.h"

namespace kbindgen {

static bool isFloat(ir::PrimitiveKind K) {
  return K == ir::PrimitiveKind::Float || K == ir::PrimitiveKind::Double ||
         K == ir::PrimitiveKind::Half;
}

static bool needsTotalOrder(Trait Tr) {
  return Tr == Trait::Hash || Tr == Trait::Eq || Tr == Trait::Ord;
}

/// Option<fn>: every trait, Default included, but the comparison and
/// formatting traits only up to bindgen's limit of 12 parameters.
static bool canDeriveFnPointer(const ir::FunctionSig &Sig, Trait Tr) {
  if (Tr == Trait::Default || Tr == Trait::Copy || Tr == Trait::Clone)
    return true;
  return Sig.Params.size() <= 12;
}

bool LowerContext::isOpaque(ir::ItemId Id) const {
  const ir::Item &I = M.item(Id);
  return I.annot().Opaque || Opts.OpaqueTypes.matches(name(Id));
}

bool LowerContext::isMustUse(ir::ItemId Id) const {
  return M.item(Id).annot().MustUseType || Opts.MustUseType.matches(name(Id));
}

bool LowerContext::isMustUseType(ir::TypeId Id) const {
  const ir::Type &T = M.type(Id);
  switch (T.Kind) {
  case ir::TypeKind::Record:
  case ir::TypeKind::Enum:
    return isMustUse(T.Decl);
  case ir::TypeKind::Typedef:
    return isMustUse(T.Decl) ||
           isMustUseType(M.item(T.Decl).tdef().Underlying.Type);
  default:
    return false;
  }
}

void LowerContext::markMustUse(rust::Item &I) const {
  bool IsType = I.K == rust::Item::Kind::Struct ||
                I.K == rust::Item::Kind::TupleStruct ||
                I.K == rust::Item::Kind::Enum;
  if (IsType && CurrentItem.isValid() && I.Name == name(CurrentItem) &&
      isMustUse(CurrentItem))
    I.TrailingAttrs.push_back("#[must_use]");
}

/// The <stdint.h> names bindgen takes as Rust primitives whatever is
/// blocklisted (size_t and ssize_t only as usize and isize).
static bool isStdintName(llvm::StringRef N, bool SizeTIsUsize) {
  static const char *const Names[] = {
      "int8_t",  "uint8_t",  "int16_t",  "uint16_t",  "int32_t",  "uint32_t",
      "int64_t", "uint64_t", "intptr_t", "uintptr_t", "ptrdiff_t"};
  for (const char *C : Names)
    if (N == C)
      return true;
  return SizeTIsUsize && (N == "size_t" || N == "ssize_t");
}

bool LowerContext::derivesNothingThrough(ir::ItemId Decl, Trait Tr) const {
  // A blocklisted (or hidden) type is the user's to define, with traits
  // kbindgen cannot know: as bindgen, nothing holding it derives anything,
  // and Default becomes the zeroing impl (which needs no trait of it).
  if (!isBlocklisted(Decl) ||
      isStdintName(M.item(Decl).Name, Opts.SizeTIsUsize))
    return false;
  // bindgen 0.60 on the kernel (__kernel_size_t under size_t): as measured,
  // Default was still derived through a blocklisted typedef.
  if (Opts.Bindgen060)
    return Tr != Trait::Default && M.item(Decl).Kind == ir::ItemKind::Typedef;
  return true;
}

bool LowerContext::canDerive(ir::TypeId Id, Trait Tr) {
  const ir::Type &T = M.type(Id);
  switch (T.Kind) {
  case ir::TypeKind::Primitive:
    if (needsTotalOrder(Tr) && isFloat(T.Primitive))
      return false;
    return true;
  case ir::TypeKind::Pointer: {
    const ir::Type &P = M.type(M.canonical(T.Pointee.Type));
    if (P.Kind == ir::TypeKind::Function)
      return canDeriveFnPointer(P.Function, Tr);
    return Tr != Trait::Default;
  }
  case ir::TypeKind::Function:
    return canDeriveFnPointer(T.Function, Tr);
  case ir::TypeKind::Array:
    if (Tr == Trait::Default && T.ArraySize > 32)
      return false;
    if (T.ArraySize == 0)
      return Tr == Trait::Default || Tr == Trait::Debug;
    return canDerive(T.Element, Tr);
  case ir::TypeKind::IncompleteArray:
    // __IncompleteArrayField<T> implements only Default and Debug.
    return Tr == Trait::Default || Tr == Trait::Debug;
  case ir::TypeKind::Record:
  case ir::TypeKind::Enum:
    if (derivesNothingThrough(replacement(T.Decl), Tr))
      return false;
    return canDeriveItem(replacement(T.Decl), Tr);
  case ir::TypeKind::Typedef: {
    const ir::Item &I = M.item(T.Decl);
    if (sizeTypeAlias(I.Name))
      return true;
    if (derivesNothingThrough(T.Decl, Tr))
      return false;
    return canDerive(I.tdef().Underlying.Type, Tr);
  }
  case ir::TypeKind::VaList:
    return canDeriveItem(T.Decl, Tr);
  case ir::TypeKind::Complex:
    return canDerive(T.Element, Tr);
  case ir::TypeKind::Vector:
    return canDerive(T.Element, Tr);
  case ir::TypeKind::Opaque:
    return Tr != Trait::Default || T.Size <= 32;
  }
  return false;
}

bool LowerContext::canDeriveItem(ir::ItemId Id, Trait Tr) {
  auto Key = std::make_pair(Id.Index, static_cast<int>(Tr));
  auto Memo = DeriveMemo.find(Key);
  if (Memo != DeriveMemo.end())
    return Memo->second;
  // A cycle only goes through pointers, which decide on their own; assume
  // yes while in progress.
  if (DeriveInProgress[Key])
    return true;
  DeriveInProgress[Key] = true;

  const ir::Item &I = M.item(Id);
  const std::string &N = name(Id);
  bool Ok = true;
  auto Veto = [&](const RegexSet &Set, bool Annot) {
    return Annot || Set.matches(N);
  };
  switch (Tr) {
  case Trait::Copy:
  case Trait::Clone:
    if (Veto(Opts.NoCopy, I.annot().NoCopy))
      Ok = false;
    break;
  case Trait::Debug:
    if (Veto(Opts.NoDebug, I.annot().NoDebug))
      Ok = false;
    break;
  case Trait::Default:
    if (Veto(Opts.NoDefault, I.annot().NoDefault))
      Ok = false;
    break;
  case Trait::Hash:
    if (Veto(Opts.NoHash, I.annot().NoHash))
      Ok = false;
    break;
  case Trait::PartialEq:
  case Trait::Eq:
  case Trait::PartialOrd:
  case Trait::Ord:
    if (Veto(Opts.NoPartialEq, I.annot().NoPartialEq))
      Ok = false;
    break;
  }

  if (Ok && I.Kind == ir::ItemKind::Enum) {
    // bindgen never derives Default for an enum, whatever its style.
    if (Tr == Trait::Default)
      Ok = false;
  } else if (Ok && I.Kind == ir::ItemKind::Typedef) {
    Ok = canDerive(I.tdef().Underlying.Type, Tr);
  } else if (Ok && I.Kind == ir::ItemKind::Record) {
    const ir::Record &R = I.rec();
    if (!R.IsComplete && R.IsDeclaredInRecord) {
      Ok = true; // An empty record: `{ _address: u8 }`.
    } else if (!R.IsComplete) {
      // A forward declaration is `{ _unused: [u8; 0] }`: only Debug
      // (bindgen 0.60 also derived Copy and Clone).
      Ok = Tr == Trait::Debug ||
           (Opts.Bindgen060 && (Tr == Trait::Copy || Tr == Trait::Clone));
    } else if (isOpaque(Id)) {
      Ok = Tr != Trait::Default || R.Layout.Size <= 32;
    } else if (R.IsUnion && Tr != Trait::Copy && Tr != Trait::Clone) {
      Ok = false;
    } else {
      // A derive on a packed struct copies each field out (references into
      // it are not allowed): every field must then be Copy (E0507).
      bool CopyOrClone = Tr == Trait::Copy || Tr == Trait::Clone;
      bool FieldsCopiedOut =
          !CopyOrClone && Tr != Trait::Default &&
          (R.IsPacked || R.MaxFieldAlign || recordSummary(Id).Packed);
      // A field stored as bytes (RecordLayout.h) is a `[u8; N]`, which has
      // Default only up to 32 bytes. (Planning asks for Copy alone.)
      if (Tr == Trait::Default && recordSummary(Id).MaxStorage > 32)
        Ok = false;
      for (size_t Idx = 0; Idx < R.Fields.size() && Ok; ++Idx) {
        const ir::Field &F = R.Fields[Idx];
        if (F.BitWidth) {
          // A bitfield unit derives everything but Default above 32 bytes.
          size_t End = Idx;
          BitfieldUnit U =
              collectBitfieldUnit(*this, R.Fields, Idx, End, R.IsUnion);
          if (Tr == Trait::Default && U.Bytes > 32)
            Ok = false;
          Idx = End - 1;
          continue;
        }
        if (!canDerive(F.Type.Type, Tr) ||
            (FieldsCopiedOut && !canDerive(F.Type.Type, Trait::Copy)))
          Ok = false;
      }
    }
  }
  DeriveInProgress[Key] = false;
  DeriveMemo[Key] = Ok;
  return Ok;
}

/// Appends the `<div rustbindgen derive="...">` traits not derived yet.
static std::vector<std::string>
withAnnotatedDerives(const ir::Item &I, std::vector<std::string> D) {
  for (const std::string &A : I.annot().Derives)
    if (std::find(D.begin(), D.end(), A) == D.end())
      D.push_back(A);
  return D;
}

std::vector<std::string> LowerContext::derivesFor(ir::ItemId Id,
                                                  bool IsUnionLike) {
  std::vector<std::string> D;
  if (Opts.DeriveDebug && canDeriveItem(Id, Trait::Debug) && !IsUnionLike)
    D.push_back("Debug");
  if (Opts.DeriveDefault && canDeriveItem(Id, Trait::Default) && !IsUnionLike)
    D.push_back("Default");
  bool Copy = Opts.DeriveCopy && canDeriveItem(Id, Trait::Copy);
  if (Copy)
    D.push_back("Copy");
  if (canDeriveItem(Id, Trait::Clone) && Copy)
    D.push_back("Clone");
  if (IsUnionLike)
    return withAnnotatedDerives(M.item(Id), D);
  if (Opts.DeriveHash && canDeriveItem(Id, Trait::Hash))
    D.push_back("Hash");
  bool PartialOrd =
      Opts.DerivePartialOrd && canDeriveItem(Id, Trait::PartialOrd);
  if (PartialOrd)
    D.push_back("PartialOrd");
  if (Opts.DeriveOrd && PartialOrd && canDeriveItem(Id, Trait::Ord))
    D.push_back("Ord");
  bool PartialEq = (Opts.DerivePartialEq || Opts.DeriveEq) &&
                   canDeriveItem(Id, Trait::PartialEq);
  if (PartialEq && Opts.DerivePartialEq)
    D.push_back("PartialEq");
  if (Opts.DeriveEq && PartialEq && canDeriveItem(Id, Trait::Eq))
    D.push_back("Eq");
  return withAnnotatedDerives(M.item(Id), D);
}

} // namespace kbindgen
