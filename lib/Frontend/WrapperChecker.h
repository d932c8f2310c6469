//===- WrapperChecker.h - Wrappers for static functions, checked -*- C++ -*-=//
//
// A static (or static inline) function has no symbol. Its wrapper is an
// extern C function that calls it: written as C text, then parsed by the
// same Parser and Sema that parsed the translation unit, with the same
// flags, after everything the header declares. A wrapper that Clang
// rejects, or warns about, is dropped with the diagnostic as its reason;
// so are wrappers that would compile but not work: variadic functions,
// va_list parameters, types without a Rust type of the same ABI, and
// functions that only build when inlined with constant arguments.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_WRAPPERCHECKER_H
#define KBINDGEN_LIB_FRONTEND_WRAPPERCHECKER_H

#include "Importer.h"
#include "MacroEvaluator.h"
#include "kbindgen/IR/IR.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>

namespace kbindgen {

/// How wrappers are named and annotated.
struct WrapperStyle {
  std::string Prefix;     ///< Before the function's name (`rust_helper_`).
  std::string Suffix;     ///< After it (`__extern`).
  std::string Annotation; ///< Written before each wrapper (`__rust_helper`).
};

/// Why calling FD from a wrapper (with arguments that are not constants)
/// would not build: a reachable call to a function declared with
/// `__attribute__((error))` or `warning`, an inline asm operand that must be
/// an immediate, or a call with non-constant arguments to a function that
/// has one of those. Empty when there is none. Branches whose condition
/// Clang folds, `__builtin_constant_p` of a non-constant (false in a
/// wrapper) and constant `switch`es are followed as the optimizer does.
class ConstantArgumentFinder {
public:
  explicit ConstantArgumentFinder(clang::ASTContext &Ctx) : Ctx(Ctx) {}
  std::string reasonFor(const clang::FunctionDecl &FD);

private:
  enum class Truth { False, True, Unknown };
  Truth truth(const clang::Expr *E) const;
  /// The integer value of E in a wrapper, where Clang's evaluator does not
  /// know it: locals initialized once and never changed, and
  /// `__builtin_object_size` of an unknown object (-1 or 0, as folded).
  std::optional<llvm::APSInt> value(const clang::Expr *E) const;
  bool isFixed(const clang::Expr *E) const;
  /// Whether S returns on every path that is not folded away.
  bool alwaysReturns(const clang::Stmt *S) const;
  void walk(const clang::Stmt *S, std::string &Why);
  void walkSwitch(const clang::SwitchStmt &SW, std::string &Why);
  void walkCall(const clang::CallExpr &CE, std::string &Why);
  void walkAsm(const clang::GCCAsmStmt &AS, std::string &Why);

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, std::string> Memo;
  /// Of the function being walked: locals never assigned after their
  /// initialization, and the values known for them.
  llvm::DenseSet<const clang::VarDecl *> Modified;
  llvm::DenseMap<const clang::VarDecl *, llvm::APSInt> Known;
};

class WrapperChecker {
public:
  WrapperChecker(MacroParser &P, clang::Sema &S, Importer &Imp, ir::Module &M,
                 WrapperStyle Style);

  /// Gives each candidate a checked wrapper (Function::Wrap) or a skip with
  /// the reason, in the order given.
  void run(llvm::ArrayRef<Importer::WrapCandidate> Candidates);

  /// Adds a function item per `NAME=PROTOTYPE` (--wrap-macro): macro NAME
  /// wrapped as a function of type PROTOTYPE, or a skip with the reason.
  void runMacros(llvm::ArrayRef<std::string> Specs);

private:
  std::optional<ir::Skip> precheck(const clang::FunctionDecl &FD);
  std::optional<ir::Skip> typeProblem(clang::QualType T,
                                      llvm::StringRef What) const;
  std::optional<ir::Skip> signatureProblem(const clang::FunctionProtoType &FT,
                                           llvm::ArrayRef<std::string> Names);
  std::string spell(const clang::FunctionDecl &FD, const std::string &Symbol,
                    std::optional<ir::Skip> &Problem) const;
  /// The wrapper text: prototype and definition of Symbol, of return type
  /// Ret and parameters Types named Names, whose body is Call (an
  /// expression, returned unless Ret is void).
  std::string spellWrapper(const std::string &Symbol, clang::QualType Ret,
                           llvm::ArrayRef<clang::QualType> Types,
                           llvm::ArrayRef<std::string> Names,
                           const std::string &Call, bool NoReturn,
                           std::optional<ir::Skip> &Problem) const;
  /// Parses Text as top-level declarations at the end of the translation
  /// unit; returns the first error or warning Clang reports, if any. The
  /// declarations parsed are added to Decls.
  std::optional<std::string>
  compile(llvm::StringRef Text,
          llvm::SmallVectorImpl<clang::Decl *> *Decls = nullptr);
  ir::Item macroItem(llvm::StringRef Name);
  std::optional<ir::Skip> wrapMacro(ir::Item &I, llvm::StringRef Proto);
  bool isMacro(llvm::StringRef Name) const;

  MacroParser &P;
  clang::Sema &S;
  clang::ASTContext &Ctx;
  Importer &Imp;
  ir::Module &M;
  WrapperStyle Style;
  ConstantArgumentFinder Finder;
  PostTUSema Setup;
};

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_WRAPPERCHECKER_H
