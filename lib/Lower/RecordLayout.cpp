//===- RecordLayout.cpp - Rust representations of C record layouts --------===//
//
// Fields are placed where Clang's ASTRecordLayout put them. The bindgen
// representation is built first and Rust's own layout of it simulated
// (repr(C), packed(N), align(N), E0587 and E0588); where it differs from
// Clang's, the record is rebuilt with explicit padding and byte storage for
// the fields no repr can place (see RecordLayout.h).
//
//===----------------------------------------------------------------------===//

#include "RecordLayout.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MathExtras.h"
#include <array>

namespace kbindgen {

//===----------------------------------------------------------------------===//
// Rust layouts of lowered types
//===----------------------------------------------------------------------===//

/// The layout of `LowerContext::blob(Size, Align)`.
static RustLayout blobLayout(const Options &Opts, uint64_t Size,
                             uint64_t Align) {
  if (Align >= 8 && Size % 8 == 0 && !Opts.Bindgen060)
    return {Size, 8, /*HasAlignAttr=*/true}; // __BindgenOpaqueArray8
  uint64_t MaxUnit = Opts.Bindgen060 ? (Align > 8 ? 1 : 8) : 4;
  uint64_t Unit = std::min<uint64_t>(std::max<uint64_t>(Align, 1), MaxUnit);
  while (Size % Unit)
    Unit /= 2;
  return {Size, Unit, false};
}

RustLayout LowerContext::rustLayout(ir::TypeId Id) {
  const ir::Type &T = M.type(Id);
  uint64_t PtrBytes = M.PointerWidth / 8;
  switch (T.Kind) {
  case ir::TypeKind::Primitive:
    switch (T.Primitive) {
    case ir::PrimitiveKind::LongDouble:
      // f32, f64 or u128 by its size (longDoubleType); otherwise a blob.
      if (T.Size == 4 || T.Size == 8)
        return {T.Size, std::max<uint64_t>(T.Align, 1), false};
      if (T.Size == 16)
        return {16, M.Int128Align, false};
      return blobLayout(Opts, T.Size, T.Align);
    case ir::PrimitiveKind::Float128:
      return {16, M.Int128Align, false}; // u128
    case ir::PrimitiveKind::Void:
      return {1, 1, false}; // c_void
    default:
      return {T.Size, std::max<uint64_t>(T.Align, 1), false};
    }
  case ir::TypeKind::Pointer:
  case ir::TypeKind::Function:
    return {PtrBytes, PtrBytes, false};
  case ir::TypeKind::Array:
  case ir::TypeKind::Vector: {
    // Arrays hide a repr(align) element from E0588.
    RustLayout E = rustLayout(T.Element);
    return {E.Size * T.ArraySize, E.Align, false};
  }
  case ir::TypeKind::IncompleteArray:
    return {0, rustLayout(T.Element).Align, false};
  case ir::TypeKind::Complex: {
    const ir::Type &E = M.type(M.canonical(T.Element));
    if (E.Kind == ir::TypeKind::Primitive &&
        (E.Primitive == ir::PrimitiveKind::LongDouble ||
         E.Primitive == ir::PrimitiveKind::Float128))
      return {16, 8, false}; // __BindgenComplex<f64>
    RustLayout L = rustLayout(T.Element);
    return {2 * L.Size, L.Align, false};
  }
  case ir::TypeKind::Record:
    if (!M.item(T.Decl).rec().IsComplete)
      return {0, 1, false};
    return recordSummary(T.Decl).L;
  case ir::TypeKind::Enum: {
    ir::TypeId U = M.item(T.Decl).enm().Underlying;
    if (!U.isValid())
      return {T.Size, std::max<uint64_t>(T.Align, 1), false};
    return rustLayout(U);
  }
  case ir::TypeKind::Typedef: {
    const ir::Item &I = M.item(T.Decl);
    if (isOpaque(T.Decl))
      return blobLayout(Opts, T.Size, T.Align);
    if (sizeTypeAlias(I.Name)) {
      const ir::Type &Canon = M.type(M.canonical(Id));
      return {Canon.Size, std::max<uint64_t>(Canon.Align, 1), false};
    }
    // A type alias has its target's layout, whatever `aligned` says.
    return rustLayout(I.tdef().Underlying.Type);
  }
  case ir::TypeKind::VaList:
    return {T.Size, std::max<uint64_t>(T.Align, 1), false};
  case ir::TypeKind::Opaque:
    if (T.Size == 0)
      return {1, 1, false};
    return blobLayout(Opts, T.Size, T.Align);
  }
  return {T.Size, std::max<uint64_t>(T.Align, 1), false};
}

/// The layout lowerOpaqueRecord gives a record.
static RustLayout opaqueRecordLayout(const Options &Opts, const ir::Record &R) {
  RustLayout B =
      blobLayout(Opts, R.Layout.Size, std::min<uint64_t>(R.Layout.Align, 8));
  return {R.Layout.Size, R.Layout.Align, R.Layout.Align > 8 || B.HasAlignAttr};
}

const RecordSummary &LowerContext::recordSummary(ir::ItemId Id) {
  auto It = Summaries.find(Id.Index);
  if (It != Summaries.end())
    return It->second;
  const ir::Record &R = M.item(Id).rec();
  RecordSummary S;
  S.L = {R.Layout.Size, std::max<uint64_t>(R.Layout.Align, 1), false};
  // A record cannot hold itself; the entry also ends a malformed cycle.
  Summaries[Id.Index] = S;
  if (!R.IsComplete) {
    S.L = {0, 1, false};
  } else if (isOpaque(Id)) {
    S.L = opaqueRecordLayout(Opts, R);
  } else {
    // Planning marks the helper types it uses; only emitting may.
    auto Saved = Needed;
    RecordPlan P = planRecord(*this, Id);
    Needed = Saved;
    if (P.Opaque) {
      S.L = opaqueRecordLayout(Opts, R);
    } else {
      S.L.HasAlignAttr = P.AlignAttr != 0;
      for (const PlannedField &F : P.Fields) {
        S.L.HasAlignAttr |= F.L.HasAlignAttr;
        if (F.Storage)
          S.MaxStorage = std::max(S.MaxStorage, F.L.Size);
      }
      S.Rebuilt = P.Rebuilt;
      S.Packed = P.Pack != 0;
    }
  }
  return Summaries[Id.Index] = S;
}

//===----------------------------------------------------------------------===//
// The bindgen representation
//===----------------------------------------------------------------------===//

/// The size and alignment bindgen's heuristics see for a field type. A
/// Rust type alias cannot change alignment: a typedef with an aligned
/// attribute (the kernel's 4-aligned compat_u64), or an array of one, has
/// its target's alignment in Rust, and the record's packing or padding must
/// make up for it.
static std::pair<uint64_t, uint64_t> typeLayout(const ir::Module &M,
                                                ir::TypeId T) {
  const ir::Type &Ty = M.type(T);
  if (Ty.Kind == ir::TypeKind::IncompleteArray)
    return {0, Ty.Align};
  if (Ty.Kind == ir::TypeKind::Array)
    return {Ty.Size, typeLayout(M, Ty.Element).second};
  uint64_t Align = Ty.Kind == ir::TypeKind::Typedef
                       ? M.type(M.canonical(T)).Align
                       : Ty.Align;
  return {Ty.Size, std::max<uint64_t>(Align, 1)};
}

/// Whether a field's type is more aligned than its record, which is how
/// `#pragma pack` shows (bindgen's `is_packed`).
static bool hasOverAlignedField(const ir::Module &M, const ir::Record &R) {
  for (const ir::Field &F : R.Fields) {
    if (F.BitWidth)
      continue;
    if (typeLayout(M, F.Type.Type).second > R.Layout.Align)
      return true;
  }
  return false;
}

/// Whether every field already sits at a multiple of its alignment, so a
/// `packed` next to `align(N)` would change nothing (bindgen's
/// `already_packed`).
static bool isNaturallyPacked(const ir::Module &M, const ir::Record &R) {
  for (const ir::Field &F : R.Fields) {
    if (F.BitWidth)
      continue;
    uint64_t A = typeLayout(M, F.Type.Type).second;
    if ((F.BitOffset / 8) % A != 0)
      return false;
  }
  return true;
}

/// The alignment Rust gives the unsigned integer of `Bytes` bytes on the
/// target: u64 is 4-aligned on i686.
static uint64_t rustUIntAlign(const ir::Module &M, uint64_t Bytes) {
  return Bytes == 8 ? M.Int64Align : Bytes;
}

/// The largest power of two up to 8 dividing Size (bindgen's
/// `Layout::for_size`).
static uint64_t alignForSize(uint64_t Size) {
  uint64_t A = 1;
  while (A < 8 && Size % (A * 2) == 0)
    A *= 2;
  return A;
}

static UnionKind unionKind(const Options &Opts, const std::string &Name,
                           const ir::Record &R, bool AllCopy) {
  if (!R.IsUnion)
    return UnionKind::None;
  NonCopyUnionStyle Style = Opts.DefaultNonCopyUnionStyle;
  if (Opts.BindgenWrapperUnions.matches(Name))
    Style = NonCopyUnionStyle::BindgenWrapper;
  else if (Opts.ManuallyDropUnions.matches(Name))
    Style = NonCopyUnionStyle::ManuallyDrop;
  if (R.Layout.Size == 0)
    return UnionKind::Wrapper;
  if (AllCopy)
    return UnionKind::Rust;
  return Style == NonCopyUnionStyle::ManuallyDrop ? UnionKind::ManuallyDrop
                                                  : UnionKind::Wrapper;
}

/// A Rust field named Name of type Ty with layout L.
static PlannedField plannedField(std::string Name, rust::TypeRef Ty,
                                 RustLayout L) {
  PlannedField P;
  P.F.Name = std::move(Name);
  P.F.Ty = std::move(Ty);
  P.L = L;
  return P;
}

/// Takes the bitfields starting at R.Fields[Idx] as the next unit U of P
/// (Idx moves past them); false when U has no storage (zero-width only).
static bool takeBitfieldUnit(LowerContext &C, const ir::Record &R, size_t &Idx,
                             RecordPlan &P, BitfieldUnit &U) {
  size_t End = Idx;
  U = collectBitfieldUnit(C, R.Fields, Idx, End, R.IsUnion);
  Idx = End;
  P.HasBitfields = true;
  if (U.Bytes == 0)
    return false;
  U.Index = P.Units.size() + 1;
  return true;
}

/// `_bitfield_N: __BindgenBitfieldUnit<[u8; BYTES]>`, the storage of U.
static PlannedField unitField(LowerContext &C, const BitfieldUnit &U) {
  C.need(Helper::BitfieldUnit);
  return plannedField(
      "_bitfield_" + std::to_string(U.Index),
      rust::Type::path(
          "__BindgenBitfieldUnit",
          {rust::Type::array(rust::Type::path("u8"), C.usizeLit(U.Bytes))}),
      {U.Bytes, 1, false});
}

std::vector<std::string> splitAttributes(llvm::StringRef Text) {
  std::vector<std::string> Out;
  Text = Text.trim();
  if (!Text.starts_with("#[")) {
    if (!Text.empty())
      Out.push_back("#[" + Text.str() + "]");
    return Out;
  }
  while (Text.starts_with("#[")) {
    size_t Depth = 0, End = Text.size();
    char Quote = 0;
    for (size_t I = 1; I < Text.size(); ++I) {
      char Ch = Text[I];
      if (Quote) {
        if (Ch == '\\')
          ++I;
        else if (Ch == Quote)
          Quote = 0;
      } else if (Ch == '"') {
        Quote = Ch;
      } else if (Ch == '[') {
        ++Depth;
      } else if (Ch == ']' && --Depth == 0) {
        End = I + 1;
        break;
      }
    }
    Out.push_back(Text.substr(0, End).str());
    Text = Text.substr(End).ltrim();
  }
  if (!Text.empty()) // Text after the last `#[...]` is kept as written.
    Out.back() += " " + Text.str();
  return Out;
}

/// The Rust field holding data field F, with its type's layout (union
/// fields wrapped as the union kind says).
static PlannedField dataField(LowerContext &C, const RecordPlan &P,
                              const std::string &Record, const ir::Field &F,
                              const std::string &Name, bool IsUnion) {
  PlannedField PF;
  PF.F.Name = Name;
  PF.F.Doc = C.docLines(F.Comment);
  // A zero-length array in a union stays an array.
  PF.F.Ty = C.rustType(F.Type, IsUnion ? LowerContext::Use::Element
                                       : LowerContext::Use::Field);
  PF.L = C.rustLayout(F.Type.Type);
  if (P.UK == UnionKind::Wrapper) {
    C.need(Helper::UnionField);
    PF.F.Ty = rust::Type::path("__BindgenUnionField", {PF.F.Ty});
    PF.L = {0, 1, false};
  } else if (P.UK == UnionKind::ManuallyDrop && !P.AllCopy) {
    PF.F.Ty = rust::Type::path(C.stdPath() + "::mem::ManuallyDrop", {PF.F.Ty});
    PF.L.HasAlignAttr = false;
  }
  for (const std::string &A : F.Attributes)
    for (std::string &One : splitAttributes(A))
      PF.F.Attrs.push_back(std::move(One));
  for (const Options::FieldAttr &FA : C.Opts.FieldAttrs)
    if (FA.Type == Record && FA.Field == Name)
      PF.F.Attrs.push_back("#[" + FA.Attr + "]");
  return PF;
}

static std::string fieldName(const LowerContext &C, const ir::Field &F,
                             unsigned &AnonIndex) {
  if (F.IsAnonymousRecord || F.Name.empty())
    return C.Opts.AnonFieldsPrefix + std::to_string(++AnonIndex);
  return escapeRustName(F.Name);
}

/// A zero-sized `[uN; 0]` field named Name that aligns the record to Align
/// bytes.
static PlannedField alignField(std::string Name, uint64_t Align) {
  return plannedField(
      std::move(Name),
      rust::Type::array(rust::Type::path("u" + std::to_string(Align * 8)), "0"),
      {0, Align, false});
}

/// Walks R's fields in order: each storage unit of adjacent bitfields goes
/// to OnUnit (a run of zero-width bitfields has none), each other field to
/// OnField with its index in R.Fields and its Rust name. Stops at the first
/// callback that returns false; returns whether it walked them all.
template <typename UnitFn, typename FieldFn>
static bool walkFields(LowerContext &C, const ir::Record &R, RecordPlan &P,
                       UnitFn OnUnit, FieldFn OnField) {
  unsigned AnonIndex = 0;
  for (size_t Idx = 0; Idx < R.Fields.size();) {
    const ir::Field &F = R.Fields[Idx];
    if (F.BitWidth) {
      BitfieldUnit U;
      if (takeBitfieldUnit(C, R, Idx, P, U) && !OnUnit(std::move(U)))
        return false;
      continue;
    }
    int IRIndex = static_cast<int>(Idx++);
    if (!OnField(F, IRIndex, fieldName(C, F, AnonIndex)))
      return false;
  }
  return true;
}

namespace {

/// bindgen's representation: packing inferred from the fields, padding only
/// where Rust's alignment would not get there, `align(N)` or an alignment
/// field where Rust's alignment falls short.
class BindgenPlanner {
public:
  BindgenPlanner(LowerContext &C, ir::ItemId Id, const RecordPlan &Base)
      : C(C), Opts(C.Opts), R(C.M.item(Id).rec()), Name(C.name(Id)), P(Base),
        // Packing, as bindgen infers it: the attribute, or a field whose
        // type is more aligned than the record (`#pragma pack`).
        Packed(R.IsPacked || hasOverAlignedField(C.M, R)) {}

  RecordPlan plan() {
    walkFields(
        C, R, P,
        [&](BitfieldUnit U) {
          addUnit(std::move(U));
          return true;
        },
        [&](const ir::Field &F, int IRIndex, std::string FieldName) {
          addDataField(F, IRIndex, std::move(FieldName));
          return true;
        });
    bool ZeroSized = P.Fields.empty();
    addTail(ZeroSized);
    setAlignment(ZeroSized);
    return std::move(P);
  }

private:
  void addPadding(uint64_t Bytes, uint64_t Align) {
    P.Fields.push_back(
        plannedField("__bindgen_padding_" + std::to_string(PaddingIndex++),
                     C.blob(Bytes, Align), blobLayout(Opts, Bytes, Align)));
    MaxFieldAlign = std::max(MaxFieldAlign, Align);
  }

  /// bindgen 0.60 aligned each unit with a zero-sized array of the smallest
  /// unsigned integer holding its widest named bitfield.
  void addUnitAlign060(const BitfieldUnit &U) {
    unsigned Widest = 0;
    for (const BitfieldMember &Mem : U.Members)
      Widest = std::max(Widest, Mem.Width);
    uint64_t UnitAlign = llvm::PowerOf2Ceil(std::max(1u, (Widest + 7) / 8));
    // Never more than the unit's offset and the record allow: the layout
    // must stay Clang's.
    while (UnitAlign > 1 &&
           (U.StartByte % UnitAlign || UnitAlign > R.Layout.Align))
      UnitAlign /= 2;
    P.Fields.push_back(
        alignField("_bitfield_align_" + std::to_string(U.Index), UnitAlign));
    MaxFieldAlign = std::max(MaxFieldAlign, UnitAlign);
  }

  void addUnit(BitfieldUnit U) {
    if (!R.IsUnion && U.StartByte > RustEnd)
      addPadding(U.StartByte - RustEnd, 1);
    if (Opts.Bindgen060)
      addUnitAlign060(U);
    PlannedField UF = unitField(C, U);
    UF.Offset = U.StartByte;
    P.Fields.push_back(UF);
    RustEnd = std::max(RustEnd, U.StartByte + U.Bytes);
    MaxFieldAlign = std::max<uint64_t>(MaxFieldAlign, 1);
    LastWasBitfield = true;
    P.Units.push_back(std::move(U));
  }

  void addDataField(const ir::Field &F, int IRIndex, std::string FieldName) {
    auto [Size, Align] = typeLayout(C.M, F.Type.Type);
    uint64_t ByteOff = F.BitOffset / 8;
    if (!R.IsUnion && !Packed && ByteOff > RustEnd) {
      // bindgen pads only where Rust's own alignment would not get there.
      uint64_t Bytes = ByteOff - RustEnd;
      if (Opts.ExplicitPadding || Bytes >= Align || Align > 8)
        addPadding(Bytes,
                   Opts.ExplicitPadding ? 1 : std::min<uint64_t>(Align, 8));
    }
    PlannedField RF = dataField(C, P, Name, F, FieldName, R.IsUnion);
    RF.Offset = ByteOff;
    RF.IRIndex = IRIndex;
    P.Fields.push_back(RF);
    P.Offsets.push_back({FieldName, ByteOff});
    RustEnd = R.IsUnion ? std::max(RustEnd, Size) : ByteOff + Size;
    MaxFieldAlign = std::max(MaxFieldAlign, Align);
    DataAlign = std::max(DataAlign, Align);
    LastWasBitfield = false;
  }

  /// After the fields: a byte for a sized record without members, tail
  /// padding where Rust would make the record smaller, a wrapper union's
  /// bytes.
  void addTail(bool ZeroSized) {
    if (ZeroSized && R.Layout.Size != 0) {
      // A C record without members (a GNU extension) still has a size.
      P.Fields.push_back(
          plannedField("_address", rust::Type::path("u8"), {1, 1, false}));
      RustEnd = 1;
      MaxFieldAlign = std::max<uint64_t>(MaxFieldAlign, 1);
    }
    if (!R.IsUnion && !ZeroSized && R.Layout.Size > RustEnd) {
      uint64_t Bytes = R.Layout.Size - RustEnd;
      if (Opts.ExplicitPadding || Bytes >= R.Layout.Align || LastWasBitfield) {
        uint64_t A = R.Layout.Align;
        if (Packed || Opts.ExplicitPadding)
          A = 1;
        else if (LastWasBitfield || A > 8)
          A = alignForSize(Bytes);
        addPadding(Bytes, A);
      }
    }
    if (P.UK == UnionKind::Wrapper)
      P.Fields.push_back(plannedField(
          "bindgen_union_field", C.blob(R.Layout.Size, R.Layout.Align),
          blobLayout(Opts, R.Layout.Size, R.Layout.Align)));
  }

  /// Packing and alignment: what the fields give Rust versus what Clang
  /// computed.
  void setAlignment(bool ZeroSized) {
    uint64_t ExplicitAlign = 0;
    bool NeedsAlign = MaxFieldAlign >= 16 || MaxFieldAlign < R.Layout.Align;
    // An empty C record has Rust's alignment unless it is over-aligned
    // (`struct slabobj_ext {} __aligned(8)` in a !MEMCG kernel); bindgen
    // still spells it out on a union without members (`repr(align(1))`).
    if (ZeroSized && R.Layout.Size == 0 && R.Layout.Align <= 1 &&
        P.UK != UnionKind::Wrapper)
      NeedsAlign = false;
    if (NeedsAlign) {
      if (!R.IsUnion && R.Layout.Align == 1)
        Packed = true;
      else
        ExplicitAlign = R.Layout.Align;
    }
    if (Packed && !(ExplicitAlign && isNaturallyPacked(C.M, R)))
      P.Pack = std::max<uint64_t>(R.Layout.Align, 1);
    if (!ExplicitAlign)
      return;
    if (P.HasBitfields && ExplicitAlign <= 8 && DataAlign < ExplicitAlign &&
        rustUIntAlign(C.M, ExplicitAlign) == ExplicitAlign && !Opts.Bindgen060)
      P.Fields.insert(P.Fields.begin(),
                      alignField("_bindgen_align", ExplicitAlign));
    else
      P.AlignAttr = ExplicitAlign;
  }

  LowerContext &C;
  const Options &Opts;
  const ir::Record &R;
  const std::string &Name;
  RecordPlan P;
  bool Packed;
  uint64_t RustEnd = 0;       // bytes covered so far (bindgen's latest_offset)
  uint64_t MaxFieldAlign = 0; // bindgen's max_field_align
  uint64_t DataAlign = 1;     // the largest alignment of a data field
  unsigned PaddingIndex = 0;
  bool LastWasBitfield = false;
};

} // namespace

static RecordPlan bindgenPlan(LowerContext &C, ir::ItemId Id,
                              const RecordPlan &Base) {
  return BindgenPlanner(C, Id, Base).plan();
}

//===----------------------------------------------------------------------===//
// Simulating Rust's layout
//===----------------------------------------------------------------------===//

/// What rustc does with P: empty when it compiles and gives R's size,
/// alignment and every field's offset, else what goes wrong.
static std::string simulate(const RecordPlan &P, const ir::Record &R) {
  if (P.Pack && P.AlignAttr)
    return "Rust cannot combine repr(packed) and repr(align) on one type "
           "(E0587)";
  uint64_t End = 0, MaxAlign = 1;
  for (const PlannedField &F : P.Fields) {
    if (P.Pack && F.L.HasAlignAttr)
      return "a packed Rust type cannot hold field '" + F.F.Name +
             "', whose type has or holds a repr(align) type (E0588)";
    uint64_t A = P.Pack ? std::min(F.L.Align, P.Pack) : F.L.Align;
    uint64_t At = P.RustUnion ? 0 : llvm::alignTo(End, A);
    if (F.Offset && *F.Offset != At)
      return "Rust would place field '" + F.F.Name + "' at byte " +
             std::to_string(At) + ", C at byte " + std::to_string(*F.Offset);
    End = P.RustUnion ? std::max(End, F.L.Size) : At + F.L.Size;
    MaxAlign = std::max(MaxAlign, A);
  }
  uint64_t Align = std::max(MaxAlign, P.AlignAttr);
  uint64_t Size = llvm::alignTo(End, Align);
  if (Align != std::max<uint64_t>(R.Layout.Align, 1))
    return "Rust's alignment would be " + std::to_string(Align) + ", C's is " +
           std::to_string(R.Layout.Align);
  if (Size != R.Layout.Size)
    return "Rust's size would be " + std::to_string(Size) + ", C's is " +
           std::to_string(R.Layout.Size);
  return "";
}

//===----------------------------------------------------------------------===//
// The rebuilt representation
//===----------------------------------------------------------------------===//

/// Why field F (Rust layout L, at byte Off) cannot be a plain field of a
/// record aligned to Align, packed or not; empty when it can.
static std::string whyUnplaceable(const RustLayout &L, uint64_t Off,
                                  uint64_t Align, bool Packed) {
  if (Packed && L.HasAlignAttr)
    return "its type has or holds a repr(align) type, which a packed type "
           "cannot hold (E0588)";
  uint64_t A = Packed ? std::min(L.Align, Align) : L.Align;
  if (Off % A != 0)
    return "byte offset " + std::to_string(Off) +
           " is not a multiple of its Rust alignment " + std::to_string(A);
  if (!Packed && L.Align > Align)
    return "its Rust alignment " + std::to_string(L.Align) +
           " exceeds the record's alignment " + std::to_string(Align);
  return "";
}

namespace {

/// The record with every field at its C offset: repr(C) (plus align(N)
/// when the fields fall short), or repr(C, packed(N)) with N the record's
/// alignment. Explicit byte padding fills the gaps; a field the repr cannot
/// place is byte storage.
class RebuiltPlanner {
public:
  RebuiltPlanner(LowerContext &C, ir::ItemId Id, const RecordPlan &Base,
                 bool Packed)
      : C(C), R(C.M.item(Id).rec()), Name(C.name(Id)),
        Align(std::max<uint64_t>(R.Layout.Align, 1)), Packed(Packed),
        // A Rust union, or bindgen's struct of zero-sized union fields:
        // all at 0.
        AtZero(R.IsUnion) {
    P.UK = Base.UK;
    P.AllCopy = Base.AllCopy;
    P.RustUnion = Base.RustUnion;
    P.Rebuilt = true;
    P.Pack = Packed ? Align : 0;
  }

  /// Empty when the repr cannot place a field or give C's alignment.
  std::optional<RecordPlan> plan() {
    bool Placed = walkFields(
        C, R, P,
        [&](BitfieldUnit U) {
          if (!place(unitField(C, U), U.StartByte))
            return false;
          P.Units.push_back(std::move(U));
          return true;
        },
        [&](const ir::Field &F, int IRIndex, std::string FieldName) {
          uint64_t Off = F.BitOffset / 8;
          PlannedField PF = planField(F, IRIndex, FieldName, Off);
          P.Offsets.push_back({PF.F.Name, Off});
          return place(std::move(PF), Off);
        });
    if (!Placed)
      return std::nullopt;
    addTail();
    if (!setAlignment())
      return std::nullopt;
    return std::move(P);
  }

private:
  void pad(uint64_t Bytes) {
    P.Fields.push_back(plannedField(
        "__bindgen_padding_" + std::to_string(PaddingIndex++),
        rust::Type::array(rust::Type::path("u8"), C.usizeLit(Bytes)),
        {Bytes, 1, false}));
  }

  /// Appends PF at byte Off, after padding; false when an earlier field
  /// reaches past Off.
  bool place(PlannedField PF, uint64_t Off) {
    if (!AtZero) {
      if (Off < End)
        return false;
      if (Off > End)
        pad(Off - End);
      End = Off + PF.L.Size;
    } else {
      End = std::max(End, PF.L.Size);
    }
    PF.Offset = Off;
    MaxAlign =
        std::max(MaxAlign, Packed ? std::min(PF.L.Align, Align) : PF.L.Align);
    P.Fields.push_back(std::move(PF));
    return true;
  }

  /// Data field F at byte Off: a plain field where the repr places it,
  /// else an unaligned flexible array or byte storage.
  PlannedField planField(const ir::Field &F, int IRIndex,
                         const std::string &FieldName, uint64_t Off) {
    PlannedField PF = dataField(C, P, Name, F, FieldName, R.IsUnion);
    PF.IRIndex = IRIndex;
    PF.Why = whyUnplaceable(PF.L, Off, Align, Packed);
    if (PF.Why.empty())
      return PF;
    const ir::Type &Canon = C.M.type(C.M.canonical(F.Type.Type));
    bool ZeroSizedArray =
        Canon.Kind == ir::TypeKind::IncompleteArray ||
        (Canon.Kind == ir::TypeKind::Array && Canon.ArraySize == 0);
    if (ZeroSizedArray) {
      // A flexible array keeps its name, as an array of unaligned elements
      // starting at C's offset.
      C.need(Helper::UnalignedArray);
      PF.F.Ty = rust::Type::path(
          "__BindgenUnalignedArrayField",
          {C.rustType(Canon.Element, LowerContext::Use::Element)});
      PF.L = {0, 1, false};
      PF.Unaligned = true;
      return PF;
    }
    uint64_t Bytes = C.M.type(F.Type.Type).Size;
    PF.Storage = true;
    PF.Getter = FieldName;
    PF.SetterBase = F.IsAnonymousRecord || F.Name.empty() ? FieldName : F.Name;
    PF.F.Name = "_unaligned_" + FieldName;
    PF.F.Ty = rust::Type::array(rust::Type::path("u8"), C.usizeLit(Bytes));
    PF.F.Attrs.clear();
    PF.L = {Bytes, 1, false};
    return PF;
  }

  /// The bytes after the last field up to C's size.
  void addTail() {
    if (P.UK == UnionKind::Wrapper) {
      // The zero-sized union fields sit at 0; the bytes follow.
      pad(R.Layout.Size);
      P.Fields.back().F.Name = "bindgen_union_field";
    } else if (!AtZero && R.Layout.Size > End) {
      pad(R.Layout.Size - End);
    } else if (AtZero && llvm::alignTo(End, Align) < R.Layout.Size) {
      pad(R.Layout.Size);
    }
  }

  /// C's alignment where the fields fall short of it; false when the repr
  /// cannot give it.
  bool setAlignment() {
    if (MaxAlign >= Align)
      return true;
    if (!Packed) {
      P.AlignAttr = Align;
      return true;
    }
    // A packed type takes no repr(align); a zero-sized array gives the
    // alignment up to u64's (where u64 is 8-aligned).
    if (Align > 8 || rustUIntAlign(C.M, Align) != Align)
      return false;
    P.Fields.insert(P.Fields.begin(), alignField("_bindgen_align", Align));
    return true;
  }

  LowerContext &C;
  const ir::Record &R;
  const std::string &Name;
  uint64_t Align;
  bool Packed;
  bool AtZero;
  RecordPlan P;
  uint64_t End = 0, MaxAlign = 1;
  unsigned PaddingIndex = 0;
};

} // namespace

static std::optional<RecordPlan> rebuiltPlan(LowerContext &C, ir::ItemId Id,
                                             const RecordPlan &Base,
                                             bool Packed) {
  return RebuiltPlanner(C, Id, Base, Packed).plan();
}

static unsigned plainFields(const RecordPlan &P) {
  unsigned N = 0;
  for (const PlannedField &F : P.Fields)
    N += F.IRIndex >= 0 && !F.Storage;
  return N;
}

static RecordPlan planRecordLayout(LowerContext &C, ir::ItemId Id);

/// Gives each bitfield accessor a name of its own, as bindgen does: in
/// field order, a bitfield whose getter, setter or raw accessors another
/// bitfield already uses (`x`'s setter `set_x` is the getter of a bitfield
/// `set_x`) gets `_bindgen_bitfield` appended until they are free.
static void dedupeBitfieldAccessors(RecordPlan &P) {
  llvm::StringSet<> Used;
  auto Names = [](const BitfieldMember &B) {
    return std::array<std::string, 4>{B.Name, "set_" + B.CName, B.Name + "_raw",
                                      "set_" + B.CName + "_raw"};
  };
  for (BitfieldUnit &U : P.Units)
    for (BitfieldMember &B : U.Members) {
      while (llvm::any_of(
          Names(B), [&](const std::string &N) { return Used.contains(N); })) {
        B.Name += "_bindgen_bitfield";
        B.CName += "_bindgen_bitfield";
      }
      for (const std::string &N : Names(B))
        Used.insert(N);
    }
}

RecordPlan planRecord(LowerContext &C, ir::ItemId Id) {
  RecordPlan P = planRecordLayout(C, Id);
  dedupeBitfieldAccessors(P);
  return P;
}

static RecordPlan planRecordLayout(LowerContext &C, ir::ItemId Id) {
  const ir::Record &R = C.M.item(Id).rec();
  RecordPlan Base;
  for (const ir::Field &F : R.Fields)
    // As bindgen's can_derive_copy, false for all with --no-derive-copy.
    if (!F.BitWidth &&
        !(C.Opts.DeriveCopy && C.canDerive(F.Type.Type, Trait::Copy)))
      Base.AllCopy = false;
  Base.UK = unionKind(C.Opts, C.name(Id), R, Base.AllCopy);
  Base.RustUnion =
      Base.UK == UnionKind::Rust || Base.UK == UnionKind::ManuallyDrop;

  RecordPlan Bindgen = bindgenPlan(C, Id, Base);
  std::string Why = simulate(Bindgen, R);
  if (Why.empty())
    return Bindgen;

  // Rebuild: the representation keeping the most plain fields, repr(C)
  // when packing keeps no more.
  std::optional<RecordPlan> Plain = rebuiltPlan(C, Id, Base, false);
  std::optional<RecordPlan> Packed = rebuiltPlan(C, Id, Base, true);
  if (Plain && !simulate(*Plain, R).empty())
    Plain.reset();
  if (Packed && !simulate(*Packed, R).empty())
    Packed.reset();
  std::optional<RecordPlan> &Best =
      !Plain || (Packed && plainFields(*Packed) > plainFields(*Plain)) ? Packed
                                                                       : Plain;
  if (!Best) {
    Bindgen.Opaque = true;
    Bindgen.Why = Why;
    return Bindgen;
  }
  Best->Why = Why;
  return std::move(*Best);
}

std::vector<std::string> RecordPlan::reprAttrs() const {
  std::vector<std::string> A;
  if (Pack == 1)
    A.push_back("#[repr(C, packed)]");
  else if (Pack)
    A.push_back("#[repr(C, packed(" + std::to_string(Pack) + "))]");
  else
    A.push_back("#[repr(C)]");
  if (AlignAttr)
    A.push_back("#[repr(align(" + std::to_string(AlignAttr) + "))]");
  return A;
}

//===----------------------------------------------------------------------===//
// Accessors of storage fields
//===----------------------------------------------------------------------===//

/// `let p = unsafe { addr_of[_mut]!((*this).FIELD) };`
static rust::Stmt letPointer(const std::string &Ptr, const std::string &AddrOf,
                             const std::string &Field) {
  rust::ExprRef Place =
      rust::field(rust::paren(rust::unary("*", rust::atom("this"))), Field);
  return rust::let("p", rust::unsafeBlock(
                            rust::macroCall(Ptr + AddrOf, {std::move(Place)})));
}

bool hasStorageAccessors(LowerContext &C, const ir::Record &R,
                         const PlannedField &F) {
  return F.Storage &&
         C.rustLayout(R.Fields[F.IRIndex].Type.Type).Size == F.L.Size;
}

void emitStorageAccessors(LowerContext &C, const std::string &Record,
                          const RecordPlan &P) {
  std::string Ptr = C.stdPath() + "::ptr::";
  const ir::Record &R = C.M.item(C.currentItem()).rec();
  rust::Item Impl;
  Impl.K = rust::Item::Kind::Impl;
  Impl.Header = "impl " + Record;
  rust::ExprRef Cast = rust::method(rust::atom("p"), "cast", {});
  for (const PlannedField &F : P.Fields) {
    if (!hasStorageAccessors(C, R, F))
      continue;
    const ir::Field &IF = R.Fields[F.IRIndex];
    rust::TypeRef Ty = C.rustType(IF.Type, LowerContext::Use::Field);
    std::string Get = F.Getter, Set = "set_" + F.SetterBase;

    rust::Item G = inlineMethod(Get, false);
    G.Params.push_back({"", rust::Type::path("&self")});
    G.Ty = Ty;
    G.Stmts = {rust::tail(rust::unsafeBlock(
        rust::call("Self::" + Get + "_raw", {rust::atom("self")})))};
    Impl.Children.push_back(G);

    rust::Item S = inlineMethod(Set, false);
    S.Params.push_back({"", rust::Type::path("&mut self")});
    S.Params.push_back({"val", Ty});
    S.Stmts = {rust::tail(rust::unsafeBlock(rust::call(
        "Self::" + Set + "_raw", {rust::atom("self"), rust::atom("val")})))};
    Impl.Children.push_back(S);

    rust::Item RG = inlineMethod(Get + "_raw", true);
    RG.Params.push_back({"this", rust::Type::path("*const Self")});
    RG.Ty = Ty;
    RG.Stmts = {letPointer(Ptr, "addr_of", F.F.Name),
                rust::tail(rust::unsafeBlock(
                    rust::call(Ptr + "read_unaligned", {Cast})))};
    Impl.Children.push_back(RG);

    rust::Item RS = inlineMethod(Set + "_raw", true);
    RS.Params.push_back({"this", rust::Type::path("*mut Self")});
    RS.Params.push_back({"val", Ty});
    RS.Stmts = {letPointer(Ptr, "addr_of_mut", F.F.Name),
                rust::tail(rust::unsafeBlock(rust::call(
                    Ptr + "write_unaligned", {Cast, rust::atom("val")})))};
    Impl.Children.push_back(RS);
  }
  if (!Impl.Children.empty())
    C.emit(Impl);
}

} // namespace kbindgen
