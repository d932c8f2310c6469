//===- EnumLowering.cpp - C enums in each of bindgen's styles --------------===//

#include "LowerContext.h"
#include "llvm/ADT/DenseSet.h"

namespace kbindgen {

EnumStyle enumStyleFor(const Options &Opts, llvm::StringRef Name) {
  if (Opts.RustifiedNonExhaustiveEnums.matches(Name))
    return EnumStyle::RustNonExhaustive;
  if (Opts.RustifiedEnums.matches(Name))
    return EnumStyle::Rust;
  if (Opts.ConstifiedEnumModules.matches(Name))
    return EnumStyle::ModuleConsts;
  if (Opts.BitfieldEnums.matches(Name))
    return EnumStyle::Bitfield;
  if (Opts.NewTypeEnums.matches(Name))
    return EnumStyle::NewType;
  if (Opts.NewTypeGlobalEnums.matches(Name))
    return EnumStyle::NewTypeGlobal;
  if (Opts.ConstifiedEnums.matches(Name))
    return EnumStyle::Consts;
  return Opts.DefaultEnumStyle;
}

static std::string valueText(const llvm::APSInt &V) {
  return ir::toDecimal(V);
}

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
  const ir::Enum &E = I.E;
  std::string N = name(Id);
  EnumStyle Style = enumStyle(Id);
  if (I.IsAnonymous && (Style == EnumStyle::ModuleConsts))
    Style = EnumStyle::Consts;
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

  switch (Style) {
  case EnumStyle::Consts: {
    rust::TypeRef Self = rust::Type::path(N);
    for (const ir::Enumerator &C : E.Constants) {
      std::string CN = enumConstantName(Id, C.Name);
      if (!claimValueName(CN)) {
        warn("enum constant '" + CN + "' is defined more than once; the "
             "later definition is skipped");
        continue;
      }
      emit(constant(CN, Self, valueText(C.Value), C.Comment));
    }
    rust::Item A;
    A.K = rust::Item::Kind::TypeAlias;
    A.Name = N;
    A.Ty = Under;
    A.Doc = Doc;
    emit(A);
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
      Mod.Children.push_back(constant(escapeRustName(C.Name),
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
      std::string Value = N + "(" + valueText(C.Value) + ")";
      if (Style == EnumStyle::NewTypeGlobal) {
        std::string CN = enumConstantName(Id, C.Name);
        if (claimValueName(CN))
          emit(constant(CN, Self, Value, C.Comment));
        continue;
      }
      std::string CN = Opts.PrependEnumName && !I.IsAnonymous
                           ? N + "_" + C.Name
                           : escapeRustName(C.Name);
      Impl.Children.push_back(constant(CN, Self, Value, C.Comment));
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
        if (Assign) {
          B.Body = {"#[inline]",
                    "fn " + Fn + "(&mut self, rhs: " + N + ") {",
                    "    self.0 " + Op + "= rhs.0;", "}"};
        } else {
          B.Body = {"type Output = Self;", "#[inline]",
                    "fn " + Fn + "(self, other: Self) -> Self {",
                    "    " + N + "(self.0 " + Op + " other.0)", "}"};
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
    S.Derives = derivesFor(Id, false);
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
    En.Derives = derivesFor(Id, false);
    addCustomDerives(En.Derives, N, CustomRule::Target::Enum);
    for (std::string &A : customAttributes(N, CustomRule::Target::Enum))
      En.Attrs.push_back(A);
    // Rust rejects duplicate discriminants: later duplicates become
    // associated constants naming the first variant with that value.
    std::map<std::string, std::string> Seen;
    rust::Item Dups;
    Dups.K = rust::Item::Kind::Impl;
    Dups.Header = "impl " + N;
    for (const ir::Enumerator &C : E.Constants) {
      std::string V = valueText(C.Value);
      std::string VN = variantName(Id, C.Name);
      auto [It, Inserted] = Seen.emplace(V, VN);
      if (!Inserted) {
        Dups.Children.push_back(constant(VN, rust::Type::path(N),
                                         N + "::" + It->second, C.Comment));
        continue;
      }
      rust::Variant Var;
      Var.Name = VN;
      Var.Value = V;
      Var.Doc = docLines(C.Comment);
      En.Variants.push_back(Var);
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
