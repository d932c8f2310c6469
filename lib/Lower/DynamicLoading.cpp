//===- DynamicLoading.cpp - The --dynamic-loading library struct ----------===//
//
// With --dynamic-loading NAME, functions and extern variables are not
// declared in extern blocks: they become fields of a struct NAME that owns a
// `libloading::Library`, filled by its constructor from the library's
// symbols, with a method per item that calls (or returns the address)
// through the field. bindgen 0.72's shape: each field is a
// `Result<_, ::libloading::Error>` (the constructor succeeds with missing
// symbols and the method panics on use), or the bare symbol with
// --dynamic-link-require-all (the constructor fails on the first missing
// one). Variadic functions get a field but no method.
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"

namespace kbindgen {

using rust::ExprRef;

static const char *const LibraryPath = "::libloading::Library";
static const char *const ErrorPath = "::libloading::Error";

/// `b"name\0"`.
static std::string symbolLiteral(const std::string &Symbol) {
  return "b\"" + Symbol + "\\0\"";
}

void LowerContext::dynamicFunction(const rust::Item &Fn,
                                   const std::string &Symbol) {
  DynamicSymbol S;
  S.Name = Fn.Name;
  S.Symbol = Symbol;
  S.Doc = Fn.Doc;
  S.Params = Fn.Params;
  S.Ret = Fn.Ty;
  S.Variadic = Fn.Variadic;
  auto Ptr = std::make_shared<rust::Type>();
  Ptr->K = rust::Type::Kind::FnPtr;
  for (const rust::Param &P : Fn.Params)
    Ptr->Params.push_back({P.Name, P.Ty});
  Ptr->Variadic = Fn.Variadic;
  Ptr->Ret = Fn.Ty;
  Ptr->Abi = Fn.Abi;
  S.Ty = Ptr;
  DynamicSymbols.push_back(std::move(S));
}

void LowerContext::dynamicVar(const std::string &Name,
                              const std::string &Symbol, rust::TypeRef Ty) {
  DynamicSymbol S;
  S.Name = Name;
  S.Symbol = Symbol;
  S.IsVar = true;
  S.Ty = rust::Type::ptr(std::move(Ty), /*Mut=*/true);
  DynamicSymbols.push_back(std::move(S));
}

static rust::Item method(std::string Name, std::vector<rust::Param> Params,
                         rust::TypeRef Ret, std::vector<rust::Stmt> Body) {
  rust::Item F;
  F.K = rust::Item::Kind::Function;
  F.Name = std::move(Name);
  F.Unsafe = true;
  F.Params = std::move(Params);
  F.Ty = std::move(Ret);
  F.Stmts = std::move(Body);
  return F;
}

/// `new(path)` and `from_library(library)`.
static std::vector<rust::Item>
constructors(const std::string &Lib,
             const std::vector<LowerContext::DynamicSymbol> &Symbols,
             bool RequireAll, bool WrapUnsafe) {
  auto result = rust::Type::path(
      "Result", {rust::Type::path("Self"), rust::Type::path(ErrorPath)});
  auto maybeUnsafe = [&](ExprRef E) {
    return WrapUnsafe ? rust::unsafeBlock(std::move(E)) : E;
  };
  std::string Open = std::string(LibraryPath) + "::new(path)";
  rust::Item New = method(
      "new", {{"path", rust::Type::path("P")}}, result,
      {rust::let("path", rust::atom("path.as_ref()")),
       rust::let("library", rust::atom(WrapUnsafe ? "unsafe { " + Open + " }?"
                                                  : Open + "?")),
       rust::tail(maybeUnsafe(rust::atom("Self::from_library(library)")))});
  New.Generics = "<P>";
  New.Where = {"P: AsRef<::std::ffi::OsStr>"};

  std::vector<rust::Stmt> Body = {
      rust::let("__library", rust::atom("library.into()"))};
  std::vector<ExprRef> Fields = {rust::atom("__library")};
  for (const LowerContext::DynamicSymbol &S : Symbols) {
    std::string Get = S.IsVar ? "get::<" + rust::toString(*S.Ty) + ">(" +
                                    symbolLiteral(S.Symbol) + ")"
                              : "get(" + symbolLiteral(S.Symbol) + ")";
    ExprRef Root = rust::atom("__library");
    std::vector<std::string> Segs = {Get, "map(|sym| *sym)"};
    std::vector<rust::TypeRef> SegTypes = {S.IsVar ? S.Ty : nullptr};
    if (WrapUnsafe) {
      Root = rust::unsafeBlock(rust::chain(Root, {Get}, false, SegTypes));
      Segs.erase(Segs.begin());
      SegTypes.clear();
    }
    Body.push_back(
        rust::let(S.Name, rust::chain(Root, Segs, RequireAll, SegTypes)));
    Fields.push_back(rust::atom(S.Name));
  }
  Body.push_back(rust::tail(rust::call("Ok", {rust::structLit(Lib, Fields)})));
  rust::Item From = method("from_library", {{"library", rust::Type::path("L")}},
                           result, std::move(Body));
  From.Generics = "<L>";
  From.Where = {std::string("L: Into<") + LibraryPath + ">"};
  return {New, From};
}

/// The method that calls through (or reads) one symbol's field.
static rust::Item symbolMethod(const LowerContext::DynamicSymbol &S,
                               bool RequireAll, bool WrapUnsafe) {
  std::vector<rust::Param> Params = {{"", rust::Type::path("&self")}};
  std::vector<std::string> Field = {S.Name};
  if (S.IsVar) {
    if (!RequireAll)
      Field.insert(Field.end(),
                   {"as_ref()", "expect(\"Expected variable, got error.\")"});
    ExprRef Read = rust::chain(rust::atom("self"), Field);
    if (!RequireAll)
      Read = rust::deref(Read);
    return method(S.Name, Params, S.Ty, {rust::tail(Read)});
  }
  if (!RequireAll)
    Field.insert(Field.end(),
                 {"as_ref()", "expect(\"Expected function, got error.\")"});
  std::vector<ExprRef> Args;
  for (const rust::Param &P : S.Params) {
    Params.push_back(P);
    Args.push_back(rust::atom(P.Name));
  }
  ExprRef Call =
      rust::callThrough(rust::chain(rust::atom("self"), Field), Args);
  if (WrapUnsafe)
    Call = rust::unsafeBlock(Call);
  rust::Item M = method(S.Name, Params, S.Ret, {rust::tail(Call)});
  M.Doc = S.Doc;
  return M;
}

void LowerContext::emitDynamicLibrary() {
  const std::string &Lib = Opts.DynamicLibraryName;
  bool RequireAll = Opts.DynamicLinkRequireAll;
  bool WrapUnsafe = Opts.WrapUnsafeOps;
  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = Lib;
  rust::Field L;
  L.Vis = "";
  L.Name = "__library";
  L.Ty = rust::Type::path(LibraryPath);
  S.Fields.push_back(L);
  for (const DynamicSymbol &Sym : DynamicSymbols) {
    rust::Field F;
    F.Name = Sym.Name;
    F.Ty = RequireAll ? Sym.Ty
                      : rust::Type::path("Result",
                                         {Sym.Ty, rust::Type::path(ErrorPath)});
    S.Fields.push_back(std::move(F));
  }
  emit(std::move(S));

  rust::Item Impl;
  Impl.K = rust::Item::Kind::Impl;
  Impl.Header = "impl " + Lib;
  Impl.Children = constructors(Lib, DynamicSymbols, RequireAll, WrapUnsafe);
  for (const DynamicSymbol &Sym : DynamicSymbols)
    if (!Sym.Variadic)
      Impl.Children.push_back(symbolMethod(Sym, RequireAll, WrapUnsafe));
  emit(std::move(Impl));
}

} // namespace kbindgen
