//===- Frontend.cpp - One CompilerInstance per run ------------------------===//

#include "kbindgen/Frontend/Frontend.h"
#include "BodySkipper.h"
#include "ClangCompat.h"
#include "Importer.h"
#include "MacroEvaluator.h"
#include "MacroRecorder.h"
#include "WrapperChecker.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Frontend/Utils.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include <chrono>

#ifndef KBINDGEN_CLANG_EXECUTABLE
#error "KBINDGEN_CLANG_EXECUTABLE must name the installed clang driver"
#endif

using namespace clang;

namespace kbindgen {

std::string clangVersion() { return CLANG_VERSION_STRING; }
std::string clangExecutable() { return KBINDGEN_CLANG_EXECUTABLE; }

static double secondsSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

namespace {

/// With FrontendOptions::SkipFunctionBodies, skips the bodies of functions
/// defined in headers (bindings need only declarations) but not those of the
/// main file: Clang warns about unused static functions and variables only
/// in the main file, and a use inside a skipped body would go unseen there
/// (-Wunused-variable under the kernel's -Werror for rust/helpers/*.c).
/// A skipped body is passed over as text where that is exact (BodySkipper).
class BodySkippingConsumer : public ASTConsumer {
public:
  BodySkippingConsumer(const SourceManager &SM, Preprocessor &PP,
                       FrontendTimes &Times)
      : SM(SM), PP(PP), Times(Times) {}

  bool shouldSkipFunctionBody(Decl *D) override {
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      return false;
    if (skipBodyText(PP))
      ++Times.BodiesSkippedAsText;
    else
      ++Times.BodiesSkippedAsTokens;
    return true;
  }

private:
  const SourceManager &SM;
  Preprocessor &PP;
  FrontendTimes &Times;
};

/// A depfile whose dependencies after the main file are sorted by name, so
/// that it does not change with the order of #include lines. Clang's
/// generator lists them in the order met; this one records them and hands
/// them on sorted when the main file ends, before the file is written.
class SortedDependencyFile : public DependencyFileGenerator {
public:
  using DependencyFileGenerator::DependencyFileGenerator;

  void maybeAddDependency(StringRef Filename, bool FromModule, bool IsSystem,
                          bool IsModuleFile, bool IsMissing) override {
    Deps.push_back(
        {Filename.str(), FromModule, IsSystem, IsModuleFile, IsMissing});
  }

  void finishedMainFile(DiagnosticsEngine &Diags) override {
    if (!Deps.empty())
      std::stable_sort(
          Deps.begin() + 1, Deps.end(),
          [](const Dep &A, const Dep &B) { return A.Name < B.Name; });
    for (const Dep &D : Deps)
      DependencyCollector::maybeAddDependency(D.Name, D.FromModule, D.IsSystem,
                                              D.IsModuleFile, D.IsMissing);
    Deps.clear();
    DependencyFileGenerator::finishedMainFile(Diags);
  }

private:
  struct Dep {
    std::string Name;
    bool FromModule, IsSystem, IsModuleFile, IsMissing;
  };
  std::vector<Dep> Deps;
};

/// Parses the translation unit with a Parser it keeps alive, imports the AST
/// and then evaluates the recorded macros in the same Sema.
class KbindgenAction : public ASTFrontendAction {
public:
  KbindgenAction(const Options &Opts, FrontendResult &Result)
      : Opts(Opts), Result(Result) {}

  bool ParseFailed = false;

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<BodySkippingConsumer>(
        CI.getSourceManager(), CI.getPreprocessor(), Result.Times);
  }

  void ExecuteAction() override;

private:
  void evaluateMacros(MacroParser &P, Importer &Imp,
                      const MacroRecorder &Recorder);

  const Options &Opts;
  FrontendResult &Result;
};

} // namespace

void KbindgenAction::ExecuteAction() {
  CompilerInstance &CI = getCompilerInstance();
  Preprocessor &PP = CI.getPreprocessor();
  auto RecorderOwner = std::make_unique<MacroRecorder>(CI.getSourceManager());
  MacroRecorder &Recorder = *RecorderOwner;
  PP.addPPCallbacks(std::move(RecorderOwner));
  if (!CI.hasSema())
    CI.createSema(getTranslationUnitKind(), /*CompletionConsumer=*/nullptr);
  Sema &S = CI.getSema();

  auto Start = std::chrono::steady_clock::now();
  MacroParser P(PP, S, CI.getFrontendOpts().SkipFunctionBodies);
  PP.EnterMainSourceFile();
  P.Initialize();
  {
    Parser::DeclGroupPtrTy Group;
    Sema::ModuleImportState ImportState;
    EnterExpressionEvaluationContext Evaluated(
        S, Sema::ExpressionEvaluationContext::PotentiallyEvaluated);
    for (bool AtEOF = P.ParseFirstTopLevelDecl(Group, ImportState); !AtEOF;
         AtEOF = P.ParseTopLevelDecl(Group, ImportState)) {
    }
  }
  Result.Times.ParseSeconds = secondsSince(Start);
  if (CI.getDiagnostics().hasErrorOccurred()) {
    ParseFailed = true;
    return;
  }

  Start = std::chrono::steady_clock::now();
  ASTContext &Ctx = CI.getASTContext();
  ir::Module &M = Result.Module;
  const TargetInfo &TI = Ctx.getTargetInfo();
  M.PointerWidth = TI.getPointerWidth(LangAS::Default);
  M.IsBigEndian = TI.isBigEndian();
  M.CharIsSigned = Ctx.CharTy->isSignedIntegerType();
  M.Int64Align = Ctx.getTypeAlign(Ctx.LongLongTy) / 8;
  if (TI.hasInt128Type())
    M.Int128Align = Ctx.getTypeAlign(Ctx.Int128Ty) / 8;
  M.TargetTriple = TI.getTriple().str();
  // Every top-level declaration and recorded macro becomes at most about one
  // item; nested records add a few.
  const TranslationUnitDecl &TU = *Ctx.getTranslationUnitDecl();
  size_t NumDecls = std::distance(TU.decls_begin(), TU.decls_end());
  M.reserveItems(NumDecls + Recorder.numDefinitions() + NumDecls / 8);
  Importer Imp(Ctx, M);
  Imp.StableOrder = Opts.StableAnonNames;
  Imp.GenerateInlineFunctions = Opts.GenerateInlineFunctions;
  std::vector<Importer::WrapCandidate> WrapCandidates;
  if (Opts.WrapStaticFns)
    Imp.WrapCandidates = &WrapCandidates;
  Imp.importTranslationUnit(TU);
  // --stable-anon-names: the declarations by position, not in the order the
  // includes brought them. Macros follow (by position too, see
  // evaluateMacros), after every declaration as by default: where a macro
  // and a declaration claim one name, the declaration keeps it.
  if (Opts.StableAnonNames) {
    ir::orderByPosition(M, 0, M.order().size());
    llvm::stable_sort(WrapCandidates, [&](const Importer::WrapCandidate &A,
                                          const Importer::WrapCandidate &B) {
      return M.item(A.Id).Pos < M.item(B.Id).Pos;
    });
  }
  Result.Times.ImportSeconds = secondsSince(Start);

  Start = std::chrono::steady_clock::now();
  evaluateMacros(P, Imp, Recorder);
  Result.Times.MacroSeconds = secondsSince(Start);

  if (!Opts.WrapStaticFns)
    return;
  Start = std::chrono::steady_clock::now();
  WrapperStyle Style;
  Style.Prefix = Opts.WrapStaticFnsPrefix;
  Style.Suffix = Opts.WrapStaticFnsSuffix;
  if (!Opts.WrapStaticFnsAnnotation.empty())
    if (const IdentifierInfo *II =
            PP.getIdentifierInfo(Opts.WrapStaticFnsAnnotation);
        II && II->hasMacroDefinition())
      Style.Annotation = Opts.WrapStaticFnsAnnotation;
  // --wrap-function names the only functions to wrap.
  if (!Opts.WrapFunctions.empty())
    llvm::erase_if(WrapCandidates, [&](const Importer::WrapCandidate &C) {
      return !Opts.WrapFunctions.matches(C.Decl->getName());
    });
  WrapperChecker Checker(P, S, Imp, M, std::move(Style));
  Checker.run(WrapCandidates);
  Checker.runMacros(Opts.WrapMacros);
  Result.Times.WrapperSeconds = secondsSince(Start);
}

/// Which object-like macros bindgen's own evaluator (cexpr) accepts: literal
/// arithmetic on macros it accepted (isCexprExpression). bindgen reads them
/// in definition order, so a macro naming one defined after it is refused;
/// with \p Fixpoint (--stable-anon-names) an accepted macro counts wherever
/// it is defined (the least fixed point), so the set does not depend on the
/// order of the includes.
static std::vector<bool> cexprAccepted(const std::vector<RecordedMacro> &Defs,
                                       const std::vector<MacroResult> &Results,
                                       bool Fixpoint) {
  llvm::StringSet<> Accepted;
  std::vector<bool> Out(Defs.size(), false);
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (size_t J = 0; J < Defs.size(); ++J) {
      if (Out[J] || Defs[J].IsFunctionLike ||
          !isCexprExpression(*Defs[J].Info, Accepted))
        continue;
      Out[J] = true;
      if (Results[J].Value) {
        Accepted.insert(Defs[J].Name->getName());
        Changed = Fixpoint;
      }
    }
  }
  return Out;
}

/// A header may repeat another's macro definition (C allows an identical
/// redefinition); which of the copies was met last depends on the include
/// order. With --stable-anon-names, the copy first by position stands for
/// the definition in force (same tokens: same value), so that its location
/// does not move.
static void useFirstIdenticalDefinitions(std::vector<RecordedMacro> &Last,
                                         const std::vector<RecordedMacro> &All,
                                         Preprocessor &PP,
                                         const Importer &Imp) {
  llvm::DenseMap<const IdentifierInfo *, size_t> Slot;
  for (size_t J = 0; J < Last.size(); ++J)
    Slot[Last[J].Name] = J;
  for (const RecordedMacro &D : All) {
    RecordedMacro &L = Last[Slot.lookup(D.Name)];
    if (D.Info == L.Info || !D.Info->isIdenticalTo(*L.Info, PP, true))
      continue;
    if (Imp.position(D.Info->getDefinitionLoc()) <
        Imp.position(L.Info->getDefinitionLoc()))
      L.Info = D.Info;
  }
}

void KbindgenAction::evaluateMacros(MacroParser &P, Importer &Imp,
                                    const MacroRecorder &Recorder) {
  CompilerInstance &CI = getCompilerInstance();
  const SourceManager &SM = CI.getSourceManager();
  MacroEvaluator Eval(P, CI.getSema(), Imp);
  // Macros bindgen's own evaluator would accept, in definition order.
  std::vector<RecordedMacro> Defs = Recorder.lastDefinitions();
  // --stable-anon-names: by position, not in the order defined.
  if (Opts.StableAnonNames) {
    useFirstIdenticalDefinitions(Defs, Recorder.definitions(),
                                 CI.getPreprocessor(), Imp);
    llvm::stable_sort(Defs,
                      [&](const RecordedMacro &A, const RecordedMacro &B) {
                        return Imp.position(A.Info->getDefinitionLoc()) <
                               Imp.position(B.Info->getDefinitionLoc());
                      });
  }
  std::vector<MacroResult> Results(Defs.size());
  for (size_t J = 0; J < Defs.size(); ++J)
    if (!Defs[J].IsFunctionLike)
      Results[J] = Eval.evaluate(*Defs[J].Info);
  std::vector<bool> CexprOk =
      cexprAccepted(Defs, Results, /*Fixpoint=*/Opts.StableAnonNames);
  for (size_t J = 0; J < Defs.size(); ++J) {
    const RecordedMacro &RM = Defs[J];
    ir::Item I;
    I.Kind = ir::ItemKind::Macro;
    I.Name = RM.Name->getName().str();
    I.Loc = Imp.location(RM.Info->getDefinitionLoc());
    I.Pos = Imp.position(RM.Info->getDefinitionLoc());
    SourceLocation Loc = RM.Info->getDefinitionLoc();
    I.IsFromMainFile = SM.isInMainFile(Loc);
    I.IsFromSystemHeader = SM.isInSystemHeader(Loc);
    if (RM.IsFunctionLike) {
      // Kept as a visible skip, so --explain can say what happened to it.
      I.Skipped = ir::Skip{"function-like macro: not a constant itself (the "
                           "object-like macros that use it are evaluated)"};
      Result.Module.addItem(std::move(I));
      continue;
    }
    I.mac().NamesItself = llvm::any_of(RM.Info->tokens(), [&](const Token &T) {
      return T.getIdentifierInfo() == RM.Name;
    });
    bool Cexpr = CexprOk[J];
    MacroResult &R = Results[J];
    if (R.Value && !Cexpr && !Opts.ClangMacroFallback) {
      I.Skipped = ir::Skip{"bindgen evaluates only literal arithmetic on "
                           "other such macros (no casts, sizeof, "
                           "function-like macros or other names), and "
                           "--no-clang-macro-fallback asks for bindgen's set"};
    } else if (R.Value) {
      // The value is C's; Lower chooses the Rust type from the C type and
      // from how bindgen would have typed it (ir::Macro::Typing).
      I.mac().Value = std::move(*R.Value);
      I.mac().IntTyping = Cexpr ? ir::Macro::Typing::Bindgen
                          : R.IsPlainLiteral
                              ? ir::Macro::Typing::BindgenIfSameWidth
                              : ir::Macro::Typing::CType;
    } else {
      I.Skipped = ir::Skip{R.Reason};
    }
    Result.Module.addItem(std::move(I));
  }
}

/// Drops the arguments that this Clang's driver does not know (flags of a
/// kernel configured for another clang version), with one warning each.
static std::vector<std::string>
dropUnknownArguments(const std::vector<std::string> &Args, unsigned &Warnings) {
  std::vector<const char *> Raw;
  for (const std::string &A : Args)
    Raw.push_back(A.c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed =
      compat::parseDriverArgs(Raw, MissingIndex, MissingCount);
  std::vector<bool> Drop(Args.size(), false);
  for (const llvm::opt::Arg *A : Parsed.filtered(compat::UnknownOptionId)) {
    unsigned Index = A->getIndex();
    if (Index >= Args.size())
      continue;
    Drop[Index] = true;
    llvm::errs() << "kbindgen: warning: unknown clang argument '" << Args[Index]
                 << "' ignored\n";
    ++Warnings;
  }
  std::vector<std::string> Kept;
  for (size_t I = 0; I < Args.size(); ++I)
    if (!Drop[I])
      Kept.push_back(Args[I]);
  return Kept;
}

/// Kbuild's GCC builds pass `--target=$(BINDGEN_TARGET)`, which is empty where
/// rust/Makefile defines no BINDGEN_TARGET for the architecture (UML). Clang
/// would take the empty string as a triple of unknown architecture and reject
/// the architecture's flags (`-mcmodel=large`); kbindgen drops the argument,
/// so the default target applies, as with no --target at all. Both spellings
/// are handled: `--target=` and `-target ''`.
static std::vector<std::string>
dropEmptyTargets(const std::vector<std::string> &Args, bool Verbose) {
  std::vector<std::string> Kept;
  for (size_t I = 0; I < Args.size(); ++I) {
    bool Joined = Args[I] == "--target=";
    bool Separate =
        Args[I] == "-target" && I + 1 < Args.size() && Args[I + 1].empty();
    if (!Joined && !Separate) {
      Kept.push_back(Args[I]);
      continue;
    }
    if (Separate)
      ++I;
    if (Verbose)
      llvm::errs() << "kbindgen: note: empty '--target=' ignored: using the "
                      "default target '"
                   << llvm::sys::getDefaultTargetTriple() << "'\n";
  }
  return Kept;
}

llvm::Expected<FrontendResult> parseHeader(const Options &Opts) {
  FrontendResult Result;
  if (!llvm::sys::fs::exists(Opts.Header))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'%s' file not found", Opts.Header.c_str());
  if (llvm::sys::fs::is_directory(Opts.Header))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'%s' is a directory", Opts.Header.c_str());

  std::vector<std::string> Args = dropUnknownArguments(
      dropEmptyTargets(Opts.ClangArgs, Opts.Verbose), Result.Warnings);
  std::vector<const char *> Argv;
  std::string Exe = clangExecutable();
  Argv.push_back(Exe.c_str());
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  Argv.push_back("-fsyntax-only");
  // bindgen keeps comments of system headers too.
  Argv.push_back("-fretain-comments-from-system-headers");
  Argv.push_back(Opts.Header.c_str());

  compat::DriverDiagnostics DriverDiagnostics(llvm::errs());
  IntrusiveRefCntPtr<DiagnosticsEngine> DriverDiags =
      DriverDiagnostics.engine();
  CreateInvocationOptions CIOpts;
  CIOpts.Diags = DriverDiags;
  CIOpts.ProbePrecompiled = false;
  std::shared_ptr<CompilerInvocation> Invocation =
      createInvocation(Argv, CIOpts);
  if (!Invocation || DriverDiags->hasErrorOccurred())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "invalid clang arguments");

  FrontendOptions &FO = Invocation->getFrontendOpts();
  // Wrappers are checked against the bodies of the functions they call.
  FO.SkipFunctionBodies = Opts.SkipFunctionBodies && !Opts.WrapStaticFns;
  // The driver asks cc1 not to free the AST at exit (-disable-free). kbindgen
  // goes on after the frontend: freeing the AST before lowering lowers the
  // peak memory, and a process that parses repeatedly (the fuzzers) must not
  // leak a translation unit per parse.
  FO.DisableFree = false;
  DependencyOutputOptions &DO = Invocation->getDependencyOutputOpts();
  if (!Opts.DepFile.empty()) {
    DO.OutputFile = Opts.DepFile;
    DO.Targets = {Opts.OutputFile.empty() ? std::string("-") : Opts.OutputFile};
  }
  // The depfile (--depfile or Kbuild's -Wp,-MMD) is written after the parse;
  // a path that cannot be written is an error before any work, not a
  // confusing parse failure after it.
  const std::string &DepFile = DO.OutputFile;
  if (!DepFile.empty() && DepFile != "-") {
    llvm::SmallString<256> Dir(DepFile);
    llvm::sys::path::remove_filename(Dir);
    if (Dir.empty())
      Dir = ".";
    if (!llvm::sys::fs::is_directory(Dir) ||
        llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "cannot write the depfile '%s': '%s' is not a writable directory",
          DepFile.c_str(), Dir.c_str());
  }
  // With --stable-anon-names the depfile lists the headers sorted (after
  // the main file), not in the order met.
  std::shared_ptr<SortedDependencyFile> SortedDeps;
  if (Opts.StableAnonNames && !DO.OutputFile.empty()) {
    SortedDeps = std::make_shared<SortedDependencyFile>(DO);
    DO.OutputFile.clear();
  }
  if (FO.SkipFunctionBodies) {
    // With header bodies skipped, a static function of the main file used
    // only by a later header's inline function looks unused; that warning
    // would exist only because of the skipping and must not fail -Werror.
    Invocation->getDiagnosticOpts().Warnings.push_back("no-unused-function");
  }

  std::unique_ptr<CompilerInstance> CI =
      compat::makeCompilerInstance(std::move(Invocation));
  compat::createTextDiagnostics(*CI, llvm::errs());
  CI->getDiagnostics().setErrorLimit(0);

  if (SortedDeps)
    CI->addDependencyCollector(std::move(SortedDeps));

  KbindgenAction Action(Opts, Result);
  bool Ok = CI->ExecuteAction(Action);
  if (!Ok || Action.ParseFailed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "failed to parse '%s'", Opts.Header.c_str());
  return Result;
}

} // namespace kbindgen
