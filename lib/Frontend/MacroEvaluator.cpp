//===- MacroEvaluator.cpp - Object-like macros through Clang's Sema -------===//

#include "MacroEvaluator.h"
#include "ClangCompat.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/DiagnosticAST.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Sema/Sema.h"

using namespace clang;

namespace kbindgen {

void MacroParser::skipToEof() {
  while (!getCurToken().is(tok::eof))
    ConsumeAnyToken();
}

namespace {

/// Swallows diagnostics while a macro is evaluated and counts real errors
/// (warnings that -Werror upgraded do not count).
class CountingConsumer : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level < DiagnosticsEngine::Error)
      return;
    if (compat::isWarningOrExtension(Info))
      return;
    if (FirstError.empty()) {
      SmallString<128> Msg;
      Info.FormatDiagnostic(Msg);
      FirstError = Msg.str().str();
    }
    ++Errors;
  }
  unsigned Errors = 0;
  std::string FirstError;
};

/// Finds anything in an expression that carries a C type of its own.
class TypedPartFinder : public RecursiveASTVisitor<TypedPartFinder> {
public:
  bool VisitExplicitCastExpr(ExplicitCastExpr *) { return found(); }
  bool VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return found();
  }
  bool VisitDeclRefExpr(DeclRefExpr *) { return found(); }
  bool VisitCallExpr(CallExpr *) { return found(); }
  bool VisitFloatingLiteral(FloatingLiteral *) { return found(); }
  bool VisitStringLiteral(StringLiteral *) { return found(); }
  bool VisitStmtExpr(StmtExpr *) { return found(); }
  bool VisitOffsetOfExpr(OffsetOfExpr *) { return found(); }
  bool Found = false;

private:
  bool found() {
    Found = true;
    return false;
  }
};

} // namespace

bool isCexprExpression(const MacroInfo &MI, const llvm::StringSet<> &Accepted) {
  if (MI.isFunctionLike() || MI.getNumTokens() == 0)
    return false;
  for (const Token &T : MI.tokens()) {
    switch (T.getKind()) {
    case tok::numeric_constant:
    case tok::char_constant:
    case tok::string_literal:
    case tok::l_paren:
    case tok::r_paren:
    case tok::plus:
    case tok::minus:
    case tok::tilde:
    case tok::star:
    case tok::slash:
    case tok::percent:
    case tok::lessless:
    case tok::greatergreater:
    case tok::amp:
    case tok::caret:
    case tok::pipe:
      continue;
    case tok::identifier:
      if (Accepted.contains(T.getIdentifierInfo()->getName()))
        continue;
      return false;
    default:
      return false;
    }
  }
  return true;
}

PostTUSema::PostTUSema(MacroParser &P, Sema &S) : S(S) {
  auto &LO = const_cast<LangOptions &>(S.getLangOpts());
  SavedSpellChecking = LO.SpellChecking;
  LO.SpellChecking = false;
  // After the end of the translation unit Sema has no TU scope.
  if (!S.TUScope)
    S.TUScope = P.getCurScope();
}

PostTUSema::~PostTUSema() {
  auto &LO = const_cast<LangOptions &>(S.getLangOpts());
  LO.SpellChecking = SavedSpellChecking;
}

MacroEvaluator::MacroEvaluator(MacroParser &P, Sema &S, Importer &Imp)
    : P(P), S(S), Imp(Imp), Setup(P, S) {}

static bool isTopLevelComma(const Expr &E) {
  const auto *BO = dyn_cast<BinaryOperator>(E.IgnoreParens());
  return BO && BO->getOpcode() == BO_Comma;
}

/// Whether evaluating gave C no value: a shift count out of range (`1 << 63`
/// on an int), or signed overflow without -fwrapv (`INT_MAX + 1`). The
/// compilers warn on both by default, and the folded value is an artefact of
/// Clang's evaluator. A signed left shift of a negative value or into the
/// sign bit is kept: GCC defines it as an extension and Linux relies on it
/// (-Wno-shift-negative-value).
static bool isUndefinedInC(const Expr::EvalResult &ER,
                           ArrayRef<PartialDiagnosticAt> Notes) {
  if (!compat::hasUndefinedBehavior(ER, Notes))
    return false;
  if (Notes.empty())
    return true;
  unsigned Id = Notes.front().second.getDiagID();
  return Id != diag::note_constexpr_lshift_of_negative &&
         Id != diag::note_constexpr_lshift_discards;
}

/// Whether a character literal is one byte, written as bindgen does (u8):
/// an ordinary one's value is its char, sign-extended where char is signed
/// ('\xff' is -1 on x86_64, 255 on arm). A wide or multi-character one
/// whose value is beyond a byte ('ab', L'\x100') is an int, wchar_t,
/// char16_t or char32_t, evaluated as an integer instead.
static bool isByteCharacter(const CharacterLiteral &CL) {
  unsigned V = CL.getValue();
  bool Narrow = compat::isNarrowCharacterLiteral(CL);
  if (Narrow && static_cast<int32_t>(V) >= -128 && static_cast<int32_t>(V) < 0)
    return true;
  return V <= 0xFF;
}

MacroResult MacroEvaluator::evaluateExpr(const Expr &E) {
  MacroResult R;
  ASTContext &Ctx = S.getASTContext();
  if (E.isTypeDependent() || E.isValueDependent()) {
    R.Reason = "expression is dependent";
    return R;
  }
  if (isTopLevelComma(E)) {
    R.Reason = "a comma expression is not a constant";
    return R;
  }
  TypedPartFinder Finder;
  Finder.TraverseStmt(const_cast<Expr *>(&E));
  R.IsPlainLiteral = !Finder.Found;

  QualType T = E.getType();
  ir::ConstValue V;
  const Expr *Bare = E.IgnoreParens();
  const auto *CL = dyn_cast<CharacterLiteral>(Bare);
  if (CL && isByteCharacter(*CL)) {
    V.K = ir::ConstValue::Kind::Char;
    V.Int = llvm::APSInt(llvm::APInt(64, CL->getValue()), true);
    V.Type = Imp.importQualType(T);
    R.Value = V;
    return R;
  }
  if (const auto *SL = dyn_cast<StringLiteral>(Bare)) {
    if (SL->getCharByteWidth() != 1) {
      R.Reason = "wide string literal";
      return R;
    }
    V.K = ir::ConstValue::Kind::String;
    V.Str = SL->getBytes().str();
    V.Type = Imp.importQualType(T);
    R.Value = V;
    return R;
  }
  if (T->isVoidType()) {
    R.Reason = "expression has type void";
    return R;
  }
  if (T->isIntegralOrEnumerationType()) {
    Expr::EvalResult ER;
    SmallVector<PartialDiagnosticAt, 4> Notes;
    ER.Diag = &Notes;
    if (!E.EvaluateAsInt(ER, Ctx, Expr::SE_AllowUndefinedBehavior)) {
      R.Reason = "not an integer constant expression";
      return R;
    }
    if (isUndefinedInC(ER, Notes)) {
      R.Reason = "undefined behaviour in C";
      if (!Notes.empty()) {
        SmallString<128> Msg;
        Notes.front().second.EmitToString(S.getDiagnostics(), Msg);
        R.Reason += ": " + Msg.str().str();
      }
      return R;
    }
    V.K = T->isBooleanType() ? ir::ConstValue::Kind::Bool
                             : ir::ConstValue::Kind::Int;
    V.Int = ER.Val.getInt();
    V.Type = Imp.importQualType(T);
    R.Value = V;
    return R;
  }
  if (T->isRealFloatingType()) {
    llvm::APFloat F(0.0);
    if (!E.EvaluateAsFloat(F, Ctx, Expr::SE_AllowUndefinedBehavior)) {
      R.Reason = "not a floating constant expression";
      return R;
    }
    bool LosesInfo = false;
    F.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
              &LosesInfo);
    V.K = ir::ConstValue::Kind::Float;
    V.Float = F.convertToDouble();
    V.Type = Imp.importQualType(T);
    R.Value = V;
    return R;
  }
  R.Reason = "expression of type '" + T.getAsString() +
             "' is not an integer, floating or string constant";
  return R;
}

MacroResult MacroEvaluator::evaluate(const MacroInfo &MI) {
  MacroResult R;
  if (MI.isFunctionLike()) {
    R.Reason = "function-like macro";
    return R;
  }
  if (MI.getNumTokens() == 0) {
    R.Reason = "empty macro";
    return R;
  }

  Preprocessor &PP = S.getPreprocessor();
  DiagnosticsEngine &Diags = S.getDiagnostics();
  CountingConsumer Counter;
  DiagnosticConsumer *SavedClient = Diags.getClient();
  std::unique_ptr<DiagnosticConsumer> OwnedClient = Diags.takeClient();
  Diags.setClient(&Counter, /*ShouldOwnClient=*/false);

  size_t N = MI.getNumTokens();
  auto Toks = std::make_unique<Token[]>(N + 1);
  for (size_t I = 0; I < N; ++I)
    Toks[I] = MI.getReplacementToken(I);
  Token &Eof = Toks[N];
  Eof.startToken();
  Eof.setKind(tok::eof);
  Eof.setLocation(MI.getDefinitionEndLoc());
  // As inside the macro's own expansion, its name is not expanded again (in
  // `#define X (X - 1)` the inner X is the enumerator it shadows), nor
  // through another macro that mentions it.
  auto &Self = const_cast<MacroInfo &>(MI);
  bool WasEnabled = Self.isEnabled();
  if (WasEnabled)
    Self.DisableMacro();
  PP.EnterTokenStream(std::move(Toks), N + 1,
                      /*DisableMacroExpansion=*/false, /*IsReinject=*/false);
  P.ConsumeToken();

  ExprResult Parsed;
  {
    EnterExpressionEvaluationContext Ctx(
        S, Sema::ExpressionEvaluationContext::ConstantEvaluated);
    Parsed = P.ParseExpression();
  }
  bool Trailing = !P.getCurToken().is(tok::eof);
  P.skipToEof();
  if (WasEnabled)
    Self.EnableMacro();

  if (Counter.Errors || Parsed.isInvalid() || !Parsed.get()) {
    R.Reason = Counter.FirstError.empty() ? std::string("not an expression")
                                          : Counter.FirstError;
  } else if (Trailing) {
    R.Reason = "tokens after the expression";
  } else {
    R = evaluateExpr(*Parsed.get());
  }

  Diags.setClient(SavedClient, /*ShouldOwnClient=*/false);
  if (OwnedClient)
    Diags.setClient(OwnedClient.release(), /*ShouldOwnClient=*/true);
  if (Counter.Errors)
    Diags.Reset(/*soft=*/true);
  return R;
}

} // namespace kbindgen
