//===- Importer.h - Clang AST to kbindgen IR --------------------*- C++ -*-===//
//
// Walks the translation unit in source order and records every declaration
// kbindgen may emit. Clang pointers stay in here; the IR gets ids.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_IMPORTER_H
#define KBINDGEN_LIB_FRONTEND_IMPORTER_H

#include "kbindgen/IR/IR.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include <vector>

namespace kbindgen {

class Importer {
public:
  Importer(clang::ASTContext &Ctx, ir::Module &M) : Ctx(Ctx), M(M) {}

  /// Imports every top-level declaration of the translation unit.
  void importTranslationUnit(const clang::TranslationUnitDecl &TU);

  ir::QualType importQualType(clang::QualType QT);
  ir::FunctionSig importSignature(const clang::FunctionType &FT);
  ir::TypeId importType(const clang::Type *T);
  ir::Location location(clang::SourceLocation Loc) const;
  /// Loc's position: its file's real path and the offset of its expansion
  /// location, which the include order does not change.
  ir::SourcePos position(clang::SourceLocation Loc) const;

  /// --stable-anon-names: where a declaration has several redeclarations,
  /// the one first by position (not the one first met) gives the item its
  /// location, comment, parameter names and type spelling, so that the
  /// include order does not change them.
  bool StableOrder = false;

  /// --generate-inline-functions: an `inline` function with external
  /// linkage is bound like any other (unless it may get a wrapper).
  bool GenerateInlineFunctions = false;

  /// A function with internal linkage and its item.
  struct WrapCandidate {
    const clang::FunctionDecl *Decl;
    ir::ItemId Id;
  };
  /// When set, functions with internal linkage get their signature imported
  /// and are listed here in source order (--wrap-static-fns).
  std::vector<WrapCandidate> *WrapCandidates = nullptr;

private:
  void importDecl(const clang::Decl &D);
  ir::ItemId importRecord(const clang::RecordDecl &RD);
  void fillRecord(const clang::RecordDecl &Def, ir::ItemId Id);
  ir::ItemId importEnum(const clang::EnumDecl &ED);
  ir::ItemId importTypedef(const clang::TypedefNameDecl &TD);
  void importFunction(const clang::FunctionDecl &FD);
  void importFunctionSignature(const clang::FunctionDecl &FD, ir::Function &F);
  void importVar(const clang::VarDecl &VD);

  /// Imports a declared type, keeping the parameter names written in a
  /// function (pointer) type, which Clang's uniqued types do not carry.
  ir::QualType importDeclaredType(clang::QualType QT,
                                  const clang::TypeSourceInfo *TSI);
  ir::QualType withParamNames(ir::QualType Out, const clang::TypeLoc &TL);

  ir::TypeId importBuiltin(const clang::BuiltinType &BT);
  ir::TypeId importFunctionType(const clang::FunctionType &FT);
  ir::TypeId makeOpaque(const clang::Type *T, llvm::StringRef Why);
  ir::ItemId itemForTag(const clang::TagDecl &TD);

  void fillCommon(ir::Item &I, const clang::NamedDecl &D);
  /// D's redeclarations in translation-unit order; with StableOrder, those
  /// every include order has, by position (ties in translation-unit order).
  llvm::SmallVector<const clang::Decl *, 4>
  redeclsByPosition(const clang::Decl &D) const;
  /// With StableOrder, the first of redeclsByPosition (none for a tag only
  /// ever mentioned); else D.
  const clang::Decl *firstDecl(const clang::Decl &D) const;
  /// With StableOrder, the redeclaration of D first by position among those
  /// of the same type as D's most recent one (which has the composite type
  /// of them all); else the most recent.
  template <typename DeclT> const DeclT &typeDecl(const DeclT &D) const;
  std::string commentFor(const clang::Decl &D) const;
  std::optional<ir::ConstValue> evaluateInit(const clang::VarDecl &VD);
  /// The symbol Clang gives FD (mangled for an overloadable function).
  std::string symbolName(const clang::FunctionDecl &FD);

  clang::ASTContext &Ctx;
  std::unique_ptr<clang::ASTNameGenerator> NameGen; ///< Made on first use.
  ir::Module &M;
  llvm::DenseMap<const clang::Decl *, ir::ItemId> DeclItems;
  llvm::DenseMap<const clang::Type *, ir::TypeId> TypeCache;
  llvm::DenseMap<const clang::Decl *, bool> Filled;
  mutable llvm::DenseMap<clang::FileID, llvm::StringRef> RealPaths;
};

/// Parses bindgen's `<div rustbindgen ...>` annotations out of a comment.
ir::Annotations parseAnnotations(llvm::StringRef Comment);

/// Turns a raw C comment into its text lines, without delimiters.
std::string cleanComment(llvm::StringRef Raw);

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_IMPORTER_H
