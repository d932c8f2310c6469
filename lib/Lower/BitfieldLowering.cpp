//===- BitfieldLowering.cpp - Bitfield storage units and accessors --------===//
//
// A run of adjacent bitfields becomes one byte array covering exactly the
// bytes Clang allocated to them. Accessors read and write each field at the
// bit offset Clang computed, so no ABI rule is re-implemented here.
//
//===----------------------------------------------------------------------===//

#include "BitfieldLowering.h"

namespace kbindgen {

BitfieldUnit collectBitfieldUnit(LowerContext &C,
                                 const std::vector<ir::Field> &Fields,
                                 size_t Begin, size_t &End, bool IsUnion) {
  BitfieldUnit U;
  uint64_t FirstBit = Fields[Begin].BitOffset;
  uint64_t StartBit = FirstBit / 8 * 8;
  uint64_t EndBit = StartBit;
  End = Begin;
  while (End < Fields.size() && Fields[End].BitWidth) {
    const ir::Field &F = Fields[End];
    unsigned Width = *F.BitWidth;
    ++End;
    if (Width == 0) {
      // `T : 0` only moves the next field to an allocation boundary; it
      // ends the run.
      if (End > Begin + 1)
        break;
      continue;
    }
    if (IsUnion && End > Begin + 1 && F.BitOffset == 0 && FirstBit == 0) {
      // Every member of a union starts at bit 0; they share the unit.
    }
    EndBit = std::max<uint64_t>(EndBit, F.BitOffset + Width);
    if (F.Name.empty())
      continue;
    BitfieldMember Mem;
    Mem.Name = escapeRustName(F.Name);
    Mem.CName = F.Name;
    Mem.Type = F.Type;
    Mem.BitInUnit = F.BitOffset - StartBit;
    Mem.Width = Width;
    U.Members.push_back(std::move(Mem));
  }
  U.StartByte = StartBit / 8;
  U.Bytes = (EndBit - StartBit + 7) / 8;
  return U;
}

/// The unsigned integer of the field type's size, used for the raw value.
static std::string rawIntType(const LowerContext &C, ir::TypeId T) {
  const ir::Type &Ty = C.M.type(C.M.canonical(T));
  uint64_t Size = Ty.Size ? Ty.Size : 4;
  if (Ty.Kind == ir::TypeKind::Primitive &&
      Ty.Primitive == ir::PrimitiveKind::Bool)
    return "u8";
  return "u" + std::to_string(Size * 8);
}

/// For a bitfield of a signed integer type narrower than the type, the
/// statement that sign-extends the raw value as C does (`int c : 10` holding
/// -300 reads -300, not 724); empty otherwise. rust-bindgen does not
/// (rust-lang/rust-bindgen#1160).
static std::string signExtension(const LowerContext &C, ir::TypeId T,
                                 unsigned Width) {
  const ir::Type *TyP = &C.M.type(C.M.canonical(T));
  // An enum bitfield is as signed as the enum's integer type (`enum e : 1`
  // of an enum with a negative enumerator reads -1).
  if (TyP->Kind == ir::TypeKind::Enum) {
    ir::TypeId U = C.M.item(TyP->Decl).enm().Underlying;
    if (!U.isValid())
      return "";
    TyP = &C.M.type(C.M.canonical(U));
  }
  const ir::Type &Ty = *TyP;
  if (Ty.Kind != ir::TypeKind::Primitive)
    return "";
  using PK = ir::PrimitiveKind;
  switch (Ty.Primitive) {
  case PK::SChar:
  case PK::Short:
  case PK::Int:
  case PK::Long:
  case PK::LongLong:
    break;
  case PK::Char: // signed on the targets whose C char is (x86)
    if (C.M.CharIsSigned)
      break;
    return "";
  default:
    return "";
  }
  uint64_t Bits = Ty.Size * 8;
  if (Bits == 0 || Width >= Bits)
    return "";
  std::string Shift = std::to_string(Bits - Width);
  return "let raw = ((raw as i" + std::to_string(Bits) + ") << " + Shift +
         ") >> " + Shift + ";";
}

rust::Item inlineMethod(const std::string &Name, bool Unsafe) {
  rust::Item F;
  F.K = rust::Item::Kind::Function;
  F.Name = Name;
  F.Unsafe = Unsafe;
  F.Attrs.push_back("#[inline]");
  return F;
}

void emitBitfieldAccessors(LowerContext &C, const std::string &Record,
                           const std::vector<BitfieldUnit> &Units,
                           bool InUnion) {
  std::string Mem = C.stdPath() + "::mem::transmute";
  std::string Ptr = C.stdPath() + "::ptr::";
  rust::Item Impl;
  Impl.K = rust::Item::Kind::Impl;
  Impl.Header = "impl " + Record;
  for (const BitfieldUnit &U : Units) {
    std::string Unit = "_bitfield_" + std::to_string(U.Index);
    std::string UnitTy =
        "__BindgenBitfieldUnit<[u8; " + std::to_string(U.Bytes) + "usize]>";
    for (const BitfieldMember &B : U.Members) {
      rust::TypeRef Ty = C.rustType(B.Type, LowerContext::Use::Field);
      std::string Raw = rawIntType(C, B.Type.Type);
      std::string Where = std::to_string(B.BitInUnit) + "usize, " +
                          std::to_string(B.Width) + "u8";

      rust::Item Get = inlineMethod(B.Name, false);
      Get.Params.push_back({"", rust::Type::path("&self")});
      Get.Ty = Ty;
      // A union's unit is a union field: reading it is unsafe.
      std::string Read = "self." + Unit + ".get(" + Where + ")";
      if (InUnion)
        Read = "unsafe { " + Read + " }";
      std::string Extend = signExtension(C, B.Type.Type, B.Width);
      Get.Body = {"let raw = " + Read + ";"};
      if (!Extend.empty())
        Get.Body.push_back(Extend);
      Get.Body.push_back("unsafe { " + Mem + "(raw as " + Raw + ") }");
      Impl.Children.push_back(Get);

      // Setters are named after the C name: `type` has `type_()` and
      // `set_type()`.
      rust::Item Set = inlineMethod("set_" + B.CName, false);
      Set.Params.push_back({"", rust::Type::path("&mut self")});
      Set.Params.push_back({"val", Ty});
      std::string Write = "self." + Unit + ".set(" + Where + ", raw as u64)";
      if (InUnion)
        Write = "unsafe { " + Write + " }";
      Set.Body = {"let raw: " + Raw + " = unsafe { " + Mem + "(val) };", Write};
      Impl.Children.push_back(Set);

      rust::Item RawGet = inlineMethod(B.Name + "_raw", true);
      RawGet.Params.push_back({"this", rust::Type::path("*const Self")});
      RawGet.Ty = Ty;
      RawGet.Body = {
          "let unit = unsafe { " + Ptr + "addr_of!((*this)." + Unit + ") };",
          "let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, " + Where +
              ") };"};
      if (!Extend.empty())
        RawGet.Body.push_back(Extend);
      RawGet.Body.push_back("unsafe { " + Mem + "(raw as " + Raw + ") }");
      Impl.Children.push_back(RawGet);

      rust::Item RawSet = inlineMethod("set_" + B.CName + "_raw", true);
      RawSet.Params.push_back({"this", rust::Type::path("*mut Self")});
      RawSet.Params.push_back({"val", Ty});
      RawSet.Body = {"let raw: " + Raw + " = unsafe { " + Mem + "(val) };",
                     "let unit = unsafe { " + Ptr + "addr_of_mut!((*this)." +
                         Unit + ") };",
                     "unsafe { __BindgenBitfieldUnit::raw_set(unit, " + Where +
                         ", raw as u64) }"};
      Impl.Children.push_back(RawSet);
    }

    // Like bindgen: no constructor for a unit without Default (above 32
    // bytes); the underscore name keeps unused_mut quiet for a unit whose
    // bitfields are all unnamed (`__u64 :64` in __bpf_md_ptr).
    if (U.Bytes > 32)
      continue;
    rust::Item New =
        inlineMethod("new_bitfield_" + std::to_string(U.Index), false);
    New.Ty = rust::Type::path(UnitTy);
    New.Body.push_back("let mut __bindgen_bitfield_unit: " + UnitTy +
                       " = Default::default();");
    for (const BitfieldMember &B : U.Members) {
      New.Params.push_back(
          {B.Name, C.rustType(B.Type, LowerContext::Use::Field)});
      std::string Raw = rawIntType(C, B.Type.Type);
      std::string Where = std::to_string(B.BitInUnit) + "usize, " +
                          std::to_string(B.Width) + "u8";
      std::string Let =
          "let raw: " + Raw + " = unsafe { " + Mem + "(" + B.Name + ") };";
      // The body sits 8 columns in; rustfmt opens the block when the
      // statement does not fit.
      if (8 + Let.size() <= 100) {
        New.Body.push_back(Let);
      } else {
        New.Body.push_back("let raw: " + Raw + " = unsafe {");
        New.Body.push_back("    " + Mem + "(" + B.Name + ")");
        New.Body.push_back("};");
      }
      New.Body.push_back("__bindgen_bitfield_unit.set(" + Where +
                         ", raw as u64);");
    }
    New.Body.push_back("__bindgen_bitfield_unit");
    Impl.Children.push_back(New);
  }
  C.emit(Impl);
}

} // namespace kbindgen
