//===- MacroEvaluator.h - Object-like macros through Clang's Sema -*- C++ -*-=//
//
// Evaluates a macro's expansion as a C expression in the translation unit it
// was defined in: Clang's parser builds the expression, Clang's constant
// evaluator computes it. Casts, sizeof, enumerators, nested and function-like
// macros all work because nothing here re-implements C.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROEVALUATOR_H
#define KBINDGEN_LIB_FRONTEND_MACROEVALUATOR_H

#include "Importer.h"
#include "kbindgen/IR/IR.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Parse/Parser.h"
#include "llvm/ADT/StringSet.h"
#include <string>

namespace kbindgen {

/// A Parser that can resynchronise after a failed expression.
class MacroParser : public clang::Parser {
public:
  using clang::Parser::Parser;
  /// Consumes tokens up to and including the next end-of-stream marker.
  void skipToEof();
};

struct MacroResult {
  std::optional<ir::ConstValue> Value;
  std::string Reason; ///< Why there is no value.
  /// True when the expression is literal arithmetic only (no casts, sizeof,
  /// identifiers other than macros): bindgen types those by value.
  bool IsPlainLiteral = false;
};

/// Whether rust-bindgen's own macro evaluator (cexpr) accepts the macro:
/// literals, parentheses, unary + - ~, binary * / % + - << >> & ^ | and names
/// of macros it accepted before. Casts, sizeof, calls of function-like
/// macros and any other identifier need Clang (bindgen's
/// --clang-macro-fallback). Kbuild depends on this set: a macro that bindgen
/// cannot evaluate is shadowed by a `RUST_CONST_HELPER_` constant of the
/// same name after its sed pass.
bool isCexprExpression(const clang::MacroInfo &MI,
                       const llvm::StringSet<> &Accepted);

/// Sema set up for parsing text after the end of the translation unit
/// (macro expressions, wrappers), for as long as it lives: no typo
/// correction (slow, and it turns wrong identifiers into "valid" ones) and a
/// TU scope for builtin lookups.
class PostTUSema {
public:
  PostTUSema(MacroParser &P, clang::Sema &S);
  ~PostTUSema();
  PostTUSema(const PostTUSema &) = delete;
  PostTUSema &operator=(const PostTUSema &) = delete;

private:
  clang::Sema &S;
  bool SavedSpellChecking;
};

class MacroEvaluator {
public:
  MacroEvaluator(MacroParser &P, clang::Sema &S, Importer &Imp);

  MacroResult evaluate(const clang::MacroInfo &MI);

private:
  MacroResult evaluateExpr(const clang::Expr &E);

  MacroParser &P;
  clang::Sema &S;
  Importer &Imp;
  PostTUSema Setup;
};

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_MACROEVALUATOR_H
