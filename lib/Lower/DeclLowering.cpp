//===- DeclLowering.cpp - Typedefs, functions and global variables ---------===//

#include "LowerContext.h"

namespace kbindgen {

void LowerContext::lowerTypedef(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  std::string N = name(Id);
  if (sizeTypeAlias(I.Name)) {
    report(Id, "type alias", "skipped",
           "a standard integer typedef: uses are spelled as Rust primitives");
    return;
  }
  if (!claimTypeName(N)) {
    report(Id, "type alias", "skipped", "name already used by another type");
    return;
  }
  rust::Item A;
  A.K = rust::Item::Kind::TypeAlias;
  A.Name = N;
  A.Doc = docLines(I.Comment);
  A.Ty = rustType(I.T.Underlying, Use::Alias);
  emit(A);
  report(Id, "type alias", "emitted");
}

static std::string linkNameAttr(const std::string &Symbol) {
  return "#[link_name = \"\\u{1}" + Symbol + "\"]";
}

static std::string abiName(ir::CallConv CC) {
  switch (CC) {
  case ir::CallConv::Stdcall:
    return "stdcall";
  case ir::CallConv::Fastcall:
    return "fastcall";
  case ir::CallConv::Vectorcall:
    return "vectorcall";
  case ir::CallConv::Thiscall:
    return "thiscall";
  case ir::CallConv::Win64:
    return "win64";
  case ir::CallConv::SysV:
    return "sysv64";
  case ir::CallConv::C:
  case ir::CallConv::Other:
    return "C";
  }
  return "C";
}

void LowerContext::emitExtern(rust::Item Fn) {
  std::string Abi = Fn.Abi;
  std::string Header =
      std::string(Opts.RustTargetMinor >= 82 ? "unsafe " : "") + "extern \"" +
      Abi + "\"";
  if (Opts.MergeExternBlocks && !Out.Items.empty() &&
      Out.Items.back().K == rust::Item::Kind::ExternBlock &&
      Out.Items.back().Header == Header) {
    Out.Items.back().Children.push_back(std::move(Fn));
    return;
  }
  rust::Item Block;
  Block.K = rust::Item::Kind::ExternBlock;
  Block.Abi = Abi;
  Block.Header = Header;
  for (const std::string &A : Opts.ExternFnBlockAttrs)
    Block.Attrs.push_back(A);
  Block.Children.push_back(std::move(Fn));
  emit(std::move(Block));
}

void LowerContext::lowerFunction(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Function &F = I.F;
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
  Fn.Abi = abiName(F.Sig.Conv);
  if (!F.LinkName.empty())
    Fn.Attrs.push_back(linkNameAttr(F.LinkName));
  else if (N != I.Name)
    Fn.Attrs.push_back(linkNameAttr(I.Name));
  if (Opts.FunctionAttributeDetection && F.WarnUnusedResult &&
      !F.Sig.IsNoReturn && !isVoid(F.Sig.Return.Type))
    Fn.Attrs.push_back("#[must_use]");
  unsigned Index = 0;
  for (const ir::Param &P : F.Sig.Params) {
    ++Index;
    std::string PN = P.Name.empty() ? "arg" + std::to_string(Index)
                                    : escapeRustName(P.Name);
    Fn.Params.push_back({PN, rustType(P.Type, Use::Param)});
  }
  Fn.Variadic = F.Sig.IsVariadic;
  if (F.Sig.IsNoReturn)
    Fn.Ty = rust::Type::never();
  else
    Fn.Ty = rustType(F.Sig.Return, Use::Return);
  emitExtern(std::move(Fn));
  report(Id, "function", "emitted");
}

void LowerContext::lowerVar(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Var &V = I.V;
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
    emit(C);
    report(Id, "constant", "emitted");
    return;
  }
  rust::Item S;
  S.K = rust::Item::Kind::Static;
  S.Name = N;
  S.Doc = docLines(I.Comment);
  S.Mut = !V.IsConst;
  if (!V.LinkName.empty())
    S.Attrs.push_back(linkNameAttr(V.LinkName));
  else if (N != I.Name)
    S.Attrs.push_back(linkNameAttr(I.Name));
  S.Ty = rustType(V.Type, Use::Static);
  S.Abi = "C";
  emitExtern(std::move(S));
  report(Id, "static", "emitted");
}

} // namespace kbindgen
