//===- TypeLowering.cpp - C types to Rust types ---------------------------===//

#include "LowerContext.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

namespace kbindgen {

std::string LowerContext::ctype(llvm::StringRef Name) const {
  if (!Opts.CtypesPrefix.empty())
    return Opts.CtypesPrefix + "::" + Name.str();
  if (Opts.UseCore)
    return "::core::ffi::" + Name.str();
  return "::std::os::raw::" + Name.str();
}

bool LowerContext::isVoid(ir::TypeId T) const {
  const ir::Type &Ty = M.type(M.canonical(T));
  return Ty.Kind == ir::TypeKind::Primitive &&
         Ty.Primitive == ir::PrimitiveKind::Void;
}

std::optional<std::string>
LowerContext::sizeTypeAlias(llvm::StringRef Name) const {
  // The fixed-width typedefs of <stdint.h> are Rust primitives.
  static const std::pair<const char *, const char *> Fixed[] = {
      {"int8_t", "i8"},    {"uint8_t", "u8"},  {"int16_t", "i16"},
      {"uint16_t", "u16"}, {"int32_t", "i32"}, {"uint32_t", "u32"},
      {"int64_t", "i64"},  {"uint64_t", "u64"}};
  for (const auto &[C, R] : Fixed)
    if (Name == C)
      return std::string(R);
  if (!Opts.SizeTIsUsize)
    return std::nullopt;
  if (Name == "size_t" || Name == "uintptr_t")
    return std::string("usize");
  if (Name == "ssize_t" || Name == "intptr_t" || Name == "ptrdiff_t")
    return std::string("isize");
  return std::nullopt;
}

rust::TypeRef LowerContext::primitiveType(ir::PrimitiveKind K, Use U) {
  using PK = ir::PrimitiveKind;
  switch (K) {
  case PK::Void:
    if (U == Use::Return)
      return nullptr;
    return ctypeRef("c_void");
  case PK::Bool:
    return rust::Type::path("bool");
  case PK::Char:
    return ctypeRef("c_char");
  case PK::SChar:
    return ctypeRef("c_schar");
  case PK::UChar:
    return ctypeRef("c_uchar");
  case PK::Short:
    return ctypeRef("c_short");
  case PK::UShort:
    return ctypeRef("c_ushort");
  case PK::Int:
    return ctypeRef("c_int");
  case PK::UInt:
    return ctypeRef("c_uint");
  case PK::Long:
    return ctypeRef("c_long");
  case PK::ULong:
    return ctypeRef("c_ulong");
  case PK::LongLong:
    return ctypeRef("c_longlong");
  case PK::ULongLong:
    return ctypeRef("c_ulonglong");
  case PK::Int128:
    return rust::Type::path("i128");
  case PK::UInt128:
    return rust::Type::path("u128");
  case PK::Float:
    return Opts.ConvertFloats ? rust::Type::path("f32") : ctypeRef("c_float");
  case PK::Double:
    return Opts.ConvertFloats ? rust::Type::path("f64") : ctypeRef("c_double");
  case PK::LongDouble:
  case PK::Float128:
    // No Rust type has x87's or IEEE quad's representation; bindgen uses an
    // integer of the same size.
    return rust::Type::path("u128");
  case PK::Half:
    need(Helper::Float16);
    return rust::Type::path("__BindgenFloat16");
  case PK::WChar:
    return ctypeRef("c_int");
  case PK::Char16:
    return rust::Type::path("u16");
  case PK::Char32:
    return rust::Type::path("u32");
  }
  return ctypeRef("c_void");
}

rust::TypeRef LowerContext::paramType(const ir::Param &P) {
  if (!Opts.UseArrayPointersInArguments || !P.ArrayBeforeDecay.isValid())
    return rustType(P.Type, Use::Param);
  // `int a[20]` as `*mut [c_int; 20usize]`, const when the elements are.
  const ir::Type &Decayed = M.type(P.Type.Type);
  bool Const = Decayed.Kind == ir::TypeKind::Pointer && Decayed.Pointee.IsConst;
  return rust::Type::ptr(rustType(P.ArrayBeforeDecay, Use::Pointee), !Const);
}

std::optional<std::string>
LowerContext::abiOverride(llvm::StringRef CName) const {
  for (const Options::AbiOverride &O : Opts.AbiOverrides)
    if (O.Re.matches(CName))
      return O.Abi;
  return std::nullopt;
}

std::string rustAbiName(ir::CallConv CC) {
  switch (CC) {
  case ir::CallConv::Stdcall:
    return "stdcall";
  case ir::CallConv::Fastcall:
    return "fastcall";
  case ir::CallConv::Vectorcall:
    return "vectorcall";
  case ir::CallConv::Thiscall:
    return "thiscall";
  case ir::CallConv::Win64:
    return "win64";
  case ir::CallConv::SysV:
    return "sysv64";
  case ir::CallConv::C:
  case ir::CallConv::Other:
    return "C";
  }
  llvm_unreachable("a calling convention without a Rust ABI name");
}

rust::TypeRef LowerContext::fnPointer(const ir::FunctionSig &Sig) {
  auto F = std::make_shared<rust::Type>();
  F->K = rust::Type::Kind::FnPtr;
  unsigned Index = 0;
  for (const ir::Param &P : Sig.Params) {
    ++Index;
    std::string N =
        P.Name.empty() ? "arg" + std::to_string(Index) : escapeRustName(P.Name);
    F->Params.push_back({N, paramType(P)});
  }
  F->Variadic = Sig.IsVariadic;
  if (Sig.IsNoReturn && Opts.FunctionAttributeDetection)
    F->Ret = rust::Type::never();
  else
    F->Ret = rustType(Sig.Return, Use::Return);
  F->Abi = rustAbiName(Sig.Conv);
  return rust::Type::path(optionPath(), {F});
}

rust::TypeRef LowerContext::longDoubleType(uint64_t Size, uint64_t Align) {
  // By its size on the target, as bindgen does: f32 or f64 where it is a
  // float or a double (32-bit Arm), u128 where it has 16 bytes (x87's padded
  // 80 bits, IEEE quad, IBM double-double). Any other size (i686's 12 bytes,
  // 4-aligned) is an integer array of that size and alignment, where
  // bindgen's f64 would be 4 bytes short.
  if (Size == 4)
    return rust::Type::path("f32");
  if (Size == 8)
    return rust::Type::path("f64");
  if (Size == 16)
    return rust::Type::path("u128");
  return blob(Size, Align);
}

/// Whether T is a `long double` that longDoubleType makes a blob of: C
/// passes it as a float (i686: on the stack, returned in st(0)), Rust passes
/// the array in memory and returns it through a hidden pointer (and warns
/// that it is not FFI-safe).
static bool isBlobLongDouble(const ir::Module &M, ir::TypeId T) {
  const ir::Type &Ty = M.type(M.canonical(T));
  return Ty.Kind == ir::TypeKind::Primitive &&
         Ty.Primitive == ir::PrimitiveKind::LongDouble && Ty.Size != 4 &&
         Ty.Size != 8 && Ty.Size != 16;
}

std::optional<std::string>
LowerContext::unpassableSignature(const ir::FunctionSig &Sig) {
  auto Why = [&](llvm::StringRef What, ir::TypeId T) {
    return (What + " is 'long double', " +
            llvm::Twine(M.type(M.canonical(T)).Size) +
            " bytes on the target: no Rust type is passed as C passes it")
        .str();
  };
  if (isBlobLongDouble(M, Sig.Return.Type))
    return Why("its return type", Sig.Return.Type);
  for (const ir::Param &P : Sig.Params)
    if (isBlobLongDouble(M, P.Type.Type))
      return Why("a parameter", P.Type.Type);
  return std::nullopt;
}

rust::TypeRef LowerContext::blob(uint64_t Size, uint64_t Align) {
  // bindgen sizes a blob in units of its alignment; 8-byte alignment is a
  // byte array in `__BindgenOpaqueArray8`, as u64 is not 8-aligned
  // everywhere.
  // Only a whole number of 8-byte units: a blob of 31 bytes aligned to 8
  // would be 32 bytes long in Rust.
  if (Align >= 8 && Size % 8 == 0 && !Opts.Bindgen060) {
    need(Helper::OpaqueArray8);
    return rust::Type::path(
        "__BindgenOpaqueArray8",
        {rust::Type::array(rust::Type::path("u8"), usizeLit(Size))});
  }
  // The widest unsigned integer that the alignment allows and the size is
  // a multiple of: u32 at most (bindgen 0.60: u64, and bytes above 8).
  uint64_t MaxUnit = Opts.Bindgen060 ? (Align > 8 ? 1 : 8) : 4;
  uint64_t UnitSize = std::min<uint64_t>(std::max<uint64_t>(Align, 1), MaxUnit);
  while (Size % UnitSize)
    UnitSize /= 2;
  std::string Unit = "u" + std::to_string(UnitSize * 8);
  uint64_t Len = Size / UnitSize;
  if (Len == 1)
    return rust::Type::path(Unit);
  return rust::Type::array(rust::Type::path(Unit), usizeLit(Len));
}

rust::TypeRef LowerContext::rustType(ir::QualType QT, Use U) {
  const ir::Type &T = M.type(QT.Type);
  switch (T.Kind) {
  case ir::TypeKind::Primitive:
    if (T.Primitive == ir::PrimitiveKind::LongDouble)
      return longDoubleType(T.Size, T.Align);
    return primitiveType(T.Primitive, U);
  case ir::TypeKind::Pointer: {
    const ir::Type &Pointee = M.type(T.Pointee.Type);
    // A pointer to a function is a nullable function pointer; a pointer to a
    // typedef of a function type is that typedef, which already is one.
    if (Pointee.Kind == ir::TypeKind::Function)
      return fnPointer(Pointee.Function);
    if (Pointee.Kind == ir::TypeKind::Typedef &&
        M.type(M.canonical(T.Pointee.Type)).Kind == ir::TypeKind::Function)
      return rustType(T.Pointee.Type, Use::Alias);
    return rust::Type::ptr(rustType(T.Pointee, Use::Pointee),
                           !T.Pointee.IsConst);
  }
  case ir::TypeKind::Array: {
    rust::TypeRef Elem = rustType(T.Element, Use::Element);
    if (T.ArraySize == 0 && U == Use::Field) {
      need(Helper::IncompleteArray);
      return rust::Type::path("__IncompleteArrayField", {Elem});
    }
    return rust::Type::array(Elem, usizeLit(T.ArraySize));
  }
  case ir::TypeKind::IncompleteArray: {
    rust::TypeRef Elem = rustType(T.Element, Use::Element);
    if (U == Use::Field) {
      need(Helper::IncompleteArray);
      return rust::Type::path("__IncompleteArrayField", {Elem});
    }
    if (U == Use::Param)
      return rust::Type::ptr(Elem, true);
    return rust::Type::array(Elem, usizeLit(0));
  }
  case ir::TypeKind::Function:
    return fnPointer(T.Function);
  case ir::TypeKind::Record:
  case ir::TypeKind::Enum: {
    if (T.Kind == ir::TypeKind::Enum &&
        enumStyle(T.Decl) == EnumStyle::ModuleConsts)
      return rust::Type::path(qualifiedName(T.Decl) + "::Type");
    return rust::Type::path(qualifiedName(T.Decl));
  }
  case ir::TypeKind::Typedef: {
    const ir::Item &I = M.item(T.Decl);
    // `typedef void VOID;` returns nothing.
    if (U == Use::Return && isVoid(QT.Type))
      return nullptr;
    if (auto Prim = sizeTypeAlias(I.Name))
      return rust::Type::path(*Prim);
    // A typedef that was folded into its tag type names that type; one
    // whose name a tag has is spelled out.
    if (isSkipped(T.Decl) || isShadowedTypedef(T.Decl))
      return rustType(I.tdef().Underlying, U);
    return rust::Type::path(qualifiedName(T.Decl));
  }
  case ir::TypeKind::VaList:
    return rust::Type::path(name(T.Decl));
  case ir::TypeKind::Complex: {
    need(Helper::Complex);
    // bindgen has no 128-bit float: `long double _Complex` is made of f64.
    const ir::Type &E = M.type(M.canonical(T.Element));
    if (E.Kind == ir::TypeKind::Primitive &&
        (E.Primitive == ir::PrimitiveKind::LongDouble ||
         E.Primitive == ir::PrimitiveKind::Float128))
      return rust::Type::path("__BindgenComplex", {rust::Type::path("f64")});
    return rust::Type::path("__BindgenComplex",
                            {rustType(T.Element, Use::Element)});
  }
  case ir::TypeKind::Vector:
    return rust::Type::array(rustType(T.Element, Use::Element),
                             usizeLit(T.ArraySize));
  case ir::TypeKind::Opaque:
    if (T.Size == 0)
      return ctypeRef("c_void");
    return blob(T.Size, T.Align);
  }
  return ctypeRef("c_void");
}

} // namespace kbindgen
