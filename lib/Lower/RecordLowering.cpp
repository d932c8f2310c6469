//===- RecordLowering.cpp - Structs and unions with Clang's layout ---------===//
//
// Fields are placed where Clang's ASTRecordLayout put them. The Rust
// `#[repr(C)]` layout is simulated alongside; where it would differ, explicit
// padding, alignment fields or `repr` attributes close the gap, and the
// emitted layout assertions check the result at compile time.
//
//===----------------------------------------------------------------------===//

#include "BitfieldLowering.h"
#include "LowerContext.h"

namespace kbindgen {

static uint64_t alignTo(uint64_t V, uint64_t A) {
  return A <= 1 ? V : (V + A - 1) / A * A;
}

/// The Rust-side size and alignment of a lowered field type.
static std::pair<uint64_t, uint64_t> typeLayout(const ir::Module &M,
                                                ir::TypeId T) {
  const ir::Type &Ty = M.type(T);
  if (Ty.Kind == ir::TypeKind::IncompleteArray)
    return {0, Ty.Align};
  return {Ty.Size, std::max<uint64_t>(Ty.Align, 1)};
}

void LowerContext::lowerOpaqueRecord(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Record &R = I.R;
  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = name(Id);
  S.Doc = docLines(I.Comment);
  S.Attrs.push_back("#[repr(C)]");
  if (R.Layout.Align > 8)
    S.Attrs.back() = "#[repr(C, align(" + std::to_string(R.Layout.Align) + "))]";
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
  const ir::Record &R = I.R;
  std::string N = name(Id);
  CustomRule::Target On =
      R.IsUnion ? CustomRule::Target::Union : CustomRule::Target::Struct;

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

  uint64_t Pack = R.IsPacked ? 1 : R.MaxFieldAlign;
  auto FieldAlign = [&](uint64_t A) { return Pack ? std::min(A, Pack) : A; };

  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = N;
  S.IsUnion = R.IsUnion;
  S.Doc = docLines(I.Comment);

  std::vector<std::pair<std::string, uint64_t>> Offsets;
  std::vector<BitfieldUnit> Units;
  uint64_t RustEnd = 0;   // bytes covered so far
  uint64_t RustAlign = 1; // alignment Rust derives from the fields
  unsigned AnonIndex = 0, PaddingIndex = 0;
  bool LastWasBitfield = false;
  uint64_t LastFieldAlign = 1;
  bool HasBitfields = false;

  auto addPadding = [&](uint64_t Bytes) {
    rust::Field P;
    P.Name = "__bindgen_padding_" + std::to_string(PaddingIndex++);
    uint64_t A = 1;
    if (!R.IsPacked && LastWasBitfield)
      for (uint64_t Cand = 8; Cand > 1; Cand /= 2)
        if (Bytes % Cand == 0) {
          A = Cand;
          break;
        }
    P.Ty = blob(Bytes, A);
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
        addPadding(U.StartByte - RustEnd);
      U.Index = Units.size() + 1;
      rust::Field UF;
      UF.Name = "_bitfield_" + std::to_string(U.Index);
      UF.Ty = rust::Type::path(
          "__BindgenBitfieldUnit",
          {rust::Type::array(rust::Type::path("u8"), usizeLit(U.Bytes))});
      S.Fields.push_back(UF);
      NeedBitfieldUnit = true;
      RustEnd = std::max(RustEnd, U.StartByte + U.Bytes);
      LastWasBitfield = true;
      LastFieldAlign = 1;
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
    Align = FieldAlign(Align);
    uint64_t ByteOff = F.BitOffset / 8;
    if (!R.IsUnion) {
      uint64_t Natural = alignTo(RustEnd, Align);
      if (ByteOff > Natural || (ByteOff > RustEnd && Opts.ExplicitPadding))
        addPadding(ByteOff - RustEnd);
    }
    rust::Field RF;
    RF.Name = FieldName;
    RF.Doc = docLines(F.Comment);
    RF.Ty = rustType(F.Type, Use::Field);
    if (R.IsUnion && !canDerive(F.Type.Type, Trait::Copy)) {
      NeedUnionField = true;
      RF.Ty = rust::Type::path("__BindgenUnionField", {RF.Ty});
    }
    S.Fields.push_back(RF);
    Offsets.push_back({FieldName, ByteOff});
    RustEnd = R.IsUnion ? std::max(RustEnd, Size) : ByteOff + Size;
    RustAlign = std::max(RustAlign, Align);
    LastWasBitfield = false;
    LastFieldAlign = Align;
  }

  // Alignment: what the fields give Rust versus what Clang computed.
  std::string Repr = "#[repr(C)]";
  if (R.IsPacked || (R.MaxFieldAlign && R.MaxFieldAlign < RustAlign)) {
    Repr = R.Layout.Align <= 1
               ? "#[repr(C, packed)]"
               : "#[repr(C, packed(" + std::to_string(R.Layout.Align) + "))]";
    RustAlign = R.Layout.Align;
  } else if (R.Layout.Align > RustAlign) {
    if (HasBitfields && R.Layout.Align <= 8) {
      rust::Field AF;
      AF.Name = "_bindgen_align";
      AF.Ty = rust::Type::array(
          rust::Type::path("u" + std::to_string(R.Layout.Align * 8)), "0");
      S.Fields.insert(S.Fields.begin(), AF);
    } else {
      Repr = "#[repr(C, align(" + std::to_string(R.Layout.Align) + "))]";
    }
    RustAlign = R.Layout.Align;
  }

  // Tail padding where Rust would otherwise make the record smaller.
  if (!R.IsUnion && R.Layout.Size > RustEnd) {
    uint64_t Bytes = R.Layout.Size - RustEnd;
    if (Opts.ExplicitPadding || Bytes >= R.Layout.Align ||
        (LastWasBitfield && Bytes >= LastFieldAlign))
      addPadding(Bytes);
  } else if (R.IsUnion && R.Layout.Size > alignTo(RustEnd, RustAlign)) {
    rust::Field P;
    P.Name = "_bindgen_union_align";
    P.Ty = blob(R.Layout.Size, R.Layout.Align);
    S.Fields.push_back(P);
  }
  if (S.Fields.empty()) {
    // A C record without members (a GNU extension) still has a size.
    rust::Field P;
    P.Name = "_address";
    P.Ty = rust::Type::path("u8");
    if (R.Layout.Size == 0)
      P.Ty = rust::Type::array(rust::Type::path("u8"), "0usize");
    S.Fields.push_back(P);
  }

  S.Attrs.push_back(Repr);
  bool UnionLike = R.IsUnion;
  S.Derives = derivesFor(Id, UnionLike);
  addCustomDerives(S.Derives, N, On);
  for (std::string &A : customAttributes(N, On))
    S.Attrs.push_back(A);
  for (const std::string &A : I.Annot.Attributes)
    S.Attrs.push_back("#[" + A + "]");
  emit(S);

  if (Opts.LayoutTests)
    layoutTests(N, R.Layout.Size, R.Layout.Align, Offsets);
  if (Opts.DeriveDefault &&
      (UnionLike || !canDeriveItem(Id, Trait::Default)) &&
      !(I.Annot.NoDefault || Opts.NoDefault.matches(N)))
    defaultImpl(N);
  if (!Units.empty())
    emitBitfieldAccessors(*this, N, Units);
  report(Id, R.IsUnion ? "union" : "struct", "emitted");
}

} // namespace kbindgen
