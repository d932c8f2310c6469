//===- BodySkipperOracle.cpp - Clang's own skip as the reference ----------===//

#include "BodySkipperOracle.h"
#include "BodySkipper.h"
#include "ClangCompat.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

using namespace clang;

namespace kbindgen {

namespace {

const char *const MainFile = "/kbindgen-body-skip/body-skip.c";

/// Records each error with its offset in the main file.
class ErrorRecorder : public DiagnosticConsumer {
public:
  explicit ErrorRecorder(std::string &Out) : Out(Out) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    llvm::SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    llvm::raw_string_ostream OS(Out);
    OS << "error";
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      OS << " @" << SM.getFileOffset(SM.getExpansionLoc(Info.getLocation()));
    }
    OS << ": " << Message << '\n';
  }

private:
  std::string &Out;
};

class TraceConsumer : public ASTConsumer {
public:
  TraceConsumer(Preprocessor &PP, bool UseText, BodySkipTrace &Trace)
      : PP(PP), UseText(UseText), Trace(Trace) {}

  void Initialize(ASTContext &C) override { Ctx = &C; }

  bool shouldSkipFunctionBody(Decl *) override {
    if (UseText && skipBodyText(PP))
      ++Trace.SkippedAsText;
    else
      ++Trace.SkippedAsTokens;
    return true;
  }

  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    for (Decl *D : Group)
      record(*D);
    return true;
  }

  void HandleTranslationUnit(ASTContext &) override {
    llvm::raw_string_ostream(Trace.Text)
        << "counter " << PP.getCounterValue() << '\n';
  }

private:
  void record(const Decl &D) {
    const SourceManager &SM = Ctx->getSourceManager();
    llvm::raw_string_ostream OS(Trace.Text);
    OS << D.getDeclKindName() << " @"
       << SM.getFileOffset(SM.getExpansionLoc(D.getBeginLoc()));
    if (const auto *ND = dyn_cast<NamedDecl>(&D))
      OS << ' ' << ND->getNameAsString();
    if (const auto *VD = dyn_cast<VarDecl>(&D))
      if (const Expr *Init = VD->getInit()) {
        Expr::EvalResult R;
        if (!Init->isValueDependent() && Init->EvaluateAsInt(R, *Ctx))
          OS << " = " << R.Val.getInt();
      }
    OS << '\n';
  }

  Preprocessor &PP;
  bool UseText;
  BodySkipTrace &Trace;
  ASTContext *Ctx = nullptr;
};

class TraceAction : public ASTFrontendAction {
public:
  TraceAction(bool UseText, BodySkipTrace &Trace)
      : UseText(UseText), Trace(Trace) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<TraceConsumer>(CI.getPreprocessor(), UseText,
                                           Trace);
  }

private:
  bool UseText;
  BodySkipTrace &Trace;
};

} // namespace

BodySkipTrace traceBodySkips(llvm::StringRef Source, bool UseText,
                             llvm::ArrayRef<std::string> Cc1Args) {
  BodySkipTrace Trace;
  std::vector<const char *> Args = {"-triple", "x86_64-unknown-linux-gnu",
                                    "-fsyntax-only", "-ferror-limit", "0"};
  for (const std::string &A : Cc1Args)
    Args.push_back(A.c_str());
  Args.push_back("-x");
  Args.push_back("c");
  Args.push_back(MainFile);

  auto Invocation = std::make_shared<CompilerInvocation>();
  {
    compat::DriverDiagnostics Diags(llvm::nulls());
    if (!CompilerInvocation::CreateFromArgs(*Invocation, Args,
                                            *Diags.engine())) {
      Trace.Text += "bad arguments\n";
      return Trace;
    }
  }
  Invocation->getPreprocessorOpts().addRemappedFile(
      MainFile,
      llvm::MemoryBuffer::getMemBufferCopy(Source, MainFile).release());
  Invocation->getFrontendOpts().SkipFunctionBodies = true;
  Invocation->getFrontendOpts().DisableFree = false;
  Invocation->getDiagnosticOpts().ShowCarets = false; // No "N errors".

  std::unique_ptr<CompilerInstance> CI =
      compat::makeCompilerInstance(std::move(Invocation));
  ErrorRecorder Errors(Trace.Text);
  compat::createDiagnostics(*CI, &Errors, /*ShouldOwnClient=*/false);
  TraceAction Action(UseText, Trace);
  CI->ExecuteAction(Action);
  return Trace;
}

} // namespace kbindgen
