//===- RustModel.h - The Rust items kbindgen writes -------------*- C++ -*-===//
//
// A small model of the Rust that bindings consist of. Lower builds it from
// the IR; Emit writes it, formatted the way rustfmt formats it. Nothing here
// knows C.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_EMIT_RUSTMODEL_H
#define KBINDGEN_EMIT_RUSTMODEL_H

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen::rust {

struct Type;
using TypeRef = std::shared_ptr<const Type>;

/// A Rust type expression.
struct Type {
  enum class Kind {
    Path,  ///< `a::b::C` with optional generic Args: `Option<T>`.
    Ptr,   ///< `*const T` / `*mut T`.
    Array, ///< `[T; LEN]`.
    FnPtr, ///< `unsafe extern "C" fn(a: T, ...) -> R`.
    Unit,  ///< `()`.
    Never, ///< `!`.
  };
  Kind K = Kind::Path;
  std::string Path;
  std::vector<TypeRef> Args; ///< Path generic arguments.
  bool Mut = false;          ///< Ptr
  TypeRef Inner;             ///< Ptr pointee, Array element
  std::string Len;           ///< Array length expression, e.g. `4usize`.
  // FnPtr
  std::vector<std::pair<std::string, TypeRef>> Params; ///< Names may be empty.
  bool Variadic = false;
  TypeRef Ret; ///< Null: no return type.
  std::string Abi = "C";
  bool Unsafe = true;

  static TypeRef path(std::string P, std::vector<TypeRef> Args = {});
  static TypeRef ptr(TypeRef Pointee, bool Mut);
  static TypeRef array(TypeRef Elem, std::string Len);
  static TypeRef unit();
  static TypeRef never();
};

/// Renders a type on one line, e.g. for error messages and tests.
std::string toString(const Type &T);

struct Field {
  std::vector<std::string> Doc;
  std::vector<std::string> Attrs;
  std::string Vis = "pub";
  std::string Name;
  TypeRef Ty;
};

struct Variant {
  std::vector<std::string> Doc;
  std::string Name;
  std::string Value; ///< Discriminant expression.
};

struct Param {
  std::string Name;
  TypeRef Ty;
};

struct Expr;
using ExprRef = std::shared_ptr<const Expr>;

/// An expression of a generated method body. Lower says what it is; Emit
/// lays it out the way rustfmt does (chains, calls and struct literals break
/// by rustfmt's width rules).
struct Expr {
  enum class Kind {
    Atom,      ///< Text kept on one line: `x`, `library.into()`.
    Chain,     ///< Root then `.Seg` for each of Segs, then `?` when Try.
    Call,      ///< `(Inner)(Args)`: a call through a parenthesized callee.
    Deref,     ///< `*Inner`.
    StructLit, ///< `Text { Args }` with shorthand fields (Atoms).
    Wrap,      ///< `Text(Inner)`, e.g. `Ok(...)`.
    Unsafe,    ///< `unsafe { Inner }`.
  };
  Kind K = Kind::Atom;
  std::string Text;
  ExprRef Inner; ///< Chain: the root. Call: the callee.
  std::vector<std::string> Segs;
  bool Try = false;
  std::vector<ExprRef> Args;

  static ExprRef atom(std::string Text);
  static ExprRef chain(ExprRef Root, std::vector<std::string> Segs,
                       bool Try = false);
  static ExprRef call(ExprRef Callee, std::vector<ExprRef> Args);
  static ExprRef deref(ExprRef Inner);
  static ExprRef structLit(std::string Path, std::vector<ExprRef> Fields);
  static ExprRef wrap(std::string Fn, ExprRef Inner);
  static ExprRef unsafeBlock(ExprRef Inner);
};

/// A statement: `let Let = E;`, or E as the block's value when Let is empty.
struct Stmt {
  std::string Let;
  ExprRef E;
};

/// One Rust item (or a group of items that must stay together).
struct Item {
  enum class Kind {
    Struct,      ///< Struct or union with named fields (Fields).
    TupleStruct, ///< `pub struct X(pub T);` (Fields, names ignored).
    Enum,        ///< Variants.
    TypeAlias,   ///< `pub type X = Ty;`
    Const,       ///< `pub const X: Ty = Value;`
    ExternBlock, ///< `extern "C" { Children }` (Functions and Statics).
    Function,    ///< Only inside an ExternBlock.
    Static,      ///< Only inside an ExternBlock.
    Impl,        ///< `impl ... { Body }` with Body as pre-formatted lines.
    Module,      ///< `pub mod X { Children }`.
    Raw,         ///< Verbatim lines (Body).
  };
  Kind K = Kind::Raw;
  std::vector<std::string> Doc;
  std::vector<std::string> Attrs; ///< Full attribute texts: `#[repr(C)]`.
  std::vector<std::string> Derives;
  /// Attributes written after the derives (`#[must_use]`).
  std::vector<std::string> TrailingAttrs;
  std::string Vis = "pub";
  std::string Name;
  bool IsUnion = false;
  bool Mut = false; ///< Static
  std::vector<Field> Fields;
  std::vector<Variant> Variants;
  TypeRef Ty; ///< TypeAlias, Const, Static; Function return (null: unit)
  std::string Value;
  std::vector<Param> Params;
  bool Variadic = false;
  bool Unsafe = false; ///< Function: `unsafe fn`.
  std::string Abi = "C";
  std::string Header;             ///< Impl: `impl Default for X`.
  std::string Generics;           ///< Function: `<P>` after the name.
  std::vector<std::string> Where; ///< Function: `P: AsRef<OsStr>` bounds.
  /// Function: a body of statements Emit lays out (instead of Body).
  std::vector<Stmt> Stmts;
  /// Raw: lines. Impl without Children, Function with a body: the
  /// statements, indentation relative to the block.
  std::vector<std::string> Body;
  std::vector<Item> Children; ///< ExternBlock, Module, Impl (methods)
  /// Lower's placement: the module this item goes to (empty: top level).
  std::string Module;
};

struct File {
  std::vector<std::string> InnerAttrs; ///< `#![...]` lines.
  std::string HeaderComment;
  std::vector<std::string> RawLines;
  std::vector<Item> Items;
};

} // namespace kbindgen::rust

#endif // KBINDGEN_EMIT_RUSTMODEL_H
