//===- WrapperChecker.cpp - Wrappers for static functions, checked --------===//

#include "WrapperChecker.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>

using namespace clang;

namespace kbindgen {

//===----------------------------------------------------------------------===//
// Functions that build only when inlined with constant arguments
//===----------------------------------------------------------------------===//

std::optional<llvm::APSInt> ConstantArgumentFinder::value(const Expr *E) const {
  if (!E || E->isValueDependent())
    return std::nullopt;
  E = E->IgnoreParens();
  Expr::EvalResult R;
  if (E->EvaluateAsInt(R, Ctx))
    return R.Val.getInt();
  QualType T = E->getType();
  if (!T->isIntegralOrEnumerationType())
    return std::nullopt;
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    std::optional<llvm::APSInt> V = value(CE->getSubExpr());
    if (!V || !CE->getSubExpr()->getType()->isIntegralOrEnumerationType())
      return std::nullopt;
    llvm::APSInt Out = V->extOrTrunc(Ctx.getIntWidth(T));
    Out.setIsUnsigned(T->isUnsignedIntegerOrEnumerationType());
    return Out;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    auto It = VD ? Known.find(VD) : Known.end();
    if (It == Known.end())
      return std::nullopt;
    return It->second;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    unsigned ID = Call->getBuiltinCallee();
    if ((ID != Builtin::BI__builtin_object_size &&
         ID != Builtin::BI__builtin_dynamic_object_size) ||
        Call->getNumArgs() != 2)
      return std::nullopt;
    std::optional<llvm::APSInt> Kind = value(Call->getArg(1));
    if (!Kind)
      return std::nullopt;
    // The object a wrapper's pointer argument points to is unknown: the
    // optimizer folds the size to "unknown", all ones for types 0 and 1,
    // zero for 2 and 3.
    llvm::APSInt Size(Ctx.getIntWidth(T), /*isUnsigned=*/true);
    if ((Kind->getZExtValue() & 2) == 0)
      Size.setAllBits();
    return Size;
  }
  unsigned Width = Ctx.getIntWidth(T);
  auto Bool = [&](bool B) {
    return llvm::APSInt(llvm::APInt(Width, B), false);
  };
  // Conditions inside integer expressions (`2 + statically_true(x >= 0)`,
  // the kernel's signedness checks in min/max).
  const auto *Call = dyn_cast<CallExpr>(E);
  unsigned Builtin = Call ? Call->getBuiltinCallee() : 0;
  bool Condition = Builtin == Builtin::BI__builtin_constant_p ||
                   Builtin == Builtin::BI__builtin_expect ||
                   Builtin == Builtin::BI__builtin_expect_with_probability;
  if (isa<ConditionalOperator>(E) || Condition ||
      (isa<BinaryOperator>(E) && cast<BinaryOperator>(E)->isLogicalOp()) ||
      (isa<UnaryOperator>(E) &&
       cast<UnaryOperator>(E)->getOpcode() == UO_LNot)) {
    if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
      Truth C = truth(CO->getCond());
      if (C == Truth::Unknown)
        return std::nullopt;
      return value(C == Truth::True ? CO->getTrueExpr() : CO->getFalseExpr());
    }
    Truth B = truth(E);
    if (B == Truth::Unknown)
      return std::nullopt;
    return Bool(B == Truth::True);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    std::optional<llvm::APSInt> V = value(UO->getSubExpr());
    if (!V)
      return std::nullopt;
    if (UO->getOpcode() == UO_Minus)
      return -*V;
    if (UO->getOpcode() == UO_Not)
      return ~*V;
    if (UO->getOpcode() == UO_Plus)
      return V;
    return std::nullopt;
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return std::nullopt;
  std::optional<llvm::APSInt> L = value(BO->getLHS()), Rv = value(BO->getRHS());
  if (!L || !Rv || L->getBitWidth() != Rv->getBitWidth())
    return std::nullopt;
  switch (BO->getOpcode()) {
  case BO_Add:
    return *L + *Rv;
  case BO_Sub:
    return *L - *Rv;
  case BO_Mul:
    return *L * *Rv;
  case BO_And:
    return *L & *Rv;
  case BO_Or:
    return *L | *Rv;
  case BO_Xor:
    return *L ^ *Rv;
  default:
    break;
  }
  if (!BO->isComparisonOp())
    return std::nullopt;
  int C = llvm::APSInt::compareValues(*L, *Rv);
  bool B = false;
  switch (BO->getOpcode()) {
  case BO_LT:
    B = C < 0;
    break;
  case BO_GT:
    B = C > 0;
    break;
  case BO_LE:
    B = C <= 0;
    break;
  case BO_GE:
    B = C >= 0;
    break;
  case BO_EQ:
    B = C == 0;
    break;
  case BO_NE:
    B = C != 0;
    break;
  default:
    return std::nullopt;
  }
  return Bool(B);
}

ConstantArgumentFinder::Truth
ConstantArgumentFinder::truth(const Expr *E) const {
  if (!E || E->isValueDependent())
    return Truth::Unknown;
  bool Value = false;
  if (E->EvaluateAsBooleanCondition(Value, Ctx))
    return Value ? Truth::True : Truth::False;
  E = E->IgnoreParenCasts();
  auto ByValue = [&]() {
    std::optional<llvm::APSInt> V = value(E);
    if (!V)
      return Truth::Unknown;
    return V->isZero() ? Truth::False : Truth::True;
  };
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      return ByValue();
    Truth Inner = truth(UO->getSubExpr());
    if (Inner == Truth::Unknown)
      return Inner;
    return Inner == Truth::True ? Truth::False : Truth::True;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (!BO->isLogicalOp())
      return ByValue();
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
    return ByValue();
  switch (CE->getBuiltinCallee()) {
  case Builtin::BI__builtin_expect:
  case Builtin::BI__builtin_expect_with_probability:
    return truth(CE->getArg(0));
  case Builtin::BI__builtin_constant_p:
    // In a wrapper the function's arguments are not constants: what does
    // not depend on them is, what does is not.
    return isFixed(CE->getArg(0)) ? Truth::True : Truth::False;
  default:
    return ByValue();
  }
}

/// Whether E has the same value whatever the wrapper's arguments are: Clang
/// folds it, or it is made only of literals, `__FILE__`, sizeof, enumerators
/// and addresses of globals (what an `"i"` operand or a constant argument
/// may be), with no call, no parameter and no local variable whose value is
/// not known.
bool ConstantArgumentFinder::isFixed(const Expr *E) const {
  if (!E || E->isValueDependent())
    return false;
  if (E->isEvaluatable(Ctx))
    return true;
  std::function<bool(const Stmt *)> Fixed = [&](const Stmt *S) {
    if (!S || isa<CallExpr>(S))
      return false;
    if (isa<UnaryExprOrTypeTraitExpr>(S))
      return true;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return !VD || Known.count(VD) ||
             (!VD->hasLocalStorage() && !isa<ParmVarDecl>(VD));
    }
    for (const Stmt *Child : S->children())
      if (!Fixed(Child))
        return false;
    return true;
  };
  return Fixed(E);
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

/// Whether control never falls through S to the next statement of a switch
/// body: `break;`, `return`, or a block ending in one (`case 1: { ...;
/// break; }`, as the kernel's cmpxchg macros write them).
static bool leavesSwitch(const Stmt *S) {
  if (isa<BreakStmt>(S) || isa<ReturnStmt>(S) || isa<GotoStmt>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return !CS->body_empty() && leavesSwitch(CS->body_back());
  return false;
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
    if (leavesSwitch(Cur))
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
    if (!isFixed(Arg)) {
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
    if (!isFixed(AS.getInputExpr(I))) {
      Why = "an inline asm operand with constraint '" +
            std::string(AS.getInputConstraint(I)) +
            "' must be a constant, and it depends on the arguments";
      return;
    }
  }
}

bool ConstantArgumentFinder::alwaysReturns(const Stmt *S) const {
  if (!S)
    return false;
  if (isa<ReturnStmt>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return llvm::any_of(CS->body(),
                        [&](const Stmt *C) { return alwaysReturns(C); });
  const auto *If = dyn_cast<IfStmt>(S);
  if (!If)
    return false;
  Truth T = truth(If->getCond());
  if (T == Truth::True)
    return alwaysReturns(If->getThen());
  if (T == Truth::False)
    return alwaysReturns(If->getElse());
  return alwaysReturns(If->getThen()) && alwaysReturns(If->getElse());
}

void ConstantArgumentFinder::walk(const Stmt *St, std::string &Why) {
  if (!St || !Why.empty())
    return;
  // What follows a statement that returns on every path the optimizer keeps
  // (`if (!__builtin_constant_p(n)) return slow(n);`) is dead.
  if (const auto *CS = dyn_cast<CompoundStmt>(St)) {
    for (const Stmt *C : CS->body()) {
      walk(C, Why);
      if (alwaysReturns(C))
        break;
    }
    return;
  }
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
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage() || !VD->getInit())
        continue;
      walk(VD->getInit(), Why);
      if (!Modified.count(VD) && VD->getType()->isIntegralOrEnumerationType())
        if (std::optional<llvm::APSInt> V = value(VD->getInit())) {
          llvm::APSInt Out = V->extOrTrunc(Ctx.getIntWidth(VD->getType()));
          Out.setIsUnsigned(
              VD->getType()->isUnsignedIntegerOrEnumerationType());
          Known[VD] = Out;
        }
    }
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

/// The local variables that S assigns, increments, decrements or takes the
/// address of: their initial value may not hold.
static void collectModified(const Stmt *S,
                            llvm::DenseSet<const VarDecl *> &Out) {
  if (!S)
    return;
  auto Target = [](const Expr *E) -> const VarDecl * {
    const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
    return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  };
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->isAssignmentOp()) {
    if (const VarDecl *VD = Target(BO->getLHS()))
      Out.insert(VD);
  } else if (const auto *UO = dyn_cast<UnaryOperator>(S);
             UO &&
             (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) {
    if (const VarDecl *VD = Target(UO->getSubExpr()))
      Out.insert(VD);
  } else if (const auto *AS = dyn_cast<GCCAsmStmt>(S)) {
    for (unsigned I = 0; I < AS->getNumOutputs(); ++I)
      if (const VarDecl *VD = Target(AS->getOutputExpr(I)))
        Out.insert(VD);
  }
  for (const Stmt *Child : S->children())
    collectModified(Child, Out);
}

std::string ConstantArgumentFinder::reasonFor(const FunctionDecl &FD) {
  auto It = Memo.find(&FD);
  if (It != Memo.end())
    return It->second;
  Memo[&FD] = ""; // A recursive call adds nothing.
  std::string Why;
  if (const auto *EA = FD.getAttr<ErrorAttr>()) {
    Why = std::string("it is declared with __attribute__((") +
          (EA->isError() ? "error" : "warning") + "))";
  } else if (const Stmt *Body = FD.getBody()) {
    auto SavedModified = std::move(Modified);
    auto SavedKnown = std::move(Known);
    Modified.clear();
    Known.clear();
    collectModified(Body, Modified);
    walk(Body, Why);
    Modified = std::move(SavedModified);
    Known = std::move(SavedKnown);
  }
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

WrapperChecker::WrapperChecker(MacroParser &P, Sema &S, Importer &Imp,
                               ir::Module &M, WrapperStyle Style)
    : P(P), S(S), Ctx(S.getASTContext()), Imp(Imp), M(M),
      Style(std::move(Style)), Finder(Ctx), Setup(P, S) {}

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
  std::string Name = FD.getNameAsString();
  llvm::SmallVector<QualType, 8> Types;
  llvm::SmallVector<std::string, 8> Names;
  unsigned Unnamed = 0;
  for (const ParmVarDecl *PVD : Def.parameters()) {
    std::string PN = PVD->getNameAsString();
    // A parameter named after a macro (defined after the function) or the
    // function itself would not mean the parameter in the wrapper.
    if (PN.empty() || isMacro(PN) || PN == Name || PN == Symbol)
      PN = "arg_" + std::to_string(Unnamed++);
    Types.push_back(PVD->getType());
    Names.push_back(PN);
  }
  // `(f)(...)` calls the function even where a function-like macro has its
  // name.
  std::string Call = (isMacro(Name) ? "(" + Name + ")" : Name) + "(" +
                     llvm::join(Names, ", ") + ")";
  return spellWrapper(Symbol, FD.getReturnType(), Types, Names, Call,
                      FD.isNoReturn(), Problem);
}

std::string WrapperChecker::spellWrapper(
    const std::string &Symbol, QualType Ret, llvm::ArrayRef<QualType> Types,
    llvm::ArrayRef<std::string> Names, const std::string &Call, bool NoReturn,
    std::optional<ir::Skip> &Problem) const {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.AnonymousTagLocations = false;
  std::string Params;
  for (size_t I = 0; I < Types.size(); ++I) {
    std::string Decl;
    llvm::raw_string_ostream OS(Decl);
    Types[I].print(OS, Policy, Names[I]);
    Params += (Params.empty() ? "" : ", ") + Decl;
  }
  if (Params.empty())
    Params = "void";
  Ret = Ret.getUnqualifiedType();
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
  if (NoReturn)
    Proto += "__attribute__((__noreturn__)) ";
  std::string Body =
      Ret->isVoidType() ? "{ " + Call + "; }" : "{ return " + Call + "; }";
  return Proto + Head + ";\n" + Prefix + Head + " " + Body + "\n";
}

std::optional<std::string>
WrapperChecker::compile(llvm::StringRef Text,
                        llvm::SmallVectorImpl<Decl *> *Decls) {
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
    if (Decls && Group)
      for (Decl *D : Group.get())
        Decls->push_back(D);
  }

  Diags.setClient(SavedClient, /*ShouldOwnClient=*/false);
  if (OwnedClient)
    Diags.setClient(OwnedClient.release(), /*ShouldOwnClient=*/true);
  if (Collector.First.empty())
    return std::nullopt;
  Diags.Reset(/*soft=*/true);
  return Collector.First;
}

/// The wrapper's symbol: the prefix, the function's name and the suffix.
/// The overloads of an overloadable function share its name, so theirs is
/// the overload's own symbol (`_Z4halfi`) instead.
static std::string wrapperSymbol(const WrapperStyle &Style,
                                 const FunctionDecl &FD,
                                 const ir::Function &F) {
  std::string Base = F.IsOverloadable && !F.LinkName.empty()
                         ? F.LinkName
                         : FD.getNameAsString();
  return Style.Prefix + Base + Style.Suffix;
}

void WrapperChecker::run(llvm::ArrayRef<Importer::WrapCandidate> Candidates) {
  for (const Importer::WrapCandidate &C : Candidates) {
    const FunctionDecl &FD = *C.Decl;
    std::string Symbol = wrapperSymbol(Style, FD, M.item(C.Id).fn());
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

std::optional<ir::Skip>
WrapperChecker::signatureProblem(const FunctionProtoType &FT,
                                 llvm::ArrayRef<std::string> Names) {
  if (FT.isVariadic())
    return ir::Skip{"the prototype is variadic: a wrapper cannot pass its "
                    "variable arguments on",
                    "variadic"};
  QualType VaList = Ctx.getBuiltinVaListType();
  QualType VaDecayed =
      VaList->isArrayType() ? Ctx.getArrayDecayedType(VaList) : VaList;
  for (size_t I = 0; I < FT.getNumParams(); ++I) {
    QualType T = FT.getParamType(I);
    if (Ctx.hasSameType(T, VaList) || Ctx.hasSameType(T, VaDecayed))
      return ir::Skip{"parameter '" + Names[I] +
                          "' is a va_list, which Rust cannot create",
                      "va_list"};
    if (auto P = typeProblem(T, "parameter '" + Names[I] + "'"))
      return P;
  }
  return typeProblem(FT.getReturnType(), "the return type");
}

ir::Item WrapperChecker::macroItem(llvm::StringRef Name) {
  ir::Item I;
  I.Kind = ir::ItemKind::Function;
  I.Name = Name.str();
  I.fn().IsStatic = true;
  Preprocessor &PP = S.getPreprocessor();
  const IdentifierInfo *II = PP.getIdentifierInfo(Name);
  if (const MacroInfo *MI = II ? PP.getMacroInfo(II) : nullptr) {
    SourceLocation Loc = MI->getDefinitionLoc();
    const SourceManager &SM = Ctx.getSourceManager();
    I.Loc = Imp.location(Loc);
    I.Pos = Imp.position(Loc);
    I.IsFromMainFile = SM.isInMainFile(Loc);
    I.IsFromSystemHeader = SM.isInSystemHeader(Loc);
  }
  return I;
}

/// The parameter names written in the prototype of a typeof'd function
/// type, `arg_N` for unnamed ones.
static std::vector<std::string> prototypeNames(const TypedefNameDecl &TD,
                                               unsigned NumParams) {
  std::vector<std::string> Names(NumParams);
  TypeLoc TL = TD.getTypeSourceInfo()->getTypeLoc();
  if (auto TOT = TL.getAs<TypeOfTypeLoc>())
    TL = TOT.getUnmodifiedTInfo()->getTypeLoc();
  if (auto FTL = TL.getAsAdjusted<FunctionProtoTypeLoc>())
    for (unsigned I = 0; I < NumParams && I < FTL.getNumParams(); ++I)
      if (const ParmVarDecl *PVD = FTL.getParam(I))
        Names[I] = PVD->getNameAsString();
  unsigned Unnamed = 0;
  for (std::string &N : Names)
    if (N.empty())
      N = "arg_" + std::to_string(Unnamed++);
  return Names;
}

std::optional<ir::Skip> WrapperChecker::wrapMacro(ir::Item &I,
                                                  llvm::StringRef Proto) {
  const std::string &Name = I.Name;
  Preprocessor &PP = S.getPreprocessor();
  const IdentifierInfo *II = PP.getIdentifierInfo(Name);
  const MacroInfo *MI = II ? PP.getMacroInfo(II) : nullptr;
  // A function may be given a prototype of its own too (the kernel's
  // get_task_struct helper returns void).
  const FunctionDecl *Fn = nullptr;
  if (!MI && II)
    for (const Decl *D : Ctx.getTranslationUnitDecl()->lookup(II))
      if ((Fn = dyn_cast<FunctionDecl>(D)))
        break;
  if (!MI && !Fn)
    return ir::Skip{"no macro or function '" + Name + "' is declared",
                    "undefined"};
  // The prototype is a C type name: Clang parses it in the translation unit.
  llvm::SmallVector<Decl *, 2> Decls;
  std::string TypeName = "__kbindgen_macro_type_" + Name;
  if (auto Diag = compile(
          "typedef __typeof__(" + Proto.str() + ") " + TypeName + ";", &Decls))
    return ir::Skip{"the prototype '" + Proto.str() +
                        "' is not a C function type: " + *Diag,
                    "clang"};
  const auto *TD =
      Decls.empty() ? nullptr : dyn_cast<TypedefNameDecl>(Decls[0]);
  const auto *FT =
      TD ? TD->getUnderlyingType()->getAs<FunctionProtoType>() : nullptr;
  if (!FT)
    return ir::Skip{"the prototype '" + Proto.str() +
                        "' is not a C function type with parameters (write "
                        "'T (void)' for none)",
                    "clang"};
  std::vector<std::string> Names = prototypeNames(*TD, FT->getNumParams());
  if (auto P = signatureProblem(*FT, Names))
    return P;
  bool Callable = !MI || MI->isFunctionLike();
  if (!Callable && FT->getNumParams() != 0)
    return ir::Skip{"'" + Name +
                        "' is an object-like macro: its prototype "
                        "takes no parameters",
                    "clang"};
  std::string Call =
      Callable ? Name + "(" + llvm::join(Names, ", ") + ")" : Name;
  std::string Symbol = Style.Prefix + Name + Style.Suffix;
  std::optional<ir::Skip> Problem;
  llvm::SmallVector<QualType, 8> Types(FT->param_types());
  std::string Text = spellWrapper(Symbol, FT->getReturnType(), Types, Names,
                                  Call, FT->getNoReturnAttr(), Problem);
  if (Problem)
    return Problem;
  Decls.clear();
  if (auto Diag = compile(Text, &Decls))
    return ir::Skip{"Clang rejects its wrapper: " + *Diag, "clang"};
  for (const Decl *D : Decls)
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->doesThisDeclarationHaveABody()) {
      std::string Why = Finder.reasonFor(*FD);
      if (!Why.empty())
        return ir::Skip{"it builds only when inlined with constant "
                        "arguments: " +
                            Why,
                        "constant arguments"};
    }
  ir::Function &F = I.fn();
  F.Sig = Imp.importSignature(*FT);
  for (size_t Idx = 0; Idx < Names.size(); ++Idx)
    F.Sig.Params[Idx].Name = Names[Idx];
  F.Wrap = ir::Wrapper{std::move(Symbol), std::move(Text)};
  return std::nullopt;
}

void WrapperChecker::runMacros(llvm::ArrayRef<std::string> Specs) {
  for (const std::string &Spec : Specs) {
    auto [Name, Proto] = llvm::StringRef(Spec).split('=');
    ir::Item I = macroItem(Name);
    if (std::optional<ir::Skip> Problem = wrapMacro(I, Proto)) {
      Problem->Reason = "macro without a wrapper: " + Problem->Reason;
      I.Skipped = std::move(Problem);
    }
    M.addItem(std::move(I));
  }
}

} // namespace kbindgen
