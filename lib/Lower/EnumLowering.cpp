//===- EnumLowering.cpp - C enums in each of bindgen's styles -------------===//

#include "LowerContext.h"
#include "llvm/ADT/DenseSet.h"

namespace kbindgen {

/// bindgen's test: the enum's name, or for an anonymous enum any of its
/// constants' names.
static bool matchesEnum(const RegexSet &Set, llvm::StringRef Name,
                        llvm::ArrayRef<ir::Enumerator> AnonConstants) {
  if (Set.matches(Name))
    return true;
  for (const ir::Enumerator &C : AnonConstants)
    if (Set.matches(C.Name))
      return true;
  return false;
}

EnumStyle enumStyleFor(const Options &Opts, llvm::StringRef Name,
                       llvm::ArrayRef<ir::Enumerator> AnonConstants) {
  // bindgen's precedence: module consts first, so overlapping patterns
  // cannot turn a module into a Rust enum.
  auto Matches = [&](const RegexSet &Set) {
    return matchesEnum(Set, Name, AnonConstants);
  };
  if (Matches(Opts.ConstifiedEnumModules))
    return EnumStyle::ModuleConsts;
  if (Matches(Opts.BitfieldEnums))
    return EnumStyle::Bitfield;
  if (Matches(Opts.NewTypeEnums))
    return EnumStyle::NewType;
  if (Matches(Opts.NewTypeGlobalEnums))
    return EnumStyle::NewTypeGlobal;
  if (Matches(Opts.RustifiedEnums))
    return EnumStyle::Rust;
  if (Matches(Opts.RustifiedNonExhaustiveEnums))
    return EnumStyle::RustNonExhaustive;
  if (Matches(Opts.ConstifiedEnums))
    return EnumStyle::Consts;
  return Opts.DefaultEnumStyle;
}

/// The C name an enumerator is lowered under: its own, or the one its
/// `<div rustbindgen replaces="X">` annotation gives.
static const std::string &loweredName(const ir::Enumerator &C) {
  return C.ReplacesName.empty() ? C.Name : C.ReplacesName;
}

bool LowerContext::hasTypedefNamed(llvm::StringRef CName) {
  if (!TypedefNamesReady) {
    for (ir::ItemId Id : M.order()) {
      const ir::Item &T = M.item(Id);
      if (T.Kind == ir::ItemKind::Typedef && !T.Skipped && isSelected(Id) &&
          !isBlocklisted(Id))
        TypedefNames.insert(T.Name);
    }
    TypedefNamesReady = true;
  }
  return TypedefNames.contains(CName);
}

std::vector<std::string> LowerContext::enumDerives(ir::ItemId Id) {
  // Non-const enum styles always derive Clone, Hash, PartialEq and Eq;
  // Debug and Copy follow the options and annotations.
  const ir::Item &I = M.item(Id);
  std::vector<std::string> D;
  if (Opts.DeriveDebug && canDeriveItem(Id, Trait::Debug))
    D.push_back("Debug");
  if (Opts.DeriveCopy && canDeriveItem(Id, Trait::Copy))
    D.push_back("Copy");
  D.push_back("Clone");
  D.push_back("Hash");
  if (Opts.DerivePartialOrd)
    D.push_back("PartialOrd");
  if (Opts.DeriveOrd)
    D.push_back("Ord");
  D.push_back("PartialEq");
  D.push_back("Eq");
  for (const std::string &A : I.annot().Derives)
    if (!llvm::is_contained(D, A))
      D.push_back(A);
  return D;
}

static std::string valueText(const llvm::APSInt &V) { return ir::toDecimal(V); }

/// `u32`, `i8`... for `#[repr]` from the underlying C integer type.
static std::string reprInt(const ir::Module &M, ir::TypeId Under) {
  const ir::Type &T = M.type(M.canonical(Under));
  bool Signed = false;
  switch (T.Primitive) {
  case ir::PrimitiveKind::Char:
  case ir::PrimitiveKind::SChar:
  case ir::PrimitiveKind::Short:
  case ir::PrimitiveKind::Int:
  case ir::PrimitiveKind::Long:
  case ir::PrimitiveKind::LongLong:
  case ir::PrimitiveKind::Int128:
    Signed = true;
    break;
  default:
    break;
  }
  return (Signed ? "i" : "u") + std::to_string((T.Size ? T.Size : 4) * 8);
}

void LowerContext::lowerEnum(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Enum &E = I.enm();
  std::string N = name(Id);
  EnumStyle Style = enumStyle(Id);
  rust::TypeRef Under = rustType(E.Underlying, Use::Alias);
  std::vector<std::string> Doc = docLines(I.Comment);

  auto constant = [&](const std::string &Name, rust::TypeRef Ty,
                      const std::string &Value, const std::string &Comment) {
    rust::Item C;
    C.K = rust::Item::Kind::Const;
    C.Name = Name;
    C.Ty = std::move(Ty);
    C.Value = Value;
    C.Doc = docLines(Comment);
    return C;
  };

  if (!E.IsComplete && Style == EnumStyle::Consts) {
    // Never defined: bindgen guesses int.
    rust::Item A;
    A.K = rust::Item::Kind::TypeAlias;
    A.Name = N;
    A.Ty = rust::Type::path("i32");
    A.Doc = Doc;
    emit(A);
    report(Id, "enum", "emitted", "declared but not defined: int assumed");
    return;
  }
  switch (Style) {
  case EnumStyle::Consts: {
    rust::TypeRef Self = rust::Type::path(N);
    for (const ir::Enumerator &C : E.Constants) {
      if (C.Hide)
        continue;
      std::string CN = enumConstantName(Id, loweredName(C));
      if (!claimValueName(CN)) {
        warn("enum constant '" + CN +
             "' is defined more than once; the "
             "later definition is skipped");
        continue;
      }
      emit(constant(CN, Self, valueText(C.Value), C.Comment));
    }
    // A typedef of the same name (`enum E {...}; typedef int16_t E;`)
    // takes the name; the constants then have its type.
    if (!hasTypedefNamed(I.Name)) {
      rust::Item A;
      A.K = rust::Item::Kind::TypeAlias;
      A.Name = N;
      A.Ty = Under;
      A.Doc = Doc;
      emit(A);
    }
    break;
  }
  case EnumStyle::ModuleConsts: {
    rust::Item Mod;
    Mod.K = rust::Item::Kind::Module;
    Mod.Name = N;
    Mod.Doc = Doc;
    rust::Item A;
    A.K = rust::Item::Kind::TypeAlias;
    A.Name = "Type";
    A.Ty = Under;
    Mod.Children.push_back(A);
    for (const ir::Enumerator &C : E.Constants)
      if (!C.Hide)
        Mod.Children.push_back(constant(escapeRustName(loweredName(C)),
                                        rust::Type::path("Type"),
                                        valueText(C.Value), C.Comment));
    emit(Mod);
    break;
  }
  case EnumStyle::NewType:
  case EnumStyle::NewTypeGlobal:
  case EnumStyle::Bitfield: {
    rust::TypeRef Self = rust::Type::path(N);
    rust::Item Impl;
    Impl.K = rust::Item::Kind::Impl;
    Impl.Header = "impl " + N;
    for (const ir::Enumerator &C : E.Constants) {
      if (C.Hide)
        continue;
      std::string Value = N + "(" + valueText(C.Value) + ")";
      // A named enum namespaces its constants; an anonymous one (or a
      // newtype_global one) has global constants.
      if (Style == EnumStyle::NewTypeGlobal || I.IsAnonymous) {
        std::string CN = enumConstantName(Id, loweredName(C));
        if (claimValueName(CN))
          emit(constant(CN, Self, Value, C.Comment));
        continue;
      }
      Impl.Children.push_back(
          constant(escapeRustName(loweredName(C)), Self, Value, C.Comment));
    }
    if (!Impl.Children.empty())
      emit(Impl);
    if (Style == EnumStyle::Bitfield) {
      std::string Std = stdPath();
      auto op = [&](const std::string &Trait, const std::string &Fn,
                    const std::string &Op, bool Assign) {
        rust::Item B;
        B.K = rust::Item::Kind::Impl;
        B.Header = "impl " + Std + "::ops::" + Trait +
                   (Assign ? "" : "<" + N + ">") + " for " + N;
        if (Assign)
          B.Header = "impl " + Std + "::ops::" + Trait + " for " + N;
        rust::ExprRef Self0 = rust::field(rust::atom("self"), "0");
        if (Assign) {
          B.Children = {inlined(traitMethod(
              Fn, {{"", rust::Type::path("&mut self")}, {"rhs", Self}}, nullptr,
              {rust::semi(rust::binary(
                  Self0, Op + "=", rust::field(rust::atom("rhs"), "0")))}))};
        } else {
          rust::TypeRef SelfTy = rust::Type::path("Self");
          B.Children = {
              associatedType("Output", SelfTy),
              inlined(traitMethod(
                  Fn, {{"", rust::Type::path("self")}, {"other", SelfTy}},
                  SelfTy,
                  {rust::tail(rust::call(
                      N, {rust::binary(
                             Self0, Op,
                             rust::field(rust::atom("other"), "0"))}))}))};
        }
        emit(B);
      };
      op("BitOr", "bitor", "|", false);
      op("BitOrAssign", "bitor_assign", "|", true);
      op("BitAnd", "bitand", "&", false);
      op("BitAndAssign", "bitand_assign", "&", true);
    }
    rust::Item S;
    S.K = rust::Item::Kind::TupleStruct;
    S.Name = N;
    S.Doc = Doc;
    S.Attrs.push_back("#[repr(transparent)]");
    S.Derives = enumDerives(Id);
    addCustomDerives(S.Derives, N, CustomRule::Target::Enum);
    for (std::string &A : customAttributes(N, CustomRule::Target::Enum))
      S.Attrs.push_back(A);
    rust::Field F;
    F.Ty = Under;
    S.Fields.push_back(F);
    emit(S);
    break;
  }
  case EnumStyle::Rust:
  case EnumStyle::RustNonExhaustive: {
    rust::Item En;
    En.K = rust::Item::Kind::Enum;
    En.Name = N;
    En.Doc = Doc;
    En.Attrs.push_back("#[repr(" + reprInt(M, E.Underlying) + ")]");
    if (Style == EnumStyle::RustNonExhaustive)
      En.Attrs.push_back("#[non_exhaustive]");
    En.Derives = enumDerives(Id);
    addCustomDerives(En.Derives, N, CustomRule::Target::Enum);
    for (std::string &A : customAttributes(N, CustomRule::Target::Enum))
      En.Attrs.push_back(A);
    // Rust rejects duplicate discriminants: a later duplicate becomes an
    // associated constant naming the first variant with that value (a
    // global constant for an anonymous enum). Variants marked constant are
    // handled last, so they alias a real variant when one has their value.
    std::map<std::string, std::string> Seen;
    rust::Item Dups;
    Dups.K = rust::Item::Kind::Impl;
    Dups.Header = "impl " + N;
    rust::TypeRef Self = rust::Type::path(N);
    auto globalName = [&](const std::string &VN) {
      if (!I.IsAnonymous)
        return Opts.PrependEnumName ? N + "_" + VN : VN;
      if (I.Parent.isValid())
        return name(I.Parent) + "_" + VN;
      return VN;
    };
    auto addGlobal = [&](const std::string &VN, const std::string &Target,
                         const std::string &Comment) {
      std::string CN = globalName(VN);
      if (claimValueName(CN))
        emit(constant(CN, Self, N + "::" + Target, Comment));
    };
    std::vector<const ir::Enumerator *> Order, Deferred;
    for (size_t Idx = 0; Idx < E.Constants.size(); ++Idx) {
      const ir::Enumerator &C = E.Constants[Idx];
      if (C.Hide)
        continue;
      if (C.Constant && Idx + 1 < E.Constants.size())
        Deferred.push_back(&C);
      else
        Order.push_back(&C);
    }
    Order.insert(Order.end(), Deferred.begin(), Deferred.end());
    for (const ir::Enumerator *CP : Order) {
      const ir::Enumerator &C = *CP;
      std::string V = valueText(C.Value);
      std::string VN = variantName(Id, loweredName(C));
      auto [It, Inserted] = Seen.emplace(V, VN);
      if (!Inserted) {
        if (I.IsAnonymous)
          addGlobal(VN, It->second, C.Comment);
        else
          Dups.Children.push_back(
              constant(VN, Self, N + "::" + It->second, C.Comment));
        continue;
      }
      rust::Variant Var;
      Var.Name = VN;
      Var.Value = V;
      Var.Doc = docLines(C.Comment);
      En.Variants.push_back(Var);
      if (I.IsAnonymous || C.Constant)
        addGlobal(VN, VN, "");
    }
    if (En.Variants.empty()) {
      rust::Variant Var;
      Var.Name = "__bindgen_cannot_repr_c_on_empty_enum";
      Var.Value = "0";
      En.Variants.push_back(Var);
    }
    if (!Dups.Children.empty())
      emit(Dups);
    emit(En);
    break;
  }
  }
  report(Id, "enum", "emitted");
}

} // namespace kbindgen
