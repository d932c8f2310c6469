//===- ClangCompat.h - The Clang API differences kbindgen meets -*- C++ -*-===//
//
// kbindgen builds against LLVM/Clang 16, 19 and 22 (docs/compatibility.md).
// Every place where their C++ APIs differ is wrapped here, and only here:
// the rest of lib/Frontend calls these helpers and has no version #if.
//
// Versions in between (17, 18, 20, 21) take the branch of the release that
// introduced each change; only 16, 19 and 22 are built and tested.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_CLANGCOMPAT_H
#define KBINDGEN_LIB_FRONTEND_CLANGCOMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticAST.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Sema/Sema.h"
// EnterExpressionEvaluationContext has its own header since Clang 18 (in
// Sema.h before).
#if __has_include("clang/Sema/EnterExpressionEvaluationContext.h")
#include "clang/Sema/EnterExpressionEvaluationContext.h"
#endif
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

// Clang 22 moved the driver's option table to its own library, and
// createInvocation (from clang/Frontend/Utils.h) to the driver.
#if CLANG_VERSION_MAJOR >= 22
#include "clang/Driver/CreateInvocationFromArgs.h"
#include "clang/Options/Options.h"
#else
#include "clang/Driver/Options.h"
#include "clang/Frontend/Utils.h"
#endif

namespace kbindgen {
namespace compat {

#if CLANG_VERSION_MAJOR >= 22
namespace driveropts = clang::options;
#else
namespace driveropts = clang::driver::options;
#endif

/// Parses a command line with the clang driver's option table, as the
/// `clang` driver (not cc1) would see it.
inline llvm::opt::InputArgList
parseDriverArgs(llvm::ArrayRef<const char *> Args, unsigned &MissingIndex,
                unsigned &MissingCount) {
#if CLANG_VERSION_MAJOR >= 22
  const llvm::opt::OptTable &Table = clang::getDriverOptTable();
#else
  const llvm::opt::OptTable &Table = clang::driver::getDriverOptTable();
#endif
#if CLANG_VERSION_MAJOR >= 17
  return Table.ParseArgs(Args, MissingIndex, MissingCount,
                         llvm::opt::Visibility(driveropts::ClangOption));
#else
  // Before option visibilities, the driver excluded cc1-only and clang-cl
  // options by flag.
  return Table.ParseArgs(Args, MissingIndex, MissingCount,
                         /*FlagsToInclude=*/0,
                         driveropts::NoDriverOption | driveropts::CLOption);
#endif
}

/// The option id of an argument the driver does not know.
constexpr unsigned UnknownOptionId = driveropts::OPT_UNKNOWN;

/// A text printer on \p OS; \p Opts must outlive it.
inline std::unique_ptr<clang::TextDiagnosticPrinter>
makeTextPrinter(llvm::raw_ostream &OS, clang::DiagnosticOptions &Opts) {
#if CLANG_VERSION_MAJOR >= 21
  return std::make_unique<clang::TextDiagnosticPrinter>(OS, Opts);
#else
  return std::make_unique<clang::TextDiagnosticPrinter>(OS, &Opts);
#endif
}

/// A diagnostics engine for the driver (argument parsing) that prints as
/// text, with the options and printer it needs kept alive as long as it.
/// Before Clang 21 the engine shares ownership of its options.
class DriverDiagnostics {
public:
  explicit DriverDiagnostics(llvm::raw_ostream &OS)
#if CLANG_VERSION_MAJOR >= 21
      : Opts(std::make_unique<clang::DiagnosticOptions>()),
#else
      : Opts(new clang::DiagnosticOptions()),
#endif
        Printer(makeTextPrinter(OS, *Opts)) {
#if CLANG_VERSION_MAJOR >= 21
    Engine = clang::CompilerInstance::createDiagnostics(
        *llvm::vfs::getRealFileSystem(), *Opts, Printer.get(),
        /*ShouldOwnClient=*/false);
#elif CLANG_VERSION_MAJOR >= 20
    Engine = clang::CompilerInstance::createDiagnostics(
        *llvm::vfs::getRealFileSystem(), Opts.get(), Printer.get(),
        /*ShouldOwnClient=*/false);
#else
    Engine = clang::CompilerInstance::createDiagnostics(
        Opts.get(), Printer.get(), /*ShouldOwnClient=*/false);
#endif
  }

  llvm::IntrusiveRefCntPtr<clang::DiagnosticsEngine> engine() const {
    return Engine;
  }

private:
  // Destroyed in reverse order: the engine before what it refers to.
#if CLANG_VERSION_MAJOR >= 21
  std::unique_ptr<clang::DiagnosticOptions> Opts;
#else
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> Opts;
#endif
  std::unique_ptr<clang::TextDiagnosticPrinter> Printer;
  llvm::IntrusiveRefCntPtr<clang::DiagnosticsEngine> Engine;
};

/// A compiler instance for \p Invocation.
inline std::unique_ptr<clang::CompilerInstance>
makeCompilerInstance(std::shared_ptr<clang::CompilerInvocation> Invocation) {
#if CLANG_VERSION_MAJOR >= 21
  return std::make_unique<clang::CompilerInstance>(std::move(Invocation));
#else
  auto CI = std::make_unique<clang::CompilerInstance>(
      std::make_shared<clang::PCHContainerOperations>());
  CI->setInvocation(std::move(Invocation));
  return CI;
#endif
}

/// Gives \p CI its diagnostics engine, reporting to \p Client.
inline void createDiagnostics(clang::CompilerInstance &CI,
                              clang::DiagnosticConsumer *Client,
                              bool ShouldOwnClient) {
#if CLANG_VERSION_MAJOR >= 22
  // The engine is built on the instance's file system, made first.
  if (!CI.hasVirtualFileSystem())
    CI.createVirtualFileSystem();
#endif
  CI.createDiagnostics(Client, ShouldOwnClient);
}

/// Gives \p CI its diagnostics engine, printing as text to \p OS.
inline void createTextDiagnostics(clang::CompilerInstance &CI,
                                  llvm::raw_ostream &OS) {
  createDiagnostics(CI, makeTextPrinter(OS, CI.getDiagnosticOpts()).release(),
                    /*ShouldOwnClient=*/true);
}

/// C23 (`-std=c23`/`c2x`), which Clang 16 and 17 call C2x.
inline bool isC23(const clang::LangOptions &LO) {
#if CLANG_VERSION_MAJOR >= 18
  return LO.C23;
#else
  return LO.C2x;
#endif
}

/// True for a warning or extension (possibly upgraded to an error by
/// -Werror), false for a diagnostic that is an error by nature.
inline bool isWarningOrExtension(const clang::Diagnostic &D) {
#if CLANG_VERSION_MAJOR >= 22
  const clang::DiagnosticIDs &IDs = *D.getDiags()->getDiagnosticIDs();
  return IDs.isWarningOrExtension(D.getID()) &&
         !IDs.isDefaultMappingAsError(D.getID());
#else
  return clang::DiagnosticIDs::isBuiltinWarningOrExtension(D.getID()) &&
         !clang::DiagnosticIDs::isDefaultMappingAsError(D.getID());
#endif
}

/// The type a tag declaration declares. Clang 22 no longer has one unique
/// TagType per declaration (sugar keeps the keyword and the declaration
/// written); the canonical one stands for them all.
inline clang::QualType tagDeclType(const clang::ASTContext &Ctx,
                                   const clang::TagDecl *TD) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(TD);
#else
  return Ctx.getTagDeclType(TD);
#endif
}

/// The type a typedef declares.
inline clang::QualType typedefDeclType(const clang::ASTContext &Ctx,
                                       const clang::TypedefNameDecl *TD) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getTypedefType(clang::ElaboratedTypeKeyword::None,
                            /*Qualifier=*/std::nullopt, TD);
#else
  return Ctx.getTypedefType(TD);
#endif
}

/// Whether a character literal is an ordinary or a u8 one (not L, u or U).
/// Clang 18 moved CharacterLiteral::CharacterKind to the scoped
/// CharacterLiteralKind.
inline bool isNarrowCharacterLiteral(const clang::CharacterLiteral &CL) {
#if CLANG_VERSION_MAJOR >= 18
  using Kind = clang::CharacterLiteralKind;
#else
  using Kind = clang::CharacterLiteral;
#endif
  return CL.getKind() == Kind::Ascii || CL.getKind() == Kind::UTF8;
}

/// Whether evaluating an expression met undefined behaviour. Clang 16 only
/// notes a shift count out of range (`1 << 63` on an int, `1 << -1`) and
/// does not flag it in the result, as 19 and 22 do; 17 and 18 are not
/// measured, so the note counts on every version (where it agrees). Only the
/// first note is kept, so a shift after another note goes unseen on 16.
inline bool
hasUndefinedBehavior(const clang::Expr::EvalResult &ER,
                     llvm::ArrayRef<clang::PartialDiagnosticAt> Notes) {
  if (ER.HasUndefinedBehavior)
    return true;
  if (Notes.empty())
    return false;
  unsigned Id = Notes.front().second.getDiagID();
  return Id == clang::diag::note_constexpr_large_shift ||
         Id == clang::diag::note_constexpr_negative_shift;
}

/// The width of a bit-field.
inline unsigned bitWidthValue(const clang::FieldDecl &FD,
                              const clang::ASTContext &Ctx) {
#if CLANG_VERSION_MAJOR >= 20
  return FD.getBitWidthValue();
#else
  return FD.getBitWidthValue(Ctx);
#endif
}

} // namespace compat
} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_CLANGCOMPAT_H
