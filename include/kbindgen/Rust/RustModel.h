//===- RustModel.h - The Rust items kbindgen writes -------------*- C++ -*-===//
//
// A small model of the Rust that bindings consist of. Lower builds it from
// the IR; Emit writes it, formatted the way rustfmt formats it. It belongs to
// neither: nothing here knows C, and nothing here knows how Rust is laid out
// as text.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_RUST_RUSTMODEL_H
#define KBINDGEN_RUST_RUSTMODEL_H

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
/// One-line spellings of the parts of a signature: `unsafe extern "C" fn`,
/// `name: T` (or `T` without a name), ` -> R` (empty for none or `()`).
std::string fnPrefix(const Type &FnPtr);
std::string paramText(const std::string &Name, const Type &T);
std::string retText(const Type *Ret);
/// The parameters of a signature on one line, `a: T, b: U` (`, ...` after
/// them when Variadic), without the parentheses.
std::string
paramListText(const std::vector<std::pair<std::string, TypeRef>> &Params,
              bool Variadic);

struct Expr;
using ExprRef = std::shared_ptr<const Expr>;

/// A statement of a block or function body.
struct Stmt {
  enum class Kind {
    Let,  ///< `let Pattern[: Ty] = E;`
    Semi, ///< `E;`
    Tail, ///< `E`, the block's value.
  };
  Kind K = Kind::Tail;
  std::string Pattern; ///< Let: `raw`, `mut s`.
  TypeRef Ty;          ///< Let: the annotated type, if any.
  ExprRef E;
};

/// A Rust expression: the small trees method bodies and layout assertions
/// are made of. Lower says what it is; Emit lays it out the way rustfmt
/// does. One operand is Inner, more are Args.
struct Expr {
  enum class Kind {
    Atom,      ///< Text never broken: a path, a literal, `self`.
    Call,      ///< `Text::<Generics>(Args)`; `(Inner)(Args)` with Inner.
    Macro,     ///< `Text!(Args)`.
    Method,    ///< `Inner.Text(Args)`.
    Field,     ///< `Inner.Text`.
    Unary,     ///< `Text Inner` with Text `&`, `&mut `, `*`.
    Binary,    ///< `Args[0] Text Args[1]`: `-`, `|`, `<<`, `|=`, ...
    Cast,      ///< `Inner as Ty`.
    Paren,     ///< `(Inner)`.
    Index,     ///< `Inner[Args[0]]`.
    Array,     ///< `[Args]`.
    Chain,     ///< Inner then `.Seg` for each of Segs, then `?` when Try.
    StructLit, ///< `Text { Args }` with shorthand fields (Atoms).
    Unsafe,    ///< `unsafe { Inner }`.
    Block,     ///< `{ Stmts }`, or `unsafe { Stmts }` when Unsafe.
  };
  Kind K = Kind::Atom;
  std::string Text;
  ExprRef Inner;
  std::vector<ExprRef> Args;
  std::vector<TypeRef> Generics; ///< Call
  TypeRef Ty;                    ///< Cast
  std::vector<std::string> Segs; ///< Chain
  /// Chain: the turbofish type of each segment that has one (`get::<T>(..)`
  /// holds T's text too), else null; may be shorter than Segs.
  std::vector<TypeRef> SegTypes;
  bool Try = false;        ///< Chain
  std::vector<Stmt> Stmts; ///< Block
  bool Unsafe = false;     ///< Block
};

/// Expression and statement builders.
ExprRef atom(std::string Text);
ExprRef call(std::string Callee, std::vector<ExprRef> Args,
             std::vector<TypeRef> Generics = {});
/// `(Callee)(Args)`: a call through a field or other expression.
ExprRef callThrough(ExprRef Callee, std::vector<ExprRef> Args);
ExprRef macroCall(std::string Name, std::vector<ExprRef> Args);
ExprRef method(ExprRef Receiver, std::string Name, std::vector<ExprRef> Args);
ExprRef field(ExprRef Receiver, std::string Name);
ExprRef unary(std::string Op, ExprRef Operand);
ExprRef deref(ExprRef E);
ExprRef binary(ExprRef Lhs, std::string Op, ExprRef Rhs);
ExprRef cast(ExprRef E, TypeRef To);
ExprRef paren(ExprRef E);
ExprRef subscript(ExprRef Base, ExprRef Index);
ExprRef array(std::vector<ExprRef> Elems);
ExprRef chain(ExprRef Root, std::vector<std::string> Segs, bool Try = false,
              std::vector<TypeRef> SegTypes = {});
ExprRef structLit(std::string Path, std::vector<ExprRef> Fields);
/// `unsafe { E }`.
ExprRef unsafeBlock(ExprRef E);
ExprRef block(std::vector<Stmt> Stmts, bool Unsafe = false);
Stmt let(std::string Pattern, ExprRef E, TypeRef Ty = nullptr);
Stmt semi(ExprRef E);
Stmt tail(ExprRef E);

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
    Impl,        ///< `Header { Children }`.
    Module,      ///< `pub mod X { Children }`.
    Use,         ///< `use Name;`
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
  /// Raw: verbatim lines (the helper types of the prelude).
  std::vector<std::string> Body;
  /// Function: the body (none: a declaration).
  std::vector<Stmt> Stmts;
  /// Const: the value as an expression, used instead of Value when set
  /// (`const _: () = { ... };`).
  ExprRef Init;
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

#endif // KBINDGEN_RUST_RUSTMODEL_H
