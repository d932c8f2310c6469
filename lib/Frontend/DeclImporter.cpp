//===- DeclImporter.cpp - Declarations into IR items ----------------------===//

#include "ClangCompat.h"
#include "Importer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RawCommentList.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"

using namespace clang;

namespace kbindgen {

ir::Location Importer::location(SourceLocation Loc) const {
  ir::Location Out;
  if (Loc.isInvalid())
    return Out;
  const SourceManager &SM = Ctx.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return Out;
  Out.File = M.internFile(P.getFilename());
  Out.Line = P.getLine();
  Out.Column = P.getColumn();
  return Out;
}

ir::SourcePos Importer::position(SourceLocation Loc) const {
  ir::SourcePos Out;
  if (Loc.isInvalid())
    return Out;
  const SourceManager &SM = Ctx.getSourceManager();
  auto [FID, Offset] = SM.getDecomposedExpansionLoc(Loc);
  auto [It, Inserted] = RealPaths.try_emplace(FID);
  if (Inserted) {
    if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
      llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
      llvm::SmallString<256> Buf;
      if (Real.empty() && !llvm::sys::fs::real_path(FE->getName(), Buf))
        Real = Buf;
      if (!Real.empty())
        It->second = M.internFile(Real);
    }
  }
  Out.RealFile = It->second;
  Out.Offset = Out.RealFile.empty() ? 0 : Offset;
  return Out;
}

/// Whether every include order declares R: a tag's definition or
/// free-standing declaration (`struct foo;`) does, but a mention (`struct
/// foo *p`) declares the tag only where it is not declared yet.
static bool declaredInEveryOrder(const Decl &R) {
  const auto *Tag = dyn_cast<TagDecl>(&R);
  return !Tag || Tag->isThisDeclarationADefinition() || Tag->isFreeStanding();
}

llvm::SmallVector<const Decl *, 4>
Importer::redeclsByPosition(const Decl &D) const {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallVector<const Decl *, 4> Redecls;
  for (const Decl *R : D.redecls())
    if (!StableOrder || declaredInEveryOrder(*R))
      Redecls.push_back(R);
  llvm::stable_sort(Redecls, [&](const Decl *A, const Decl *B) {
    if (StableOrder) {
      ir::SourcePos PA = position(A->getLocation()),
                    PB = position(B->getLocation());
      if (!(PA == PB))
        return PA < PB;
    }
    return SM.isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  return Redecls;
}

const Decl *Importer::firstDecl(const Decl &D) const {
  if (!StableOrder)
    return &D;
  llvm::SmallVector<const Decl *, 4> Redecls = redeclsByPosition(D);
  return Redecls.empty() ? nullptr : Redecls.front();
}

template <typename DeclT>
const DeclT &Importer::typeDecl(const DeclT &D) const {
  const DeclT &Latest = *D.getMostRecentDecl();
  if (!StableOrder)
    return Latest;
  for (const Decl *R : redeclsByPosition(D))
    if (Ctx.hasSameType(cast<DeclT>(R)->getType(), Latest.getType()))
      return *cast<DeclT>(R);
  return Latest;
}

std::string Importer::commentFor(const Decl &D) const {
  const RawComment *RC = Ctx.getRawCommentForDeclNoCache(&D);
  if (!RC)
    return "";
  // Clang attaches a comment to a declaration when no `;`, `{`, `}` or
  // directive separates them; between enumerators only a `,` does, so
  // `/// X.` before `X,` would document the next enumerator too.
  if (isa<EnumConstantDecl>(D) && !RC->isTrailingComment()) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation End = SM.getExpansionLoc(RC->getEndLoc());
    SourceLocation Begin = SM.getExpansionLoc(D.getBeginLoc());
    if (SM.getFileID(End) == SM.getFileID(Begin) &&
        SM.isBeforeInTranslationUnit(End, Begin)) {
      bool Invalid = false;
      llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(End), &Invalid);
      unsigned From = SM.getFileOffset(End), To = SM.getFileOffset(Begin);
      if (!Invalid && From < To && To <= Buffer.size() &&
          Buffer.slice(From, To).contains(','))
        return "";
    }
  }
  return cleanComment(RC->getRawText(Ctx.getSourceManager()));
}

void Importer::fillCommon(ir::Item &I, const NamedDecl &D) {
  // A tag's item is where it is defined; with StableOrder, anything else is
  // at its first declaration by position, and a tag only ever mentioned
  // (never defined nor declared free-standing) has no position.
  const auto *Tag = dyn_cast<TagDecl>(&D);
  const Decl *First =
      Tag && Tag->isThisDeclarationADefinition() ? &D : firstDecl(D);
  const Decl &Where = First ? *First : D;
  I.Loc = location(Where.getLocation());
  if (First)
    I.Pos = position(Where.getLocation());
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Where.getLocation());
  I.IsFromMainFile = Loc.isValid() && SM.isInMainFile(Loc);
  I.IsFromSystemHeader = Loc.isValid() && SM.isInSystemHeader(Loc);
  // Doc comments attach to any redeclaration; take the one of the earliest
  // declaration that has one, as bindgen does (by position with
  // StableOrder).
  for (const Decl *R : redeclsByPosition(D)) {
    std::string C = commentFor(*R);
    if (C.empty())
      continue;
    I.Comment = std::move(C);
    break;
  }
  ir::Annotations A = parseAnnotations(I.Comment);
  if (!A.empty())
    I.Annot = std::make_shared<const ir::Annotations>(std::move(A));
}

void Importer::importTranslationUnit(const TranslationUnitDecl &TU) {
  for (const Decl *D : TU.decls())
    importDecl(*D);
}

void Importer::importDecl(const Decl &D) {
  // Clang's implicit declarations (__builtin_va_list, __int128_t, ...) are
  // imported only when something refers to them.
  if (D.isImplicit())
    return;
  switch (D.getKind()) {
  case Decl::Record:
    importRecord(cast<RecordDecl>(D));
    return;
  case Decl::Enum:
    importEnum(cast<EnumDecl>(D));
    return;
  case Decl::Typedef:
  case Decl::TypeAlias:
    importTypedef(cast<TypedefNameDecl>(D));
    return;
  case Decl::Function:
    importFunction(cast<FunctionDecl>(D));
    return;
  case Decl::Var:
    importVar(cast<VarDecl>(D));
    return;
  case Decl::LinkageSpec:
    for (const Decl *Inner : cast<LinkageSpecDecl>(D).decls())
      importDecl(*Inner);
    return;
  // Declarations that never produce bindings.
  case Decl::StaticAssert:
  case Decl::FileScopeAsm:
  case Decl::Empty:
  case Decl::PragmaComment:
  case Decl::PragmaDetectMismatch:
  case Decl::TopLevelStmt:
  case Decl::EnumConstant:
  case Decl::Field:
  case Decl::IndirectField:
    return;
  default:
    break;
  }
  // A kind C headers do not normally contain (C++ or Objective-C): record it
  // visibly instead of dropping it silently.
  const auto *ND = dyn_cast<NamedDecl>(&D);
  if (!ND || ND->getName().empty())
    return;
  ir::Item I;
  I.Kind = ir::ItemKind::Typedef;
  I.Name = ND->getName().str();
  fillCommon(I, *ND);
  I.Skipped = ir::Skip{std::string("unsupported declaration kind '") +
                       D.getDeclKindName() + "'"};
  M.addItem(std::move(I));
}

ir::ItemId Importer::itemForTag(const TagDecl &TD) {
  const TagDecl *Canon = TD.getCanonicalDecl();
  auto It = DeclItems.find(Canon);
  if (It != DeclItems.end())
    return It->second;

  const TagDecl *Def = TD.getDefinition();
  const TagDecl &Named = Def ? *Def : TD;
  // The enclosing record is imported first; filling it may import this tag.
  ir::ItemId ParentId;
  // In C a tag defined inside a record belongs to the file scope, but
  // bindgen names it after the record it is written in, unless it was
  // first declared elsewhere.
  const DeclContext *ParentDC = Named.getDeclContext();
  const Decl *First = firstDecl(*Canon);
  if (Def && isa<RecordDecl>(Def->getLexicalDeclContext()) && First &&
      isa<RecordDecl>(First->getLexicalDeclContext()))
    ParentDC = Def->getLexicalDeclContext();
  if (const auto *ParentRD = dyn_cast<RecordDecl>(ParentDC)) {
    ParentId = itemForTag(*ParentRD);
    It = DeclItems.find(Canon);
    if (It != DeclItems.end())
      return It->second;
  }
  ir::Item I;
  I.Kind = isa<EnumDecl>(TD) ? ir::ItemKind::Enum : ir::ItemKind::Record;
  I.Name = Named.getName().str();
  if (I.Name.empty()) {
    if (const TypedefNameDecl *TDN = Named.getTypedefNameForAnonDecl())
      I.Name = TDN->getName().str();
    else
      I.IsAnonymous = true;
  }
  fillCommon(I, Named);
  I.Parent = ParentId;

  ir::Type Self;
  Self.Kind = isa<EnumDecl>(TD) ? ir::TypeKind::Enum : ir::TypeKind::Record;
  ir::ItemId Id = M.addItem(std::move(I));
  DeclItems[Canon] = Id;
  Self.Decl = Id;
  if (Def && !Def->isInvalidDecl()) {
    QualType QT = compat::tagDeclType(Ctx, Def);
    Self.Size = Ctx.getTypeSizeInChars(QT).getQuantity();
    Self.Align = Ctx.getTypeAlignInChars(QT).getQuantity();
  }
  ir::TypeId SelfId = M.addType(std::move(Self));
  M.item(Id).SelfType = SelfId;
  TypeCache[compat::tagDeclType(Ctx, Canon).getTypePtr()] = SelfId;

  if (const auto *ED = dyn_cast<EnumDecl>(&Named)) {
    ir::Enum E;
    QualType IntTy = ED->getIntegerType();
    if (IntTy.isNull())
      IntTy = Ctx.IntTy;
    E.Underlying = importType(IntTy.getCanonicalType().getTypePtr());
    E.IsComplete = ED->isComplete();
    for (const EnumConstantDecl *ECD : ED->enumerators()) {
      ir::Enumerator C;
      C.Name = ECD->getName().str();
      C.Value = ECD->getInitVal();
      C.Comment = commentFor(*ECD);
      ir::Annotations A = parseAnnotations(C.Comment);
      C.Hide = A.Hide;
      C.Constant = A.Constant;
      C.ReplacesName = std::move(A.ReplacesName);
      E.Constants.push_back(std::move(C));
    }
    M.item(Id).enm() = std::move(E);
    return Id;
  }

  const auto &RD = cast<RecordDecl>(Named);
  M.item(Id).rec().IsUnion = RD.isUnion();
  M.item(Id).rec().IsDeclaredInRecord =
      !StableOrder && !Def && isa<RecordDecl>(Canon->getLexicalDeclContext());
  if (Def && !Def->isInvalidDecl())
    fillRecord(cast<RecordDecl>(*Def), Id);
  return Id;
}

ir::ItemId Importer::importRecord(const RecordDecl &RD) {
  return itemForTag(RD);
}

ir::ItemId Importer::importEnum(const EnumDecl &ED) { return itemForTag(ED); }

void Importer::fillRecord(const RecordDecl &Def, ir::ItemId Id) {
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(&Def);
  ir::Record R;
  R.IsUnion = Def.isUnion();
  R.IsComplete = true;
  R.Layout.Size = Layout.getSize().getQuantity();
  R.Layout.Align = Layout.getAlignment().getQuantity();
  R.IsPacked = Def.hasAttr<PackedAttr>();
  if (const auto *MFA = Def.getAttr<MaxFieldAlignmentAttr>())
    R.MaxFieldAlign = MFA->getAlignment() / 8;
  if (unsigned MaxAlign = Def.getMaxAlignment())
    R.ExplicitAlign = MaxAlign / 8;
  R.HasFlexibleArray = Def.hasFlexibleArrayMember();

  // Nested tag declarations first become items in declaration order, so the
  // numbering of anonymous types follows the source.
  for (const Decl *D : Def.decls()) {
    if (const auto *Tag = dyn_cast<TagDecl>(D)) {
      itemForTag(*Tag);
      continue;
    }
    const auto *FD = dyn_cast<FieldDecl>(D);
    if (!FD)
      continue;
    ir::Field F;
    F.Name = FD->getName().str();
    F.Type = importDeclaredType(FD->getType(), FD->getTypeSourceInfo());
    F.BitOffset = Layout.getFieldOffset(FD->getFieldIndex());
    if (FD->isBitField())
      F.BitWidth = compat::bitWidthValue(*FD, Ctx);
    F.IsAnonymousRecord = FD->isAnonymousStructOrUnion();
    F.Comment = commentFor(*FD);
    F.Attributes = parseAnnotations(F.Comment).Attributes;
    F.Loc = location(FD->getLocation());
    R.Fields.push_back(std::move(F));
  }
  M.item(Id).rec() = std::move(R);
}

ir::ItemId Importer::importTypedef(const TypedefNameDecl &TD) {
  const Decl *Canon = TD.getCanonicalDecl();
  auto It = DeclItems.find(Canon);
  if (It != DeclItems.end())
    return It->second;

  ir::Item I;
  I.Kind = ir::ItemKind::Typedef;
  I.Name = TD.getName().str();
  fillCommon(I, TD);
  // A typedef may be repeated (C11); with StableOrder the spelling of the
  // one first by position is kept.
  const auto &Src = cast<TypedefNameDecl>(*firstDecl(TD));
  ir::TypeId SelfId = M.addType({});
  I.SelfType = SelfId;
  ir::ItemId Id = M.addItem(std::move(I));
  DeclItems[Canon] = Id;

  QualType Under = Src.getUnderlyingType();
  // `typedef struct {...} foo;` names the struct itself: the typedef adds
  // nothing, like `typedef struct foo foo;`.
  if (const TagDecl *Tag = Under->getAsTagDecl()) {
    if (Tag->getTypedefNameForAnonDecl() == &Src) {
      M.item(Id).Skipped =
          ir::Skip{"typedef names an anonymous type, which takes its name"};
    }
  }
  M.item(Id).tdef().Underlying =
      importDeclaredType(Under, Src.getTypeSourceInfo());
  M.item(Id).tdef().NamesItsTag = M.item(Id).Skipped.has_value();

  ir::Type &Self = M.type(SelfId);
  Self.Kind = ir::TypeKind::Typedef;
  Self.Decl = Id;
  QualType QT = compat::typedefDeclType(Ctx, &TD);
  if (!QT->isIncompleteType() && !QT->isFunctionType()) {
    Self.Size = Ctx.getTypeSizeInChars(QT).getQuantity();
    Self.Align = Ctx.getTypeAlignInChars(QT).getQuantity();
  }
  if (M.item(Id).Skipped)
    return Id;
  const ir::Type &UT = M.type(M.item(Id).tdef().Underlying.Type);
  if ((UT.Kind == ir::TypeKind::Record || UT.Kind == ir::TypeKind::Enum) &&
      M.item(UT.Decl).Name == M.item(Id).Name) {
    M.item(Id).Skipped = ir::Skip{"typedef has the name of its tag type"};
    M.item(Id).tdef().NamesItsTag = true;
  }
  return Id;
}

static bool isInlineAnywhere(const FunctionDecl &FD) {
  for (const FunctionDecl *R : FD.redecls())
    if (R->isInlined() || R->isInlineSpecified())
      return true;
  return false;
}

void Importer::importFunction(const FunctionDecl &FD) {
  const Decl *Canon = FD.getCanonicalDecl();
  if (DeclItems.count(Canon))
    return;
  const FunctionDecl &Latest = *FD.getMostRecentDecl();

  ir::Item I;
  I.Kind = ir::ItemKind::Function;
  I.Name = FD.getName().str();
  fillCommon(I, FD);
  ir::Function &F = I.fn();
  F.IsInline = isInlineAnywhere(FD);
  F.IsStatic =
      !Latest.isExternallyVisible() || Latest.getStorageClass() == SC_Static;
  F.IsDefinition = Latest.isThisDeclarationADefinition() ||
                   FD.isThisDeclarationADefinition();
  F.WarnUnusedResult = Latest.hasAttr<WarnUnusedResultAttr>();
  if (const auto *Label = Latest.getAttr<AsmLabelAttr>())
    F.LinkName = Label->getLabel().str();
  else if (Latest.hasAttr<OverloadableAttr>())
    // C's overloadable functions get C++'s mangled symbols (`_Z1fi`).
    F.LinkName = symbolName(Latest);
  F.IsOverloadable = Latest.hasAttr<OverloadableAttr>();

  // An inline or static function has no symbol: it is a visible skip, and
  // its signature is not needed (about 6,000 of them in the kernel's
  // bindings_helper.h) unless it may get a wrapper.
  bool Internal = !Latest.isExternallyVisible();
  bool BindInline = F.IsInline && !F.IsStatic && !Internal &&
                    GenerateInlineFunctions && !WrapCandidates;
  if ((F.IsInline && !BindInline) || F.IsStatic) {
    I.Skipped =
        ir::Skip{F.IsInline ? "inline function: it has no symbol to link "
                              "against"
                            : "static function: it has no symbol to link "
                              "against"};
    if (!WrapCandidates || !Internal) {
      DeclItems[Canon] = M.addItem(std::move(I));
      return;
    }
  }
  importFunctionSignature(FD, I.fn());
  ir::ItemId Id = M.addItem(std::move(I));
  DeclItems[Canon] = Id;
  if (WrapCandidates && Internal)
    WrapCandidates->push_back({&FD, Id});
}

std::string Importer::symbolName(const FunctionDecl &FD) {
  if (!NameGen)
    NameGen = std::make_unique<ASTNameGenerator>(Ctx);
  return NameGen->getName(&FD);
}

void Importer::importFunctionSignature(const FunctionDecl &FD,
                                       ir::Function &F) {
  const FunctionDecl &Latest = *FD.getMostRecentDecl();
  // The types as written in this declaration (Latest unless StableOrder).
  const FunctionDecl &Spelled = typeDecl(FD);
  const auto *FT = Spelled.getType()->getAs<FunctionType>();
  assert(FT && "a function declaration has a function type");
  F.Sig = importSignature(*FT);
  F.Sig.IsNoReturn = Latest.isNoReturn() || F.Sig.IsNoReturn;
  llvm::SmallVector<const Decl *, 4> Redecls;
  if (StableOrder)
    Redecls = redeclsByPosition(FD);
  else
    Redecls.assign(FD.redecls().begin(), FD.redecls().end());
  // Parameter names come from the first declaration that names them.
  for (unsigned Idx = 0; Idx < F.Sig.Params.size(); ++Idx) {
    for (const Decl *RD : Redecls) {
      const auto *R = cast<FunctionDecl>(RD);
      if (Idx >= R->getNumParams())
        break;
      llvm::StringRef Name = R->getParamDecl(Idx)->getName();
      if (Name.empty())
        continue;
      F.Sig.Params[Idx].Name = Name.str();
      break;
    }
    // Parameter types keep the spelling of the declaration (array params
    // decay to pointers, as C says).
    if (Idx < Spelled.getNumParams()) {
      const ParmVarDecl *PVD = Spelled.getParamDecl(Idx);
      F.Sig.Params[Idx].Type =
          importDeclaredType(PVD->getType(), PVD->getTypeSourceInfo());
      QualType Orig = PVD->getOriginalType();
      if (Orig->isArrayType())
        F.Sig.Params[Idx].ArrayBeforeDecay = importType(Orig.getTypePtr());
    }
  }
}

std::optional<ir::ConstValue> Importer::evaluateInit(const VarDecl &VD) {
  const VarDecl *InitDecl = nullptr;
  const Expr *Init = VD.getAnyInitializer(InitDecl);
  if (!Init || Init->isValueDependent())
    return std::nullopt;
  QualType T = VD.getType();
  ir::ConstValue V;
  V.Type = importQualType(T);
  if (const auto *SL = dyn_cast<StringLiteral>(Init->IgnoreParenImpCasts())) {
    // `const char *s = "..."`: like bindgen (through libclang's evaluator)
    // the value is the C string, up to its first NUL.
    if (SL->getCharByteWidth() != 1)
      return std::nullopt;
    V.K = ir::ConstValue::Kind::String;
    V.Str = SL->getBytes().str();
    V.Str = V.Str.substr(0, V.Str.find('\0'));
    return V;
  }
  if (T->isIntegralOrEnumerationType()) {
    Expr::EvalResult R;
    if (!Init->EvaluateAsInt(R, Ctx, Expr::SE_AllowUndefinedBehavior))
      return std::nullopt;
    V.K = T->isBooleanType() ? ir::ConstValue::Kind::Bool
                             : ir::ConstValue::Kind::Int;
    V.Int = R.Val.getInt();
    return V;
  }
  if (T->isRealFloatingType()) {
    llvm::APFloat F(0.0);
    if (!Init->EvaluateAsFloat(F, Ctx, Expr::SE_AllowUndefinedBehavior))
      return std::nullopt;
    bool LosesInfo = false;
    F.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
              &LosesInfo);
    V.K = ir::ConstValue::Kind::Float;
    V.Float = F.convertToDouble();
    return V;
  }
  return std::nullopt;
}

void Importer::importVar(const VarDecl &VD) {
  if (!VD.isFileVarDecl())
    return;
  const Decl *Canon = VD.getCanonicalDecl();
  if (DeclItems.count(Canon))
    return;
  const VarDecl &Latest = *VD.getMostRecentDecl();

  ir::Item I;
  I.Kind = ir::ItemKind::Var;
  I.Name = VD.getName().str();
  fillCommon(I, VD);
  const VarDecl &Spelled = typeDecl(VD);
  I.var().Type =
      importDeclaredType(Spelled.getType(), Spelled.getTypeSourceInfo());
  I.var().IsConst = Latest.getType().isConstQualified();
  I.var().IsExtern = Latest.isExternallyVisible();
  if (const auto *Label = Latest.getAttr<AsmLabelAttr>())
    I.var().LinkName = Label->getLabel().str();
  I.var().Init = evaluateInit(Latest);
  // Like bindgen, a variable with a constant initializer becomes a Rust
  // constant, and any other variable an extern static, whatever its
  // linkage.
  DeclItems[Canon] = M.addItem(std::move(I));
}

} // namespace kbindgen
