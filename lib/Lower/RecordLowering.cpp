//===- RecordLowering.cpp - Structs and unions with Clang's layout
//---------===//
//
// Fields are placed where Clang's ASTRecordLayout put them. The Rust
// `#[repr(C)]` layout is simulated alongside; where it would differ, explicit
// padding, alignment fields or `repr` attributes close the gap, and the
// emitted layout assertions check the result at compile time.
//
//===----------------------------------------------------------------------===//

#include "BitfieldLowering.h"
#include "LowerContext.h"
#include "llvm/Support/MathExtras.h"

namespace kbindgen {

/// The Rust-side size and alignment of a lowered field type.
static std::pair<uint64_t, uint64_t> typeLayout(const ir::Module &M,
                                                ir::TypeId T) {
  const ir::Type &Ty = M.type(T);
  if (Ty.Kind == ir::TypeKind::IncompleteArray)
    return {0, Ty.Align};
  // A Rust type alias cannot change alignment: a typedef with an aligned
  // attribute (the kernel's 4-aligned compat_u64) has its target's alignment
  // in Rust, and the record's packing or padding must make up for it.
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

/// The largest power of two up to 8 dividing Size (bindgen's
/// `Layout::for_size`).
static uint64_t alignForSize(uint64_t Size) {
  uint64_t A = 1;
  while (A < 8 && Size % (A * 2) == 0)
    A *= 2;
  return A;
}

namespace {
/// How a record is represented: a struct, a Rust `union` (with every field
/// Copy, or wrapped in ManuallyDrop), or bindgen's struct of
/// `__BindgenUnionField`s.
enum class UnionKind { None, Rust, ManuallyDrop, Wrapper };
} // namespace

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

void LowerContext::lowerOpaqueRecord(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Record &R = I.rec();
  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = name(Id);
  S.Doc = docLines(I.Comment);
  S.Attrs.push_back("#[repr(C)]");
  if (R.Layout.Align > 8)
    S.Attrs.back() =
        "#[repr(C, align(" + std::to_string(R.Layout.Align) + "))]";
  S.Derives = derivesFor(Id, /*IsUnionLike=*/false);
  addCustomDerives(S.Derives, S.Name, CustomRule::Target::Struct);
  for (std::string &A : customAttributes(S.Name, CustomRule::Target::Struct))
    S.Attrs.push_back(A);
  rust::Field F;
  F.Name = "_bindgen_opaque_blob";
  F.Ty = blob(R.Layout.Size, std::min<uint64_t>(R.Layout.Align, 8));
  S.Fields.push_back(F);
  emit(S);
  if (Opts.LayoutTests)
    layoutTests(S.Name, R.Layout.Size, R.Layout.Align, {});
  if (Opts.DeriveDefault && !canDeriveItem(Id, Trait::Default))
    defaultImpl(S.Name);
}

void LowerContext::lowerRecord(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Record &R = I.rec();
  std::string N = name(Id);
  CustomRule::Target On =
      R.IsUnion ? CustomRule::Target::Union : CustomRule::Target::Struct;

  // Tags declared in function prototype scope are distinct C types with
  // one Rust name: the first one stands for all.
  if (!claimTypeName(N)) {
    report(Id, R.IsUnion ? "union" : "struct", "skipped",
           "name already used by another type");
    return;
  }
  if (!R.IsComplete && R.IsDeclaredInRecord) {
    // bindgen sees such a tag as an empty record of its own.
    rust::Item S;
    S.K = rust::Item::Kind::Struct;
    S.Name = N;
    S.Doc = docLines(I.Comment);
    S.Attrs.push_back("#[repr(C)]");
    S.Derives = derivesFor(Id, false);
    addCustomDerives(S.Derives, N, On);
    rust::Field F;
    F.Name = "_address";
    F.Ty = rust::Type::path("u8");
    S.Fields.push_back(F);
    emit(S);
    report(Id, R.IsUnion ? "union" : "struct", "emitted",
           "declared inside a record but never defined: an empty record");
    return;
  }
  if (!R.IsComplete) {
    rust::Item S;
    S.K = rust::Item::Kind::Struct;
    S.Name = N;
    S.Doc = docLines(I.Comment);
    S.Attrs.push_back("#[repr(C)]");
    S.Derives = derivesFor(Id, false);
    addCustomDerives(S.Derives, N, On);
    for (std::string &A : customAttributes(N, On))
      S.Attrs.push_back(A);
    rust::Field F;
    F.Vis = "";
    F.Name = "_unused";
    F.Ty = rust::Type::array(rust::Type::path("u8"), "0");
    S.Fields.push_back(F);
    emit(S);
    report(Id, R.IsUnion ? "union" : "struct", "emitted",
           "declared but not defined: opaque forward declaration");
    return;
  }
  if (isOpaque(Id)) {
    lowerOpaqueRecord(Id);
    const std::string *P = Opts.OpaqueTypes.firstMatch(N);
    report(Id, R.IsUnion ? "union" : "struct", "opaque",
           P ? ruleText("opaque-type", *P)
             : std::string("annotated <div rustbindgen opaque>"));
    return;
  }

  // Packing, as bindgen infers it: the attribute, or a field whose type is
  // more aligned than the record (`#pragma pack`).
  bool Packed = R.IsPacked || hasOverAlignedField(M, R);
  bool AllCopy = true;
  for (const ir::Field &F : R.Fields)
    if (!F.BitWidth && !canDerive(F.Type.Type, Trait::Copy))
      AllCopy = false;
  UnionKind UK = unionKind(Opts, N, R, AllCopy);

  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = N;
  S.IsUnion = UK == UnionKind::Rust || UK == UnionKind::ManuallyDrop;
  S.Doc = docLines(I.Comment);

  std::vector<std::pair<std::string, uint64_t>> Offsets;
  std::vector<BitfieldUnit> Units;
  uint64_t RustEnd = 0;       // bytes covered so far (bindgen's latest_offset)
  uint64_t MaxFieldAlign = 0; // bindgen's max_field_align
  uint64_t DataAlign = 1;     // the largest alignment of a data field
  unsigned AnonIndex = 0, PaddingIndex = 0;
  bool LastWasBitfield = false;
  bool HasBitfields = false;

  auto addPadding = [&](uint64_t Bytes, uint64_t Align) {
    rust::Field P;
    P.Name = "__bindgen_padding_" + std::to_string(PaddingIndex++);
    P.Ty = blob(Bytes, Align);
    MaxFieldAlign = std::max(MaxFieldAlign, Align);
    S.Fields.push_back(P);
  };

  const std::vector<ir::Field> &Fs = R.Fields;
  for (size_t Idx = 0; Idx < Fs.size();) {
    const ir::Field &F = Fs[Idx];
    if (F.BitWidth) {
      size_t End = Idx;
      BitfieldUnit U = collectBitfieldUnit(*this, Fs, Idx, End, R.IsUnion);
      Idx = End;
      HasBitfields = true;
      if (U.Bytes == 0)
        continue;
      if (!R.IsUnion && U.StartByte > RustEnd)
        addPadding(U.StartByte - RustEnd, 1);
      U.Index = Units.size() + 1;
      if (Opts.Bindgen060) {
        // bindgen 0.60 aligned each unit with a zero-sized array of the
        // smallest unsigned integer holding its widest named bitfield.
        unsigned Widest = 0;
        for (const BitfieldMember &Mem : U.Members)
          Widest = std::max(Widest, Mem.Width);
        uint64_t UnitAlign = llvm::PowerOf2Ceil(std::max(1u, (Widest + 7) / 8));
        // Never more than the unit's offset and the record allow: the
        // layout must stay Clang's.
        while (UnitAlign > 1 &&
               (U.StartByte % UnitAlign || UnitAlign > R.Layout.Align))
          UnitAlign /= 2;
        rust::Field AF;
        AF.Name = "_bitfield_align_" + std::to_string(U.Index);
        AF.Ty = rust::Type::array(
            rust::Type::path("u" + std::to_string(UnitAlign * 8)), "0");
        S.Fields.push_back(AF);
        MaxFieldAlign = std::max(MaxFieldAlign, UnitAlign);
      }
      rust::Field UF;
      UF.Name = "_bitfield_" + std::to_string(U.Index);
      UF.Ty = rust::Type::path(
          "__BindgenBitfieldUnit",
          {rust::Type::array(rust::Type::path("u8"), usizeLit(U.Bytes))});
      S.Fields.push_back(UF);
      NeedBitfieldUnit = true;
      RustEnd = std::max(RustEnd, U.StartByte + U.Bytes);
      MaxFieldAlign = std::max<uint64_t>(MaxFieldAlign, 1);
      LastWasBitfield = true;
      Units.push_back(std::move(U));
      continue;
    }
    ++Idx;
    std::string FieldName;
    if (F.IsAnonymousRecord || F.Name.empty())
      FieldName = Opts.AnonFieldsPrefix + std::to_string(++AnonIndex);
    else
      FieldName = escapeRustName(F.Name);
    auto [Size, Align] = typeLayout(M, F.Type.Type);
    uint64_t ByteOff = F.BitOffset / 8;
    if (!R.IsUnion && !Packed && ByteOff > RustEnd) {
      // bindgen pads only where Rust's own alignment would not get there.
      uint64_t Bytes = ByteOff - RustEnd;
      if (Opts.ExplicitPadding || Bytes >= Align || Align > 8)
        addPadding(Bytes,
                   Opts.ExplicitPadding ? 1 : std::min<uint64_t>(Align, 8));
    }
    rust::Field RF;
    RF.Name = FieldName;
    RF.Doc = docLines(F.Comment);
    // A zero-length array in a union stays an array.
    RF.Ty = rustType(F.Type, R.IsUnion ? Use::Element : Use::Field);
    if (UK == UnionKind::Wrapper) {
      NeedUnionField = true;
      RF.Ty = rust::Type::path("__BindgenUnionField", {RF.Ty});
    } else if (UK == UnionKind::ManuallyDrop && !AllCopy) {
      RF.Ty = rust::Type::path(stdPath() + "::mem::ManuallyDrop", {RF.Ty});
    }
    for (const Options::FieldAttr &FA : Opts.FieldAttrs)
      if (FA.Type == N && FA.Field == FieldName)
        RF.Attrs.push_back("#[" + FA.Attr + "]");
    S.Fields.push_back(RF);
    Offsets.push_back({FieldName, ByteOff});
    RustEnd = R.IsUnion ? std::max(RustEnd, Size) : ByteOff + Size;
    MaxFieldAlign = std::max(MaxFieldAlign, Align);
    DataAlign = std::max(DataAlign, Align);
    LastWasBitfield = false;
  }

  bool ZeroSized = S.Fields.empty();
  if (ZeroSized && R.Layout.Size != 0) {
    // A C record without members (a GNU extension) still has a size.
    rust::Field P;
    P.Name = "_address";
    P.Ty = rust::Type::path("u8");
    S.Fields.push_back(P);
    RustEnd = 1;
    MaxFieldAlign = std::max<uint64_t>(MaxFieldAlign, 1);
  }

  // Tail padding where Rust would otherwise make the record smaller.
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
  if (UK == UnionKind::Wrapper) {
    rust::Field P;
    P.Name = "bindgen_union_field";
    P.Ty = blob(R.Layout.Size, R.Layout.Align);
    S.Fields.push_back(P);
  }

  // Alignment: what the fields give Rust versus what Clang computed.
  uint64_t ExplicitAlign = 0;
  bool NeedsAlign = MaxFieldAlign >= 16 || MaxFieldAlign < R.Layout.Align;
  // An empty C record has Rust's alignment unless it is over-aligned
  // (`struct slabobj_ext {} __aligned(8)` in a !MEMCG kernel).
  if (ZeroSized && R.Layout.Size == 0 && R.Layout.Align <= 1)
    NeedsAlign = false;
  if (NeedsAlign) {
    if (!R.IsUnion && R.Layout.Align == 1)
      Packed = true;
    else
      ExplicitAlign = R.Layout.Align;
  }
  std::string Repr = "#[repr(C)]";
  if (Packed && !(ExplicitAlign && isNaturallyPacked(M, R)))
    Repr = R.Layout.Align <= 1
               ? "#[repr(C, packed)]"
               : "#[repr(C, packed(" + std::to_string(R.Layout.Align) + "))]";
  S.Attrs.push_back(Repr);
  if (ExplicitAlign) {
    if (HasBitfields && ExplicitAlign <= 8 && DataAlign < ExplicitAlign &&
        !Opts.Bindgen060) {
      rust::Field AF;
      AF.Name = "_bindgen_align";
      AF.Ty = rust::Type::array(
          rust::Type::path("u" + std::to_string(ExplicitAlign * 8)), "0");
      S.Fields.insert(S.Fields.begin(), AF);
    } else {
      S.Attrs.push_back("#[repr(align(" + std::to_string(ExplicitAlign) +
                        "))]");
    }
  }

  bool UnionLike = R.IsUnion;
  // A struct of __BindgenUnionFields (always Copy) derives what the derive
  // analysis says, as in bindgen: records containing it derive Copy on that
  // promise (maple_tree's zero-sized lock union when !SMP).
  if (UK == UnionKind::None || UK == UnionKind::Rust ||
      UK == UnionKind::Wrapper)
    S.Derives = derivesFor(Id, UnionLike);
  addCustomDerives(S.Derives, N, On);
  for (std::string &A : customAttributes(N, On))
    S.Attrs.push_back(A);
  for (const std::string &A : I.annot().Attributes)
    S.Attrs.push_back(llvm::StringRef(A).starts_with("#[") ? A
                                                           : "#[" + A + "]");
  emit(S);

  if (Opts.LayoutTests)
    layoutTests(N, R.Layout.Size, R.Layout.Align, Offsets);
  if (Opts.DeriveDefault && (UnionLike || !canDeriveItem(Id, Trait::Default)) &&
      !(I.annot().NoDefault || Opts.NoDefault.matches(N)))
    defaultImpl(N);
  if (Opts.ImplDebug && Opts.DeriveDebug &&
      std::find(S.Derives.begin(), S.Derives.end(), "Debug") ==
          S.Derives.end() &&
      !(I.annot().NoDebug || Opts.NoDebug.matches(N))) {
    std::vector<std::pair<std::string, std::string>> DebugFields;
    size_t Anon = 0;
    for (const ir::Field &F : R.Fields) {
      if (F.BitWidth) {
        if (!F.Name.empty())
          DebugFields.push_back(
              {F.Name, "self." + escapeRustName(F.Name) + "()"});
        continue;
      }
      std::string RN = F.IsAnonymousRecord || F.Name.empty()
                           ? Opts.AnonFieldsPrefix + std::to_string(++Anon)
                           : escapeRustName(F.Name);
      DebugFields.push_back(
          {F.IsAnonymousRecord || F.Name.empty() ? RN : F.Name, "self." + RN});
    }
    debugImpl(N, DebugFields, R.IsUnion ? "union" : "");
  }
  if (!Units.empty())
    emitBitfieldAccessors(*this, N, Units, S.IsUnion);
  report(Id, R.IsUnion ? "union" : "struct", "emitted");
}

} // namespace kbindgen
