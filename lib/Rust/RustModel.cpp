//===- RustModel.cpp - The Rust items kbindgen writes ---------------------===//

#include "kbindgen/Rust/RustModel.h"

namespace kbindgen::rust {

TypeRef Type::path(std::string P, std::vector<TypeRef> Args) {
  auto T = std::make_shared<Type>();
  T->K = Kind::Path;
  T->Path = std::move(P);
  T->Args = std::move(Args);
  return T;
}

TypeRef Type::ptr(TypeRef Pointee, bool Mut) {
  auto T = std::make_shared<Type>();
  T->K = Kind::Ptr;
  T->Inner = std::move(Pointee);
  T->Mut = Mut;
  return T;
}

TypeRef Type::array(TypeRef Elem, std::string Len) {
  auto T = std::make_shared<Type>();
  T->K = Kind::Array;
  T->Inner = std::move(Elem);
  T->Len = std::move(Len);
  return T;
}

TypeRef Type::unit() {
  auto T = std::make_shared<Type>();
  T->K = Kind::Unit;
  return T;
}

TypeRef Type::never() {
  auto T = std::make_shared<Type>();
  T->K = Kind::Never;
  return T;
}

std::string fnPrefix(const Type &T) {
  std::string S;
  if (T.Unsafe)
    S += "unsafe ";
  S += "extern \"" + T.Abi + "\" fn";
  return S;
}

std::string paramText(const std::string &Name, const Type &T) {
  if (Name.empty())
    return toString(T);
  return Name + ": " + toString(T);
}

std::string
paramListText(const std::vector<std::pair<std::string, TypeRef>> &Params,
              bool Variadic) {
  std::string S;
  for (const auto &[Name, Ty] : Params) {
    if (!S.empty())
      S += ", ";
    S += paramText(Name, *Ty);
  }
  if (Variadic)
    S += Params.empty() ? "..." : ", ...";
  return S;
}

std::string retText(const Type *Ret) {
  if (!Ret || Ret->K == Type::Kind::Unit)
    return "";
  return " -> " + toString(*Ret);
}

std::string toString(const Type &T) {
  switch (T.K) {
  case Type::Kind::Path: {
    std::string S = T.Path;
    if (T.Args.empty())
      return S;
    S += '<';
    for (size_t I = 0; I < T.Args.size(); ++I) {
      if (I)
        S += ", ";
      S += toString(*T.Args[I]);
    }
    return S + '>';
  }
  case Type::Kind::Ptr:
    return std::string(T.Mut ? "*mut " : "*const ") + toString(*T.Inner);
  case Type::Kind::Array:
    return "[" + toString(*T.Inner) + "; " + T.Len + "]";
  case Type::Kind::FnPtr: {
    return fnPrefix(T) + "(" + paramListText(T.Params, T.Variadic) + ")" +
           retText(T.Ret.get());
  }
  case Type::Kind::Unit:
    return "()";
  case Type::Kind::Never:
    return "!";
  }
  return "";
}

static std::shared_ptr<Expr> make(Expr::Kind K, std::string Text = "",
                                  ExprRef Inner = nullptr,
                                  std::vector<ExprRef> Args = {}) {
  auto E = std::make_shared<Expr>();
  E->K = K;
  E->Text = std::move(Text);
  E->Inner = std::move(Inner);
  E->Args = std::move(Args);
  return E;
}

ExprRef atom(std::string Text) {
  return make(Expr::Kind::Atom, std::move(Text));
}

ExprRef call(std::string Callee, std::vector<ExprRef> Args,
             std::vector<TypeRef> Generics) {
  auto E = make(Expr::Kind::Call, std::move(Callee), nullptr, std::move(Args));
  E->Generics = std::move(Generics);
  return E;
}

ExprRef callThrough(ExprRef Callee, std::vector<ExprRef> Args) {
  return make(Expr::Kind::Call, "", std::move(Callee), std::move(Args));
}

ExprRef macroCall(std::string Name, std::vector<ExprRef> Args) {
  return make(Expr::Kind::Macro, std::move(Name), nullptr, std::move(Args));
}

ExprRef method(ExprRef Receiver, std::string Name, std::vector<ExprRef> Args) {
  return make(Expr::Kind::Method, std::move(Name), std::move(Receiver),
              std::move(Args));
}

ExprRef field(ExprRef Receiver, std::string Name) {
  return make(Expr::Kind::Field, std::move(Name), std::move(Receiver));
}

ExprRef unary(std::string Op, ExprRef Operand) {
  return make(Expr::Kind::Unary, std::move(Op), std::move(Operand));
}

ExprRef deref(ExprRef E) { return unary("*", std::move(E)); }

ExprRef binary(ExprRef Lhs, std::string Op, ExprRef Rhs) {
  return make(Expr::Kind::Binary, std::move(Op), nullptr,
              {std::move(Lhs), std::move(Rhs)});
}

ExprRef cast(ExprRef E, TypeRef To) {
  auto C = make(Expr::Kind::Cast, "", std::move(E));
  C->Ty = std::move(To);
  return C;
}

ExprRef paren(ExprRef E) { return make(Expr::Kind::Paren, "", std::move(E)); }

ExprRef subscript(ExprRef Base, ExprRef Index) {
  return make(Expr::Kind::Index, "", std::move(Base), {std::move(Index)});
}

ExprRef array(std::vector<ExprRef> Elems) {
  return make(Expr::Kind::Array, "", nullptr, std::move(Elems));
}

ExprRef chain(ExprRef Root, std::vector<std::string> Segs, bool Try,
              std::vector<TypeRef> SegTypes) {
  auto E = make(Expr::Kind::Chain, "", std::move(Root));
  E->Segs = std::move(Segs);
  E->SegTypes = std::move(SegTypes);
  E->Try = Try;
  return E;
}

ExprRef structLit(std::string Path, std::vector<ExprRef> Fields) {
  return make(Expr::Kind::StructLit, std::move(Path), nullptr,
              std::move(Fields));
}

ExprRef unsafeBlock(ExprRef E) {
  return make(Expr::Kind::Unsafe, "", std::move(E));
}

ExprRef block(std::vector<Stmt> Stmts, bool Unsafe) {
  auto E = make(Expr::Kind::Block);
  E->Stmts = std::move(Stmts);
  E->Unsafe = Unsafe;
  return E;
}

static Stmt statement(Stmt::Kind K, ExprRef E) {
  Stmt S;
  S.K = K;
  S.E = std::move(E);
  return S;
}

Stmt let(std::string Pattern, ExprRef E, TypeRef Ty) {
  Stmt S = statement(Stmt::Kind::Let, std::move(E));
  S.Pattern = std::move(Pattern);
  S.Ty = std::move(Ty);
  return S;
}

Stmt semi(ExprRef E) { return statement(Stmt::Kind::Semi, std::move(E)); }

Stmt tail(ExprRef E) { return statement(Stmt::Kind::Tail, std::move(E)); }

} // namespace kbindgen::rust
