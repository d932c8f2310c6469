//===- DeclLowering.cpp - Typedefs, functions and global variables --------===//

#include "LowerContext.h"

namespace kbindgen {

/// The style --type-alias, --new-type-alias(-deref) and
/// --default-alias-style give a typedef.
static AliasStyle aliasStyle(const Options &Opts, llvm::StringRef Name) {
  if (Opts.TypeAliases.matches(Name))
    return AliasStyle::TypeAlias;
  if (Opts.NewTypeAliases.matches(Name))
    return AliasStyle::NewType;
  if (Opts.NewTypeDerefAliases.matches(Name))
    return AliasStyle::NewTypeDeref;
  return Opts.DefaultAliasStyle;
}

bool LowerContext::isNewTypeAlias(ir::ItemId Id) const {
  return aliasStyle(Opts, name(Id)) != AliasStyle::TypeAlias;
}

/// A copy of a function-pointer type (`Option<fn>`) with another ABI.
static rust::TypeRef withAbi(const rust::TypeRef &T, const std::string &Abi) {
  if (!T || T->Args.size() != 1 || T->Args[0]->K != rust::Type::Kind::FnPtr)
    return T;
  auto Fn = std::make_shared<rust::Type>(*T->Args[0]);
  Fn->Abi = Abi;
  auto Opt = std::make_shared<rust::Type>(*T);
  Opt->Args[0] = Fn;
  return Opt;
}

void LowerContext::lowerTypedef(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  std::string N = name(Id);
  if (sizeTypeAlias(I.Name)) {
    report(Id, "type alias", "skipped",
           "a standard integer typedef: uses are spelled as Rust primitives");
    return;
  }
  const ir::Type &Canon = M.type(M.canonical(I.tdef().Underlying.Type));
  if ((Canon.Kind == ir::TypeKind::Record ||
       Canon.Kind == ir::TypeKind::Enum) &&
      name(Canon.Decl) == N) {
    report(Id, "type alias", "skipped", "names its own tag type");
    return;
  }
  if (isShadowedTypedef(Id)) {
    report(Id, "type alias", "skipped",
           "a struct or union has its name (C keeps them apart, Rust does "
           "not): uses are written as its underlying type");
    return;
  }
  if (!claimTypeName(N)) {
    report(Id, "type alias", "skipped", "name already used by another type");
    return;
  }
  rust::TypeRef Ty = rustType(I.tdef().Underlying, Use::Alias);
  if (isOpaque(Id)) {
    const ir::Type &Self = M.type(I.SelfType);
    Ty = blob(Self.Size, Self.Align);
  }
  if (std::optional<std::string> Abi = abiOverride(I.Name))
    Ty = withAbi(Ty, *Abi);
  AliasStyle Style = aliasStyle(Opts, N);
  if (Style == AliasStyle::TypeAlias) {
    rust::Item A;
    A.K = rust::Item::Kind::TypeAlias;
    A.Name = N;
    A.Doc = docLines(I.Comment);
    A.Ty = Ty;
    emit(A);
    report(Id, "type alias", "emitted");
    return;
  }
  rust::Item S;
  S.K = rust::Item::Kind::TupleStruct;
  S.Name = N;
  S.Doc = docLines(I.Comment);
  S.Attrs.push_back("#[repr(transparent)]");
  S.Derives = derivesFor(Id, false);
  rust::Field F;
  F.Ty = Ty;
  for (const Options::FieldAttr &FA : Opts.FieldAttrs)
    if (FA.Type == N && FA.Field == "0")
      F.Attrs.push_back("#[" + FA.Attr + "]");
  S.Fields.push_back(F);
  emit(S);
  if (Style == AliasStyle::NewTypeDeref) {
    std::string Std = stdPath();
    rust::ExprRef Field0 = rust::field(rust::atom("self"), "0");
    rust::Item D;
    D.K = rust::Item::Kind::Impl;
    D.Header = "impl " + Std + "::ops::Deref for " + N;
    D.Children = {
        associatedType("Target", Ty),
        inlined(traitMethod("deref", {{"", rust::Type::path("&self")}},
                            rust::Type::path("&Self::Target"),
                            {rust::tail(rust::unary("&", Field0))}))};
    emit(D);
    rust::Item DM;
    DM.K = rust::Item::Kind::Impl;
    DM.Header = "impl " + Std + "::ops::DerefMut for " + N;
    DM.Children = {
        inlined(traitMethod("deref_mut", {{"", rust::Type::path("&mut self")}},
                            rust::Type::path("&mut Self::Target"),
                            {rust::tail(rust::unary("&mut ", Field0))}))};
    emit(DM);
  }
  report(Id, "type alias", "emitted", "a newtype (--new-type-alias)");
}

static std::string linkNameAttr(const std::string &Symbol) {
  return "#[link_name = \"\\u{1}" + Symbol + "\"]";
}

/// The symbol an extern function or static links to: --prefix-link-name's
/// prefix and its C name, else the symbol Clang gives it (an asm label, an
/// overloadable function's mangled name), else its C name.
static std::string linkSymbol(const Options &Opts, const ir::Item &I,
                              const std::string &LinkName) {
  if (!Opts.PrefixLinkName.empty())
    return Opts.PrefixLinkName + I.Name;
  return LinkName.empty() ? I.Name : LinkName;
}

/// The `#[link_name]` of an extern item named RustName, unless its symbol
/// is simply its C name under that same name.
static void addLinkName(std::vector<std::string> &Attrs, const Options &Opts,
                        const ir::Item &I, const std::string &LinkName,
                        const std::string &RustName) {
  if (Opts.PrefixLinkName.empty() && LinkName.empty() && RustName == I.Name)
    return;
  Attrs.push_back(linkNameAttr(linkSymbol(Opts, I, LinkName)));
}

void LowerContext::emitExtern(rust::Item Fn) {
  std::string Abi = Fn.Abi;
  std::string Header =
      std::string(Opts.RustTargetMinor >= 82 ? "unsafe " : "") + "extern \"" +
      Abi + "\"";
  rust::Item Block;
  Block.K = rust::Item::Kind::ExternBlock;
  Block.Abi = Abi;
  Block.Header = Header;
  for (const std::string &A : Opts.ExternBlockAttrs)
    Block.Attrs.push_back(A);
  for (const std::string &A : Opts.ExternFnBlockAttrs)
    Block.Attrs.push_back(A);
  Block.Children.push_back(std::move(Fn));
  if (!Opts.MergeExternBlocks) {
    emit(std::move(Block));
    return;
  }
  // --merge-extern-blocks, as bindgen: one block per ABI (and attributes)
  // in each module, holding every declaration, after the module's other
  // items (emitMergedExterns).
  Block.Module = CurrentModule;
  for (rust::Item &Held : MergedExterns) {
    if (Held.Module == Block.Module && Held.Header == Block.Header &&
        Held.Attrs == Block.Attrs) {
      Held.Children.push_back(std::move(Block.Children.front()));
      return;
    }
  }
  MergedExterns.push_back(std::move(Block));
}

void LowerContext::emitMergedExterns() {
  for (rust::Item &Block : MergedExterns) {
    std::string Module = Block.Module;
    std::swap(CurrentModule, Module);
    emit(std::move(Block));
    std::swap(CurrentModule, Module);
  }
  MergedExterns.clear();
}

void LowerContext::lowerFunction(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Function &F = I.fn();
  if (std::optional<std::string> Why = unpassableSignature(F.Sig)) {
    report(Id, "function", "skipped", *Why);
    return;
  }
  std::string N = name(Id);
  if (!claimValueName(N)) {
    warn("function '" + I.Name + "' has the name of another item; skipped");
    report(Id, "function", "skipped", "name already used by another item");
    return;
  }
  rust::Item Fn;
  Fn.K = rust::Item::Kind::Function;
  Fn.Name = N;
  Fn.Doc = docLines(I.Comment);
  Fn.Abi = abiOverride(I.Name).value_or(rustAbiName(F.Sig.Conv));
  if (F.Wrap)
    // The wrapper's symbol, as bindgen writes it (no `\u{1}`: the name is
    // an ordinary C symbol).
    Fn.Attrs.push_back("#[link_name = \"" + F.Wrap->Symbol + "\"]");
  else
    addLinkName(Fn.Attrs, Opts, I, F.LinkName, N);
  bool WarnUnused = Opts.FunctionAttributeDetection && F.WarnUnusedResult &&
                    !F.Sig.IsNoReturn && !isVoid(F.Sig.Return.Type);
  if (WarnUnused || isMustUseType(F.Sig.Return.Type))
    Fn.Attrs.push_back("#[must_use]");
  unsigned Index = 0;
  for (const ir::Param &P : F.Sig.Params) {
    ++Index;
    std::string PN =
        P.Name.empty() ? "arg" + std::to_string(Index) : escapeRustName(P.Name);
    Fn.Params.push_back({PN, paramType(P)});
  }
  Fn.Variadic = F.Sig.IsVariadic;
  if (F.Sig.IsNoReturn)
    Fn.Ty = rust::Type::never();
  else
    Fn.Ty = rustType(F.Sig.Return, Use::Return);
  if (!Opts.DynamicLibraryName.empty())
    dynamicFunction(Fn,
                    F.Wrap ? F.Wrap->Symbol : linkSymbol(Opts, I, F.LinkName));
  else
    emitExtern(std::move(Fn));
  if (!F.Wrap) {
    report(Id, "function", "emitted");
    return;
  }
  Report.Wrappers.push_back(F.Wrap->Text);
  report(Id, "function", "emitted",
         "through its wrapper '" + F.Wrap->Symbol + "'");
}

void LowerContext::lowerVar(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Var &V = I.var();
  std::string N = name(Id);
  if (!claimValueName(N)) {
    warn("variable '" + I.Name + "' has the name of another item; skipped");
    report(Id, "static", "skipped", "name already used by another item");
    return;
  }
  if (V.Init) {
    rust::Item C;
    C.K = rust::Item::Kind::Const;
    C.Name = N;
    C.Doc = docLines(I.Comment);
    C.Ty = rustType(V.Type.Type, Use::Alias);
    const ir::ConstValue &CV = *V.Init;
    if (CV.K == ir::ConstValue::Kind::String)
      stringConstant(C, CV.Str);
    else if (CV.K == ir::ConstValue::Kind::Bool)
      C.Value = CV.Int.isZero() ? "false" : "true";
    else if (CV.K == ir::ConstValue::Kind::Int)
      C.Value = ir::toDecimal(CV.Int);
    else {
      char Buf[64];
      snprintf(Buf, sizeof(Buf), "%.17g", CV.Float);
      C.Value = Buf;
      if (C.Value.find_first_of(".en") == std::string::npos)
        C.Value += ".0";
    }
    // A constant of a newtype alias wraps its value.
    const ir::Type &VT = M.type(V.Type.Type);
    if (VT.Kind == ir::TypeKind::Typedef && isNewTypeAlias(VT.Decl) &&
        !sizeTypeAlias(M.item(VT.Decl).Name))
      C.Value = name(VT.Decl) + "(" + C.Value + ")";
    emit(C);
    report(Id, "constant", "emitted");
    return;
  }
  if (!Opts.DynamicLibraryName.empty()) {
    dynamicVar(N, linkSymbol(Opts, I, V.LinkName),
               rustType(V.Type, Use::Static));
    report(Id, "static", "emitted", "a field of the --dynamic-loading struct");
    return;
  }
  rust::Item S;
  S.K = rust::Item::Kind::Static;
  S.Name = N;
  S.Doc = docLines(I.Comment);
  S.Mut = !V.IsConst;
  // bindgen 0.60 saw no const on an incomplete array of const elements
  // (`extern const unsigned char _ctype[];`).
  if (Opts.Bindgen060 && V.IsConst &&
      M.type(M.canonical(V.Type.Type)).Kind == ir::TypeKind::IncompleteArray)
    S.Mut = true;
  addLinkName(S.Attrs, Opts, I, V.LinkName, N);
  S.Ty = rustType(V.Type, Use::Static);
  S.Abi = "C";
  emitExtern(std::move(S));
  report(Id, "static", "emitted");
}

} // namespace kbindgen
