//===- BitfieldLowering.cpp - Bitfield storage units and accessors --------===//
//
// A run of adjacent bitfields becomes one byte array covering exactly the
// bytes Clang allocated to them. Accessors read and write each field at the
// bit offset Clang computed, so no ABI rule is re-implemented here.
//
//===----------------------------------------------------------------------===//

#include "BitfieldLowering.h"
#include <optional>

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
/// -300 reads -300, not 724); none otherwise. rust-bindgen does not
/// (rust-lang/rust-bindgen#1160).
static std::optional<rust::Stmt> signExtension(const LowerContext &C,
                                               ir::TypeId T, unsigned Width) {
  const ir::Type *TyP = &C.M.type(C.M.canonical(T));
  // An enum bitfield is as signed as the enum's integer type (`enum e : 1`
  // of an enum with a negative enumerator reads -1).
  if (TyP->Kind == ir::TypeKind::Enum) {
    ir::TypeId U = C.M.item(TyP->Decl).enm().Underlying;
    if (!U.isValid())
      return std::nullopt;
    TyP = &C.M.type(C.M.canonical(U));
  }
  const ir::Type &Ty = *TyP;
  if (Ty.Kind != ir::TypeKind::Primitive)
    return std::nullopt;
  using PK = ir::PrimitiveKind;
  switch (Ty.Primitive) {
  case PK::SChar:
  case PK::Short:
  case PK::Int:
  case PK::Long:
  case PK::LongLong:
  case PK::Int128:
    break;
  case PK::Char: // signed on the targets whose C char is (x86)
    if (C.M.CharIsSigned)
      break;
    return std::nullopt;
  default:
    return std::nullopt;
  }
  uint64_t Bits = Ty.Size * 8;
  if (Bits == 0 || Width >= Bits)
    return std::nullopt;
  rust::ExprRef Shift = rust::atom(std::to_string(Bits - Width));
  rust::ExprRef Signed = rust::paren(rust::cast(
      rust::atom("raw"), rust::Type::path("i" + std::to_string(Bits))));
  return rust::let("raw",
                   rust::binary(rust::paren(rust::binary(Signed, "<<", Shift)),
                                ">>", Shift));
}

namespace {
/// The accessors of one bitfield and the pieces they are made of.
struct BitfieldAccessors {
  LowerContext &C;
  const BitfieldMember &B;
  std::string Unit; ///< `_bitfield_N`
  bool InUnion;
  rust::TypeRef Ty;  ///< The field's Rust type.
  rust::TypeRef Raw; ///< The unsigned integer of its size.
  std::string Mem;

  /// A run of the field's bits that the unit's 64-bit get/set move at
  /// once, and where that run sits in the value.
  struct Part {
    uint64_t Bit;
    unsigned Width;
    unsigned Shift;
  };
  /// One part, or two for a field wider than 64 bits (an `__int128`
  /// bitfield). The unit numbers a big-endian value from its top bit, so
  /// there the high part comes first.
  std::vector<Part> parts() const {
    if (B.Width <= 64)
      return {{B.BitInUnit, B.Width, 0}};
    unsigned High = B.Width - 64;
    if (C.M.IsBigEndian)
      return {{B.BitInUnit, High, 64}, {B.BitInUnit + High, 64, 0}};
    return {{B.BitInUnit, 64, 0}, {B.BitInUnit + 64, High, 64}};
  }
  /// `BIT usize, WIDTH u8`: where a part is in its unit.
  static std::vector<rust::ExprRef> where(const Part &P) {
    return {rust::atom(std::to_string(P.Bit) + "usize"),
            rust::atom(std::to_string(P.Width) + "u8")};
  }
  /// `let raw = GET;` from `Get(where)` of each part, or for two parts
  /// `let lo = GET as u128; let hi = GET as u128; let raw = lo | (hi << 64);`.
  template <typename GetFn>
  void readParts(std::vector<rust::Stmt> &Body, GetFn Get) const {
    std::vector<Part> Ps = parts();
    if (Ps.size() == 1) {
      Body.push_back(rust::let("raw", Get(where(Ps[0]))));
      return;
    }
    for (const Part &P : Ps)
      Body.push_back(
          rust::let(P.Shift ? "hi" : "lo",
                    rust::cast(Get(where(P)), rust::Type::path("u128"))));
    Body.push_back(rust::let(
        "raw", rust::binary(rust::atom("lo"), "|",
                            rust::paren(rust::binary(rust::atom("hi"), "<<",
                                                     rust::atom("64"))))));
  }
  /// `Set(where, value)` of each part, the value `raw as u64` or
  /// `(raw >> 64) as u64`.
  template <typename SetFn>
  std::vector<rust::ExprRef> writeParts(SetFn Set) const {
    std::vector<rust::ExprRef> Out;
    for (const Part &P : parts()) {
      rust::ExprRef R = rust::atom("raw");
      if (P.Shift)
        R = rust::paren(
            rust::binary(R, ">>", rust::atom(std::to_string(P.Shift))));
      std::vector<rust::ExprRef> Args = where(P);
      Args.push_back(rust::cast(R, rust::Type::path("u64")));
      Out.push_back(Set(std::move(Args)));
    }
    return Out;
  }
  /// The statements of `Sets`, the last one the tail.
  static void appendSets(std::vector<rust::Stmt> &Body,
                         std::vector<rust::ExprRef> Sets) {
    for (size_t I = 0; I + 1 < Sets.size(); ++I)
      Body.push_back(rust::semi(Sets[I]));
    Body.push_back(rust::tail(Sets.back()));
  }
  rust::ExprRef transmute(rust::ExprRef E) const {
    return rust::unsafeBlock(rust::call(Mem, {std::move(E)}));
  }
  /// `unsafe { transmute(raw as RAW) }`, after sign extension.
  void finishRead(std::vector<rust::Stmt> &Body) const {
    if (auto Extend = signExtension(C, B.Type.Type, B.Width))
      Body.push_back(*Extend);
    Body.push_back(rust::tail(transmute(rust::cast(rust::atom("raw"), Raw))));
  }
  /// `let raw: RAW = unsafe { transmute(val) };`
  rust::Stmt rawOf(const std::string &Val) const {
    return rust::let("raw", transmute(rust::atom(Val)), Raw);
  }
  /// A union's unit is a union field: reaching it is unsafe.
  rust::ExprRef inUnion(rust::ExprRef E) const {
    return InUnion ? rust::unsafeBlock(std::move(E)) : E;
  }

  rust::Item getter() const {
    rust::Item F = inlineMethod(B.Name, false);
    F.Params.push_back({"", rust::Type::path("&self")});
    F.Ty = Ty;
    readParts(F.Stmts, [&](auto Args) {
      return inUnion(rust::method(rust::field(rust::atom("self"), Unit), "get",
                                  std::move(Args)));
    });
    finishRead(F.Stmts);
    return F;
  }
  /// Setters are named after the C name: `type` has `type_()` and
  /// `set_type()`.
  rust::Item setter() const {
    rust::Item F = inlineMethod("set_" + B.CName, false);
    F.Params.push_back({"", rust::Type::path("&mut self")});
    F.Params.push_back({"val", Ty});
    F.Stmts = {rawOf("val")};
    appendSets(F.Stmts, writeParts([&](auto Args) {
                 return inUnion(
                     rust::method(rust::field(rust::atom("self"), Unit), "set",
                                  std::move(Args)));
               }));
    return F;
  }
  /// `unsafe { addr_of[_mut]!((*this)._bitfield_N) }`
  rust::Stmt unitOf(const std::string &AddrOf) const {
    rust::ExprRef Place =
        rust::field(rust::paren(rust::unary("*", rust::atom("this"))), Unit);
    return rust::let("unit", rust::unsafeBlock(rust::macroCall(
                                 C.stdPath() + "::ptr::" + AddrOf, {Place})));
  }
  rust::Item rawGetter() const {
    rust::Item F = inlineMethod(B.Name + "_raw", true);
    F.Params.push_back({"this", rust::Type::path("*const Self")});
    F.Ty = Ty;
    F.Stmts = {unitOf("addr_of")};
    readParts(F.Stmts, [](auto Args) {
      Args.insert(Args.begin(), rust::atom("unit"));
      return rust::unsafeBlock(
          rust::call("__BindgenBitfieldUnit::raw_get", std::move(Args)));
    });
    finishRead(F.Stmts);
    return F;
  }
  rust::Item rawSetter() const {
    rust::Item F = inlineMethod("set_" + B.CName + "_raw", true);
    F.Params.push_back({"this", rust::Type::path("*mut Self")});
    F.Params.push_back({"val", Ty});
    F.Stmts = {rawOf("val"), unitOf("addr_of_mut")};
    appendSets(F.Stmts, writeParts([](auto Args) {
                 Args.insert(Args.begin(), rust::atom("unit"));
                 return rust::unsafeBlock(rust::call(
                     "__BindgenBitfieldUnit::raw_set", std::move(Args)));
               }));
    return F;
  }
  /// The statements of `new_bitfield_N` that store this field.
  void store(std::vector<rust::Stmt> &Body) const {
    Body.push_back(rawOf(B.Name));
    for (rust::ExprRef &Set : writeParts([](auto Args) {
           return rust::method(rust::atom("__bindgen_bitfield_unit"), "set",
                               std::move(Args));
         }))
      Body.push_back(rust::semi(std::move(Set)));
  }
};
} // namespace

/// `new_bitfield_N(fields...) -> __BindgenBitfieldUnit<[u8; N]>`.
static rust::Item bitfieldConstructor(LowerContext &C, const BitfieldUnit &U,
                                      const std::string &Mem) {
  rust::TypeRef UnitTy = rust::Type::path("__BindgenBitfieldUnit<[u8; " +
                                          std::to_string(U.Bytes) + "usize]>");
  rust::Item New =
      inlineMethod("new_bitfield_" + std::to_string(U.Index), false);
  New.Ty = UnitTy;
  New.Stmts.push_back(rust::let("mut __bindgen_bitfield_unit",
                                rust::call("Default::default", {}), UnitTy));
  for (const BitfieldMember &B : U.Members) {
    rust::TypeRef Ty = C.rustType(B.Type, LowerContext::Use::Field);
    New.Params.push_back({B.Name, Ty});
    BitfieldAccessors A{
        C, B, "", false, Ty, rust::Type::path(rawIntType(C, B.Type.Type)), Mem};
    A.store(New.Stmts);
  }
  New.Stmts.push_back(rust::tail(rust::atom("__bindgen_bitfield_unit")));
  return New;
}

void emitBitfieldAccessors(LowerContext &C, const std::string &Record,
                           const std::vector<BitfieldUnit> &Units,
                           bool InUnion) {
  std::string Mem = C.stdPath() + "::mem::transmute";
  rust::Item Impl;
  Impl.K = rust::Item::Kind::Impl;
  Impl.Header = "impl " + Record;
  for (const BitfieldUnit &U : Units) {
    std::string Unit = "_bitfield_" + std::to_string(U.Index);
    for (const BitfieldMember &B : U.Members) {
      BitfieldAccessors A{C,
                          B,
                          Unit,
                          InUnion,
                          C.rustType(B.Type, LowerContext::Use::Field),
                          rust::Type::path(rawIntType(C, B.Type.Type)),
                          Mem};
      Impl.Children.push_back(A.getter());
      Impl.Children.push_back(A.setter());
      Impl.Children.push_back(A.rawGetter());
      Impl.Children.push_back(A.rawSetter());
    }
    // Like bindgen: no constructor for a unit without Default (above 32
    // bytes); the underscore name keeps unused_mut quiet for a unit whose
    // bitfields are all unnamed (`__u64 :64` in __bpf_md_ptr).
    if (U.Bytes <= 32)
      Impl.Children.push_back(bitfieldConstructor(C, U, Mem));
  }
  C.emit(Impl);
}

} // namespace kbindgen
