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

class MacroEvaluator {
public:
  MacroEvaluator(MacroParser &P, clang::Sema &S, Importer &Imp);
  ~MacroEvaluator();

  MacroResult evaluate(const clang::MacroInfo &MI);

private:
  MacroResult evaluateExpr(const clang::Expr &E);

  MacroParser &P;
  clang::Sema &S;
  Importer &Imp;
  bool SavedSpellChecking;
};

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_MACROEVALUATOR_H
