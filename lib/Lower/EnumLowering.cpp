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
  if (Matches(Opts.RustifiedReprCEnums))
    return EnumStyle::RustReprC;
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
      if (T.Kind == ir::ItemKind::Typedef && !isSkipped(Id) && isSelected(Id) &&
          !isBlocklisted(Id) && !pointsToTagOfItsName(M, T))
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

/// The Rust type of an enum that is not a Rust enum: its C integer type, or
/// with --translate-enum-integer-types Rust's integer of its size and sign.
static rust::TypeRef underlyingType(LowerContext &C, const ir::Enum &E) {
  if (C.Opts.TranslateEnumIntegerTypes)
    return rust::Type::path(reprInt(C.M, E.Underlying));
  return C.rustType(E.Underlying, LowerContext::Use::Alias);
}

namespace {
/// Lowers one enum in the style chosen for it; one method per style.
class EnumLowering {
public:
  EnumLowering(LowerContext &C, ir::ItemId Id)
      : C(C), Id(Id), I(C.M.item(Id)), E(I.enm()), N(C.name(Id)),
        Self(rust::Type::path(N)), Under(underlyingType(C, E)),
        Doc(C.docLines(I.Comment)) {}

  /// Never defined: bindgen guesses int.
  void undefined();
  void consts();
  void moduleConsts();
  void newType(EnumStyle Style);
  void rustEnum(EnumStyle Style);

private:
  rust::Item constant(const std::string &Name, rust::TypeRef Ty,
                      const std::string &Value,
                      const std::string &Comment) const;
  rust::Item alias(const std::string &Name) const;
  /// `impl ops::Trait for N` of a bitfield enum.
  rust::Item bitOp(const std::string &Trait, const std::string &Fn,
                   const std::string &Op, bool Assign) const;
  /// The enumerators in the order they become variants: those marked
  /// constant last (but for the last enumerator), hidden ones dropped.
  std::vector<const ir::Enumerator *> variantOrder() const;
  /// The global constant name of variant VN.
  std::string globalName(const std::string &VN) const;
  void addGlobal(const std::string &VN, const std::string &Target,
                 const std::string &Comment);

  LowerContext &C;
  ir::ItemId Id;
  const ir::Item &I;
  const ir::Enum &E;
  std::string N;
  rust::TypeRef Self;
  rust::TypeRef Under;
  std::vector<std::string> Doc;
};
} // namespace

rust::Item EnumLowering::constant(const std::string &Name, rust::TypeRef Ty,
                                  const std::string &Value,
                                  const std::string &Comment) const {
  rust::Item K;
  K.K = rust::Item::Kind::Const;
  K.Name = Name;
  K.Ty = std::move(Ty);
  K.Value = Value;
  K.Doc = C.docLines(Comment);
  return K;
}

rust::Item EnumLowering::alias(const std::string &Name) const {
  rust::Item A;
  A.K = rust::Item::Kind::TypeAlias;
  A.Name = Name;
  A.Ty = Under;
  return A;
}

void EnumLowering::undefined() {
  rust::Item A = alias(N);
  A.Ty = rust::Type::path("i32");
  A.Doc = Doc;
  C.emit(A);
}

void EnumLowering::consts() {
  for (const ir::Enumerator &K : E.Constants) {
    if (K.Hide)
      continue;
    std::string CN = C.enumConstantName(Id, loweredName(K));
    if (!C.claimValueName(CN)) {
      C.warn("enum constant '" + CN +
             "' is defined more than once; the "
             "later definition is skipped");
      continue;
    }
    C.emit(constant(CN, Self, valueText(K.Value), K.Comment));
  }
  // A typedef of the same name (`enum E {...}; typedef int16_t E;`)
  // takes the name; the constants then have its type.
  if (!C.hasTypedefNamed(I.Name)) {
    rust::Item A = alias(N);
    A.Doc = Doc;
    C.emit(A);
  }
}

void EnumLowering::moduleConsts() {
  rust::Item Mod;
  Mod.K = rust::Item::Kind::Module;
  Mod.Name = N;
  Mod.Doc = Doc;
  Mod.Children.push_back(alias("Type"));
  for (const ir::Enumerator &K : E.Constants)
    if (!K.Hide)
      Mod.Children.push_back(constant(escapeRustName(loweredName(K)),
                                      rust::Type::path("Type"),
                                      valueText(K.Value), K.Comment));
  C.emit(Mod);
}

rust::Item EnumLowering::bitOp(const std::string &Trait, const std::string &Fn,
                               const std::string &Op, bool Assign) const {
  rust::Item B;
  B.K = rust::Item::Kind::Impl;
  B.Header = "impl " + C.stdPath() + "::ops::" + Trait +
             (Assign ? "" : "<" + N + ">") + " for " + N;
  rust::ExprRef Self0 = rust::field(rust::atom("self"), "0");
  if (Assign) {
    B.Children = {inlined(traitMethod(
        Fn, {{"", rust::Type::path("&mut self")}, {"rhs", Self}}, nullptr,
        {rust::semi(rust::binary(Self0, Op + "=",
                                 rust::field(rust::atom("rhs"), "0")))}))};
    return B;
  }
  rust::TypeRef SelfTy = rust::Type::path("Self");
  rust::ExprRef Value =
      rust::binary(Self0, Op, rust::field(rust::atom("other"), "0"));
  B.Children = {associatedType("Output", SelfTy),
                inlined(traitMethod(
                    Fn, {{"", rust::Type::path("self")}, {"other", SelfTy}},
                    SelfTy, {rust::tail(rust::call(N, {Value}))}))};
  return B;
}

void EnumLowering::newType(EnumStyle Style) {
  rust::Item Impl;
  Impl.K = rust::Item::Kind::Impl;
  Impl.Header = "impl " + N;
  for (const ir::Enumerator &K : E.Constants) {
    if (K.Hide)
      continue;
    std::string Value = N + "(" + valueText(K.Value) + ")";
    // A named enum namespaces its constants; an anonymous one (or a
    // newtype_global one) has global constants.
    if (Style == EnumStyle::NewTypeGlobal || I.IsAnonymous) {
      std::string CN = C.enumConstantName(Id, loweredName(K));
      if (C.claimValueName(CN))
        C.emit(constant(CN, Self, Value, K.Comment));
      continue;
    }
    Impl.Children.push_back(
        constant(escapeRustName(loweredName(K)), Self, Value, K.Comment));
  }
  if (!Impl.Children.empty())
    C.emit(Impl);
  if (Style == EnumStyle::Bitfield) {
    C.emit(bitOp("BitOr", "bitor", "|", false));
    C.emit(bitOp("BitOrAssign", "bitor_assign", "|", true));
    C.emit(bitOp("BitAnd", "bitand", "&", false));
    C.emit(bitOp("BitAndAssign", "bitand_assign", "&", true));
  }
  rust::Item S;
  S.K = rust::Item::Kind::TupleStruct;
  S.Name = N;
  S.Doc = Doc;
  S.Attrs.push_back("#[repr(transparent)]");
  S.Derives = C.enumDerives(Id);
  C.addCustomDerives(S.Derives, N, CustomRule::Target::Enum);
  for (std::string &A : C.customAttributes(N, CustomRule::Target::Enum))
    S.Attrs.push_back(A);
  rust::Field F;
  F.Ty = Under;
  S.Fields.push_back(F);
  C.emit(S);
}

std::vector<const ir::Enumerator *> EnumLowering::variantOrder() const {
  std::vector<const ir::Enumerator *> Order, Deferred;
  for (size_t Idx = 0; Idx < E.Constants.size(); ++Idx) {
    const ir::Enumerator &K = E.Constants[Idx];
    if (K.Hide)
      continue;
    if (K.Constant && Idx + 1 < E.Constants.size())
      Deferred.push_back(&K);
    else
      Order.push_back(&K);
  }
  Order.insert(Order.end(), Deferred.begin(), Deferred.end());
  return Order;
}

std::string EnumLowering::globalName(const std::string &VN) const {
  if (!I.IsAnonymous)
    return C.Opts.PrependEnumName ? N + "_" + VN : VN;
  if (I.Parent.isValid())
    return C.name(I.Parent) + "_" + VN;
  return VN;
}

void EnumLowering::addGlobal(const std::string &VN, const std::string &Target,
                             const std::string &Comment) {
  std::string CN = globalName(VN);
  if (C.claimValueName(CN))
    C.emit(constant(CN, Self, N + "::" + Target, Comment));
}

void EnumLowering::rustEnum(EnumStyle Style) {
  rust::Item En;
  En.K = rust::Item::Kind::Enum;
  En.Name = N;
  En.Doc = Doc;
  En.Attrs.push_back("#[repr(" +
                     (Style == EnumStyle::RustReprC
                          ? std::string("C")
                          : reprInt(C.M, E.Underlying)) +
                     ")]");
  if (Style == EnumStyle::RustNonExhaustive)
    En.Attrs.push_back("#[non_exhaustive]");
  En.Derives = C.enumDerives(Id);
  C.addCustomDerives(En.Derives, N, CustomRule::Target::Enum);
  for (std::string &A : C.customAttributes(N, CustomRule::Target::Enum))
    En.Attrs.push_back(A);
  // Rust rejects duplicate discriminants: a later duplicate becomes an
  // associated constant naming the first variant with that value (a
  // global constant for an anonymous enum). Variants marked constant are
  // handled last, so they alias a real variant when one has their value.
  std::map<std::string, std::string> Seen;
  rust::Item Dups;
  Dups.K = rust::Item::Kind::Impl;
  Dups.Header = "impl " + N;
  for (const ir::Enumerator *KP : variantOrder()) {
    const ir::Enumerator &K = *KP;
    std::string V = valueText(K.Value);
    std::string VN = C.variantName(Id, loweredName(K));
    auto [It, Inserted] = Seen.emplace(V, VN);
    if (!Inserted) {
      if (I.IsAnonymous)
        addGlobal(VN, It->second, K.Comment);
      else
        Dups.Children.push_back(
            constant(VN, Self, N + "::" + It->second, K.Comment));
      continue;
    }
    rust::Variant Var;
    Var.Name = VN;
    Var.Value = V;
    Var.Doc = C.docLines(K.Comment);
    En.Variants.push_back(Var);
    if (I.IsAnonymous || K.Constant)
      addGlobal(VN, VN, "");
  }
  if (En.Variants.empty()) {
    rust::Variant Var;
    Var.Name = "__bindgen_cannot_repr_c_on_empty_enum";
    Var.Value = "0";
    En.Variants.push_back(Var);
  }
  if (!Dups.Children.empty())
    C.emit(Dups);
  C.emit(En);
}

void LowerContext::lowerEnum(ir::ItemId Id) {
  EnumStyle Style = enumStyle(Id);
  EnumLowering L(*this, Id);
  if (!M.item(Id).enm().IsComplete && Style == EnumStyle::Consts) {
    L.undefined();
    report(Id, "enum", "emitted", "declared but not defined: int assumed");
    return;
  }
  switch (Style) {
  case EnumStyle::Consts:
    L.consts();
    break;
  case EnumStyle::ModuleConsts:
    L.moduleConsts();
    break;
  case EnumStyle::NewType:
  case EnumStyle::NewTypeGlobal:
  case EnumStyle::Bitfield:
    L.newType(Style);
    break;
  case EnumStyle::Rust:
  case EnumStyle::RustNonExhaustive:
  case EnumStyle::RustReprC:
    L.rustEnum(Style);
    break;
  }
  report(Id, "enum", "emitted");
}

} // namespace kbindgen
