//===- WrapperChecker.cpp - Wrappers for static functions, checked --------===//

#include "WrapperChecker.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace kbindgen {

//===----------------------------------------------------------------------===//
// Functions that build only when inlined with constant arguments
//===----------------------------------------------------------------------===//

ConstantArgumentFinder::Truth
ConstantArgumentFinder::truth(const Expr *E) const {
  if (!E || E->isValueDependent())
    return Truth::Unknown;
  bool Value = false;
  if (E->EvaluateAsBooleanCondition(Value, Ctx))
    return Value ? Truth::True : Truth::False;
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      return Truth::Unknown;
    Truth Inner = truth(UO->getSubExpr());
    if (Inner == Truth::Unknown)
      return Inner;
    return Inner == Truth::True ? Truth::False : Truth::True;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (!BO->isLogicalOp())
      return Truth::Unknown;
    Truth L = truth(BO->getLHS()), R = truth(BO->getRHS());
    Truth Absorbing = BO->getOpcode() == BO_LAnd ? Truth::False : Truth::True;
    if (L == Absorbing || R == Absorbing)
      return Absorbing;
    if (L == Truth::Unknown || R == Truth::Unknown)
      return Truth::Unknown;
    return L;
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    Truth C = truth(CO->getCond());
    if (C == Truth::Unknown)
      return C;
    return truth(C == Truth::True ? CO->getTrueExpr() : CO->getFalseExpr());
  }
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE || CE->getNumArgs() == 0)
    return Truth::Unknown;
  switch (CE->getBuiltinCallee()) {
  case Builtin::BI__builtin_expect:
  case Builtin::BI__builtin_expect_with_probability:
    return truth(CE->getArg(0));
  case Builtin::BI__builtin_constant_p: {
    // In a wrapper the function's arguments are not constants: what Clang
    // cannot fold here, the optimizer cannot either.
    const Expr *Arg = CE->getArg(0);
    return !Arg->isValueDependent() && Arg->isEvaluatable(Ctx) ? Truth::True
                                                               : Truth::False;
  }
  default:
    return Truth::Unknown;
  }
}

static bool caseMatches(const CaseStmt &CS, const llvm::APSInt &V,
                        const ASTContext &Ctx) {
  Expr::EvalResult Lo, Hi;
  if (!CS.getLHS() || !CS.getLHS()->EvaluateAsInt(Lo, Ctx))
    return true; // Cannot tell: assume it may match.
  const llvm::APSInt &L = Lo.Val.getInt();
  if (!CS.getRHS())
    return llvm::APSInt::compareValues(L, V) == 0;
  if (!CS.getRHS()->EvaluateAsInt(Hi, Ctx))
    return true;
  return llvm::APSInt::compareValues(L, V) <= 0 &&
         llvm::APSInt::compareValues(V, Hi.Val.getInt()) <= 0;
}

void ConstantArgumentFinder::walkSwitch(const SwitchStmt &SW,
                                        std::string &Why) {
  walk(SW.getInit(), Why);
  walk(SW.getCond(), Why);
  const auto *Body = dyn_cast_or_null<CompoundStmt>(SW.getBody());
  Expr::EvalResult R;
  const Expr *Cond = SW.getCond();
  if (!Body || !Cond || Cond->isValueDependent() ||
      !Cond->EvaluateAsInt(R, Ctx)) {
    walk(SW.getBody(), Why);
    return;
  }
  // A switch on a constant (`sizeof(*p)` in the kernel's atomics) runs only
  // the statements from the matching label to the next break or return.
  const llvm::APSInt &V = R.Val.getInt();
  unsigned Labels = 0, TopLevel = 0;
  bool AnyMatch = false;
  for (const SwitchCase *SC = SW.getSwitchCaseList(); SC;
       SC = SC->getNextSwitchCase()) {
    ++Labels;
    if (const auto *CS = dyn_cast<CaseStmt>(SC))
      AnyMatch = AnyMatch || caseMatches(*CS, V, Ctx);
  }
  for (const Stmt *Child : Body->body())
    for (const Stmt *Cur = Child; isa<SwitchCase>(Cur);
         Cur = cast<SwitchCase>(Cur)->getSubStmt())
      ++TopLevel;
  if (TopLevel != Labels) { // Labels inside nested statements.
    walk(Body, Why);
    return;
  }
  bool Live = false;
  for (const Stmt *Child : Body->body()) {
    const Stmt *Cur = Child;
    while (const auto *SC = dyn_cast<SwitchCase>(Cur)) {
      if (const auto *CS = dyn_cast<CaseStmt>(SC))
        Live = Live || caseMatches(*CS, V, Ctx);
      else
        Live = Live || !AnyMatch;
      Cur = SC->getSubStmt();
    }
    if (Live)
      walk(Cur, Why);
    if (isa<BreakStmt>(Cur) || isa<ReturnStmt>(Cur))
      Live = false;
  }
}

void ConstantArgumentFinder::walkCall(const CallExpr &CE, std::string &Why) {
  const FunctionDecl *Callee = CE.getDirectCallee();
  if (!Callee)
    return;
  std::string Name = Callee->getNameAsString();
  if (const auto *EA = Callee->getAttr<ErrorAttr>()) {
    Why = "it calls '" + Name + "', declared with __attribute__((" +
          (EA->isError() ? "error" : "warning") +
          ")), on a path that only constant arguments remove";
    return;
  }
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def ||
      (Def->isExternallyVisible() && !Def->isInlined()))
    return;
  if (reasonFor(*Def).empty())
    return;
  for (const Expr *Arg : CE.arguments())
    if (Arg->isValueDependent() || !Arg->isEvaluatable(Ctx)) {
      Why = "it calls '" + Name +
            "' with an argument that is not a constant, and '" + Name +
            "' builds only with constant arguments";
      return;
    }
}

void ConstantArgumentFinder::walkAsm(const GCCAsmStmt &AS, std::string &Why) {
  const TargetInfo &TI = Ctx.getTargetInfo();
  llvm::SmallVector<TargetInfo::ConstraintInfo, 4> Outputs;
  for (unsigned I = 0; I < AS.getNumOutputs(); ++I) {
    TargetInfo::ConstraintInfo Info(AS.getOutputConstraint(I),
                                    AS.getOutputName(I));
    TI.validateOutputConstraint(Info);
    Outputs.push_back(Info);
  }
  for (unsigned I = 0; I < AS.getNumInputs(); ++I) {
    TargetInfo::ConstraintInfo Info(AS.getInputConstraint(I),
                                    AS.getInputName(I));
    if (!TI.validateInputConstraint(Outputs, Info))
      continue;
    if (Info.allowsRegister() || Info.allowsMemory())
      continue;
    const Expr *Op = AS.getInputExpr(I);
    if (Op->isValueDependent() || !Op->isEvaluatable(Ctx)) {
      Why = "an inline asm operand with constraint '" +
            std::string(AS.getInputConstraint(I)) +
            "' must be a constant, and it depends on the arguments";
      return;
    }
  }
}

void ConstantArgumentFinder::walk(const Stmt *St, std::string &Why) {
  if (!St || !Why.empty())
    return;
  if (const auto *If = dyn_cast<IfStmt>(St)) {
    walk(If->getInit(), Why);
    walk(If->getCond(), Why);
    Truth T = truth(If->getCond());
    if (T != Truth::False)
      walk(If->getThen(), Why);
    if (T != Truth::True)
      walk(If->getElse(), Why);
    return;
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(St)) {
    walk(CO->getCond(), Why);
    Truth T = truth(CO->getCond());
    if (T != Truth::False)
      walk(CO->getTrueExpr(), Why);
    if (T != Truth::True)
      walk(CO->getFalseExpr(), Why);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->isLogicalOp()) {
    walk(BO->getLHS(), Why);
    Truth T = truth(BO->getLHS());
    if (T != (BO->getOpcode() == BO_LAnd ? Truth::False : Truth::True))
      walk(BO->getRHS(), Why);
    return;
  }
  if (const auto *CE = dyn_cast<ChooseExpr>(St)) {
    if (!CE->isConditionDependent())
      walk(CE->getChosenSubExpr(), Why);
    return;
  }
  if (const auto *SW = dyn_cast<SwitchStmt>(St)) {
    walkSwitch(*SW, Why);
    return;
  }
  // Operands that are never evaluated.
  if (isa<UnaryExprOrTypeTraitExpr>(St))
    return;
  if (const auto *CE = dyn_cast<CallExpr>(St);
      CE && CE->getBuiltinCallee() == Builtin::BI__builtin_constant_p)
    return;
  if (const auto *AS = dyn_cast<GCCAsmStmt>(St))
    walkAsm(*AS, Why);
  for (const Stmt *Child : St->children())
    walk(Child, Why);
  if (const auto *CE = dyn_cast<CallExpr>(St))
    walkCall(*CE, Why);
}

std::string ConstantArgumentFinder::reasonFor(const FunctionDecl &FD) {
  auto It = Memo.find(&FD);
  if (It != Memo.end())
    return It->second;
  Memo[&FD] = ""; // A recursive call adds nothing.
  std::string Why;
  if (const auto *EA = FD.getAttr<ErrorAttr>())
    Why = std::string("it is declared with __attribute__((") +
          (EA->isError() ? "error" : "warning") + "))";
  else
    walk(FD.getBody(), Why);
  Memo[&FD] = Why;
  return Why;
}

//===----------------------------------------------------------------------===//
// The wrappers
//===----------------------------------------------------------------------===//

namespace {

/// Collects the diagnostics of one wrapper instead of printing them: any
/// error or warning rejects it (the kernel builds with -Werror).
class CollectingConsumer : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level < DiagnosticsEngine::Warning || !First.empty())
      return;
    SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    First = Msg.str().str();
  }
  std::string First;
};

} // namespace

WrapperChecker::WrapperChecker(MacroParser &P, Sema &S, ir::Module &M,
                               WrapperStyle Style)
    : P(P), S(S), Ctx(S.getASTContext()), M(M), Style(std::move(Style)),
      Finder(Ctx) {
  // Typo correction is slow and would only improve rejected wrappers'
  // messages.
  auto &LO = const_cast<LangOptions &>(S.getLangOpts());
  SavedSpellChecking = LO.SpellChecking;
  LO.SpellChecking = false;
  if (!S.TUScope)
    S.TUScope = P.getCurScope();
}

WrapperChecker::~WrapperChecker() {
  auto &LO = const_cast<LangOptions &>(S.getLangOpts());
  LO.SpellChecking = SavedSpellChecking;
}

bool WrapperChecker::isMacro(llvm::StringRef Name) const {
  const IdentifierInfo *II = S.getPreprocessor().getIdentifierInfo(Name);
  return II && II->hasMacroDefinition();
}

std::optional<ir::Skip>
WrapperChecker::typeProblem(QualType T, llvm::StringRef What) const {
  QualType C = Ctx.getBaseElementType(T.getCanonicalType());
  auto Problem = [&](llvm::StringRef Kind) {
    return ir::Skip{What.str() + " is '" + T.getAsString() + "' (" +
                        Kind.str() + "): no Rust type is passed the same way",
                    "type"};
  };
  if (C->isPointerType() || C->isVoidType())
    return std::nullopt;
  if (const auto *BT = C->getAs<BuiltinType>()) {
    switch (BT->getKind()) {
    case BuiltinType::LongDouble:
    case BuiltinType::Float128:
    case BuiltinType::Ibm128:
    case BuiltinType::Half:
    case BuiltinType::Float16:
    case BuiltinType::BFloat16:
      return Problem("a floating type Rust does not have");
    default:
      return std::nullopt;
    }
  }
  if (C->isAnyComplexType())
    return Problem("_Complex");
  if (C->isVectorType())
    return Problem("a vector type");
  if (C->isAtomicType())
    return Problem("_Atomic");
  if (C->isBitIntType())
    return Problem("_BitInt");
  const auto *RT = C->getAs<RecordType>();
  if (!RT)
    return std::nullopt;
  const RecordDecl *RD = RT->getDecl()->getDefinition();
  if (!RD)
    return std::nullopt;
  if (RD->hasAttr<TransparentUnionAttr>())
    return Problem("a transparent union");
  for (const FieldDecl *F : RD->fields())
    if (auto P = typeProblem(F->getType(), What))
      return ir::Skip{What.str() + " is '" + T.getAsString() +
                          "', passed by value, with a member of type '" +
                          F->getType().getAsString() +
                          "': no Rust type is passed the same way",
                      "type"};
  return std::nullopt;
}

std::optional<ir::Skip> WrapperChecker::precheck(const FunctionDecl &FD) {
  const FunctionDecl *Def = FD.getDefinition();
  if (!Def)
    return ir::Skip{"it is not defined in the translation unit, so a "
                    "wrapper could not call it",
                    "undefined"};
  if (FD.isVariadic())
    return ir::Skip{"variadic function: a wrapper cannot pass its variable "
                    "arguments on",
                    "variadic"};
  // `int f() {...}` takes no arguments; a K&R definition with parameters
  // has no prototype that says how to pass them.
  if (!FD.getType()->getAs<FunctionProtoType>() && Def->getNumParams() != 0)
    return ir::Skip{"K&R definition without a prototype", "type"};
  QualType VaList = Ctx.getBuiltinVaListType();
  QualType VaDecayed =
      VaList->isArrayType() ? Ctx.getArrayDecayedType(VaList) : VaList;
  for (const ParmVarDecl *PVD : Def->parameters()) {
    QualType T = PVD->getType();
    if (Ctx.hasSameType(T, VaList) || Ctx.hasSameType(T, VaDecayed))
      return ir::Skip{"parameter '" + PVD->getNameAsString() +
                          "' is a va_list, which Rust cannot create",
                      "va_list"};
  }
  if (Ctx.hasSameType(FD.getReturnType(), VaList))
    return ir::Skip{"it returns a va_list", "va_list"};
  if (auto P = typeProblem(FD.getReturnType(), "the return type"))
    return P;
  for (const ParmVarDecl *PVD : Def->parameters())
    if (auto P = typeProblem(PVD->getType(),
                             "parameter '" + PVD->getNameAsString() + "'"))
      return P;
  std::string Why = Finder.reasonFor(*Def);
  if (!Why.empty())
    return ir::Skip{"it builds only when inlined with constant arguments: " +
                        Why,
                    "constant arguments"};
  return std::nullopt;
}

std::string WrapperChecker::spell(const FunctionDecl &FD,
                                  const std::string &Symbol,
                                  std::optional<ir::Skip> &Problem) const {
  const FunctionDecl &Def = *FD.getDefinition();
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.AnonymousTagLocations = false;
  std::string Params, Args, Name = FD.getNameAsString();
  unsigned Unnamed = 0;
  for (const ParmVarDecl *PVD : Def.parameters()) {
    std::string PN = PVD->getNameAsString();
    // A parameter named after a macro (defined after the function) or the
    // function itself would not mean the parameter in the wrapper.
    if (PN.empty() || isMacro(PN) || PN == Name || PN == Symbol)
      PN = "arg_" + std::to_string(Unnamed++);
    std::string Decl;
    llvm::raw_string_ostream OS(Decl);
    PVD->getType().print(OS, Policy, PN);
    Params += (Params.empty() ? "" : ", ") + Decl;
    Args += (Args.empty() ? "" : ", ") + PN;
  }
  if (Params.empty())
    Params = "void";
  QualType Ret = FD.getReturnType().getUnqualifiedType();
  std::string Head;
  llvm::raw_string_ostream OS(Head);
  Ret.print(OS, Policy, Symbol + "(" + Params + ")");
  if (llvm::StringRef(Head).contains("(unnamed") ||
      llvm::StringRef(Head).contains("(anonymous")) {
    Problem = ir::Skip{"its signature has an unnamed struct, union or enum, "
                       "which a wrapper cannot spell",
                       "type"};
    return "";
  }
  std::string Prefix = Style.Annotation.empty() ? "" : Style.Annotation + " ";
  std::string Proto = Prefix;
  if (FD.isNoReturn())
    Proto += "__attribute__((__noreturn__)) ";
  // `(f)(...)` calls the function even where a function-like macro has its
  // name.
  std::string Callee = isMacro(Name) ? "(" + Name + ")" : Name;
  std::string Call = Callee + "(" + Args + ");";
  std::string Body =
      Ret->isVoidType() ? "{ " + Call + " }" : "{ return " + Call + " }";
  return Proto + Head + ";\n" + Prefix + Head + " " + Body + "\n";
}

std::optional<std::string> WrapperChecker::compile(llvm::StringRef Text) {
  Preprocessor &PP = S.getPreprocessor();
  SourceManager &SM = Ctx.getSourceManager();
  FileID FID = SM.createFileID(
      llvm::MemoryBuffer::getMemBufferCopy(Text, "<kbindgen wrapper>"));
  Lexer Raw(FID, SM.getBufferOrFake(FID), SM, Ctx.getLangOpts());
  std::vector<Token> Toks;
  for (;;) {
    Token T;
    Raw.LexFromRawLexer(T);
    if (T.is(tok::eof)) {
      Toks.push_back(T);
      break;
    }
    if (T.is(tok::raw_identifier))
      PP.LookUpIdentifierInfo(T);
    Toks.push_back(T);
  }
  auto Stream = std::make_unique<Token[]>(Toks.size());
  std::copy(Toks.begin(), Toks.end(), Stream.get());

  DiagnosticsEngine &Diags = S.getDiagnostics();
  CollectingConsumer Collector;
  DiagnosticConsumer *SavedClient = Diags.getClient();
  std::unique_ptr<DiagnosticConsumer> OwnedClient = Diags.takeClient();
  Diags.setClient(&Collector, /*ShouldOwnClient=*/false);

  PP.EnterTokenStream(std::move(Stream), Toks.size(),
                      /*DisableMacroExpansion=*/false, /*IsReinject=*/false);
  P.ConsumeAnyToken();
  while (!P.getCurToken().is(tok::eof)) {
    Parser::DeclGroupPtrTy Group;
    Sema::ModuleImportState ImportState =
        Sema::ModuleImportState::NotACXX20Module;
    P.ParseTopLevelDecl(Group, ImportState);
  }

  Diags.setClient(SavedClient, /*ShouldOwnClient=*/false);
  if (OwnedClient)
    Diags.setClient(OwnedClient.release(), /*ShouldOwnClient=*/true);
  if (Collector.First.empty())
    return std::nullopt;
  Diags.Reset(/*soft=*/true);
  return Collector.First;
}

void WrapperChecker::run(llvm::ArrayRef<Importer::WrapCandidate> Candidates) {
  for (const Importer::WrapCandidate &C : Candidates) {
    const FunctionDecl &FD = *C.Decl;
    std::string Symbol = Style.Prefix + FD.getNameAsString() + Style.Suffix;
    std::optional<ir::Skip> Problem = precheck(FD);
    std::string Text;
    if (!Problem)
      Text = spell(FD, Symbol, Problem);
    if (!Problem)
      if (std::optional<std::string> Diag = compile(Text))
        Problem = ir::Skip{"Clang rejects its wrapper: " + *Diag, "clang"};
    ir::Item &I = M.item(C.Id);
    if (Problem) {
      Problem->Reason = "static function without a wrapper: " + Problem->Reason;
      I.Skipped = std::move(Problem);
      continue;
    }
    I.Skipped.reset();
    I.fn().Wrap = ir::Wrapper{std::move(Symbol), std::move(Text)};
  }
}

} // namespace kbindgen
