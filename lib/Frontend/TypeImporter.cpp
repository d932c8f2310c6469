//===- TypeImporter.cpp - Clang types into IR types -----------------------===//

#include "Importer.h"
#include "clang/AST/Attr.h"
#include "clang/AST/TypeLoc.h"

using namespace clang;

namespace kbindgen {

ir::QualType Importer::importQualType(QualType QT) {
  ir::QualType Out;
  if (QT.isNull()) {
    Out.Type = makeOpaque(nullptr, "null type");
    return Out;
  }
  Out.IsConst = QT.isConstQualified();
  Out.Type = importType(QT.getTypePtr());
  return Out;
}

ir::QualType Importer::importDeclaredType(QualType QT,
                                          const TypeSourceInfo *TSI) {
  ir::QualType Out = importQualType(QT);
  if (!TSI)
    return Out;
  return withParamNames(Out, TSI->getTypeLoc());
}

ir::QualType Importer::withParamNames(ir::QualType Out, const TypeLoc &TL) {
  if (!Out.Type.isValid())
    return Out;
  if (auto PTL = TL.getAsAdjusted<PointerTypeLoc>()) {
    ir::Type Copy = M.type(Out.Type);
    if (Copy.Kind != ir::TypeKind::Pointer)
      return Out;
    ir::QualType Pointee = withParamNames(Copy.Pointee, PTL.getPointeeLoc());
    if (Pointee.Type == Copy.Pointee.Type)
      return Out;
    Copy.Pointee = Pointee;
    Out.Type = M.addType(std::move(Copy));
    return Out;
  }
  auto FTL = TL.getAsAdjusted<FunctionProtoTypeLoc>();
  if (!FTL)
    return Out;
  ir::Type Copy = M.type(Out.Type);
  if (Copy.Kind != ir::TypeKind::Function)
    return Out;
  bool Named = false;
  for (unsigned I = 0; I < FTL.getNumParams(); ++I) {
    const ParmVarDecl *P = FTL.getParam(I);
    if (!P || P->getName().empty() || I >= Copy.Function.Params.size())
      continue;
    Copy.Function.Params[I].Name = P->getName().str();
    Named = true;
  }
  if (!Named)
    return Out;
  Out.Type = M.addType(std::move(Copy));
  return Out;
}

ir::TypeId Importer::makeOpaque(const Type *T, llvm::StringRef Why) {
  ir::Type Out;
  Out.Kind = ir::TypeKind::Opaque;
  if (T && !T->isIncompleteType() && !T->isDependentType() &&
      !T->isFunctionType()) {
    Out.Size = Ctx.getTypeSizeInChars(T).getQuantity();
    Out.Align = Ctx.getTypeAlignInChars(T).getQuantity();
  }
  Out.Spelling = (T ? QualType(T, 0).getAsString() : std::string("<null>")) +
                 " (" + Why.str() + ")";
  return M.addType(std::move(Out));
}

static ir::PrimitiveKind primitiveKind(BuiltinType::Kind K, bool &Known) {
  Known = true;
  switch (K) {
  case BuiltinType::Void:
    return ir::PrimitiveKind::Void;
  case BuiltinType::Bool:
    return ir::PrimitiveKind::Bool;
  case BuiltinType::Char_S:
  case BuiltinType::Char_U:
    return ir::PrimitiveKind::Char;
  case BuiltinType::SChar:
    return ir::PrimitiveKind::SChar;
  case BuiltinType::UChar:
    return ir::PrimitiveKind::UChar;
  case BuiltinType::Short:
    return ir::PrimitiveKind::Short;
  case BuiltinType::UShort:
    return ir::PrimitiveKind::UShort;
  case BuiltinType::Int:
    return ir::PrimitiveKind::Int;
  case BuiltinType::UInt:
    return ir::PrimitiveKind::UInt;
  case BuiltinType::Long:
    return ir::PrimitiveKind::Long;
  case BuiltinType::ULong:
    return ir::PrimitiveKind::ULong;
  case BuiltinType::LongLong:
    return ir::PrimitiveKind::LongLong;
  case BuiltinType::ULongLong:
    return ir::PrimitiveKind::ULongLong;
  case BuiltinType::Int128:
    return ir::PrimitiveKind::Int128;
  case BuiltinType::UInt128:
    return ir::PrimitiveKind::UInt128;
  case BuiltinType::Float:
    return ir::PrimitiveKind::Float;
  case BuiltinType::Double:
    return ir::PrimitiveKind::Double;
  case BuiltinType::LongDouble:
    return ir::PrimitiveKind::LongDouble;
  case BuiltinType::Float128:
    return ir::PrimitiveKind::Float128;
  case BuiltinType::Half:
  case BuiltinType::Float16:
    return ir::PrimitiveKind::Half;
  case BuiltinType::WChar_S:
  case BuiltinType::WChar_U:
    return ir::PrimitiveKind::WChar;
  case BuiltinType::Char16:
    return ir::PrimitiveKind::Char16;
  case BuiltinType::Char32:
    return ir::PrimitiveKind::Char32;
  default:
    Known = false;
    return ir::PrimitiveKind::Void;
  }
}

ir::TypeId Importer::importBuiltin(const BuiltinType &BT) {
  bool Known = false;
  ir::PrimitiveKind K = primitiveKind(BT.getKind(), Known);
  if (!Known)
    return makeOpaque(&BT, "unsupported builtin type");
  ir::Type Out;
  Out.Kind = ir::TypeKind::Primitive;
  Out.Primitive = K;
  if (K != ir::PrimitiveKind::Void) {
    Out.Size = Ctx.getTypeSizeInChars(&BT).getQuantity();
    Out.Align = Ctx.getTypeAlignInChars(&BT).getQuantity();
  }
  return M.addType(std::move(Out));
}

static ir::CallConv callConv(CallingConv CC) {
  switch (CC) {
  case CC_C:
    return ir::CallConv::C;
  case CC_X86StdCall:
    return ir::CallConv::Stdcall;
  case CC_X86FastCall:
    return ir::CallConv::Fastcall;
  case CC_X86VectorCall:
    return ir::CallConv::Vectorcall;
  case CC_X86ThisCall:
    return ir::CallConv::Thiscall;
  case CC_Win64:
    return ir::CallConv::Win64;
  case CC_X86_64SysV:
    return ir::CallConv::SysV;
  default:
    return ir::CallConv::Other;
  }
}

ir::FunctionSig Importer::importSignature(const FunctionType &FT) {
  ir::FunctionSig Sig;
  Sig.Return = importQualType(FT.getReturnType());
  Sig.IsNoReturn = FT.getNoReturnAttr();
  Sig.Conv = callConv(FT.getCallConv());
  if (const auto *FPT = dyn_cast<FunctionProtoType>(&FT)) {
    for (QualType P : FPT->param_types()) {
      ir::Param Out{"", importQualType(P), {}};
      if (const auto *DT = dyn_cast<DecayedType>(P.getTypePtr()))
        if (DT->getOriginalType()->isArrayType())
          Out.ArrayBeforeDecay = importType(DT->getOriginalType().getTypePtr());
      Sig.Params.push_back(std::move(Out));
    }
    Sig.IsVariadic = FPT->isVariadic();
  } else {
    Sig.HasPrototype = false;
  }
  return Sig;
}

ir::TypeId Importer::importFunctionType(const FunctionType &FT) {
  ir::Type Out;
  Out.Kind = ir::TypeKind::Function;
  Out.Function = importSignature(FT);
  return M.addType(std::move(Out));
}

ir::TypeId Importer::importType(const Type *T) {
  auto Cached = TypeCache.find(T);
  if (Cached != TypeCache.end())
    return Cached->second;

  ir::TypeId Id;
  switch (T->getTypeClass()) {
  case Type::Builtin:
    Id = importBuiltin(*cast<BuiltinType>(T));
    break;
  case Type::Pointer: {
    ir::Type Out;
    Out.Kind = ir::TypeKind::Pointer;
    Out.Pointee = importQualType(cast<PointerType>(T)->getPointeeType());
    Out.Size = Ctx.getTypeSizeInChars(T).getQuantity();
    Out.Align = Ctx.getTypeAlignInChars(T).getQuantity();
    Id = M.addType(std::move(Out));
    break;
  }
  case Type::ConstantArray: {
    const auto *CAT = cast<ConstantArrayType>(T);
    ir::Type Out;
    Out.Kind = ir::TypeKind::Array;
    Out.Element = importType(CAT->getElementType().getTypePtr());
    Out.ArraySize = CAT->getSize().getZExtValue();
    if (!T->isIncompleteType()) {
      Out.Size = Ctx.getTypeSizeInChars(T).getQuantity();
      Out.Align = Ctx.getTypeAlignInChars(T).getQuantity();
    }
    Id = M.addType(std::move(Out));
    break;
  }
  case Type::IncompleteArray: {
    ir::Type Out;
    Out.Kind = ir::TypeKind::IncompleteArray;
    QualType Elem = cast<IncompleteArrayType>(T)->getElementType();
    Out.Element = importType(Elem.getTypePtr());
    if (!Elem->isIncompleteType())
      Out.Align = Ctx.getTypeAlignInChars(Elem).getQuantity();
    Id = M.addType(std::move(Out));
    break;
  }
  case Type::FunctionProto:
  case Type::FunctionNoProto:
    Id = importFunctionType(*cast<FunctionType>(T));
    break;
  case Type::Record:
  case Type::Enum: {
    ir::ItemId Item = itemForTag(*cast<TagType>(T)->getDecl());
    Id = M.item(Item).SelfType;
    break;
  }
  case Type::Typedef: {
    ir::ItemId Item = importTypedef(*cast<TypedefType>(T)->getDecl());
    Id = M.item(Item).SelfType;
    break;
  }
  case Type::Complex: {
    ir::Type Out;
    Out.Kind = ir::TypeKind::Complex;
    Out.Element =
        importType(cast<ComplexType>(T)->getElementType().getTypePtr());
    Out.Size = Ctx.getTypeSizeInChars(T).getQuantity();
    Out.Align = Ctx.getTypeAlignInChars(T).getQuantity();
    Id = M.addType(std::move(Out));
    break;
  }
  case Type::Vector:
  case Type::ExtVector: {
    const auto *VT = cast<VectorType>(T);
    ir::Type Out;
    Out.Kind = ir::TypeKind::Vector;
    Out.Element = importType(VT->getElementType().getTypePtr());
    Out.ArraySize = VT->getNumElements();
    Out.Size = Ctx.getTypeSizeInChars(T).getQuantity();
    Out.Align = Ctx.getTypeAlignInChars(T).getQuantity();
    Id = M.addType(std::move(Out));
    break;
  }
  case Type::Atomic:
    // `_Atomic(T)` has T's representation on every target kbindgen knows;
    // Rust has no atomic FFI type, so the value type stands for it.
    Id = importType(cast<AtomicType>(T)->getValueType().getTypePtr());
    break;
  case Type::Attributed: {
    // The modified type keeps the spelling; a calling convention lives only
    // in the equivalent type (`void (__stdcall *)(void)`).
    const auto *AT = cast<AttributedType>(T);
    QualType Inner =
        AT->isCallingConv() ? AT->getEquivalentType() : AT->getModifiedType();
    Id = importType(Inner.getTypePtr());
    break;
  }
  default:
    if (QualType Inner = T->getLocallyUnqualifiedSingleStepDesugaredType();
        Inner.getTypePtr() != T) {
      Id = importType(Inner.getTypePtr());
      break;
    }
    Id = makeOpaque(T, std::string("unsupported type class '") +
                           T->getTypeClassName() + "'");
    break;
  }
  TypeCache[T] = Id;
  return Id;
}

} // namespace kbindgen
