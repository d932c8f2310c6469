//===- RecordLowering.cpp - Structs and unions with Clang's layout --------===//
//
// Fields are placed where Clang's ASTRecordLayout put them. The Rust
// `#[repr(C)]` layout is simulated alongside; where it would differ, explicit
// padding, alignment fields or `repr` attributes close the gap, and the
// emitted layout assertions check the result at compile time.
//
//===----------------------------------------------------------------------===//

#include "RecordLayout.h"

namespace kbindgen {

/// What field F of a rebuilt record became, and why.
static std::string storageNote(const ir::Field &IF, const PlannedField &F) {
  if (F.Unaligned)
    return "flexible array '" + IF.Name + "' is " + toString(*F.F.Ty) +
           " at byte " + std::to_string(*F.Offset) +
           ", its elements read and written unaligned: " + F.Why;
  std::string S = "field '" + (IF.Name.empty() ? F.Getter : IF.Name) + "' is " +
                  toString(*F.F.Ty) + " storage '" + F.F.Name + "' at byte " +
                  std::to_string(*F.Offset);
  if (F.L.Size)
    S += " with accessors " + F.Getter + "()/set_" + F.SetterBase + "()";
  return S + ": " + F.Why;
}

/// For --explain and --verbose: why a record is not bindgen's
/// representation and which fields became storage; empty when it is.
static std::string rebuiltReason(const ir::Record &R, const RecordPlan &P) {
  if (!P.Rebuilt)
    return "";
  std::string Repr;
  for (const std::string &A : P.reprAttrs())
    Repr += (Repr.empty() ? "" : " ") + A;
  std::string S = "bindgen's representation would be wrong (" + P.Why +
                  "): rebuilt as " + Repr + " with explicit padding";
  for (const PlannedField &F : P.Fields)
    if (F.Storage || F.Unaligned)
      S += "; " + storageNote(R.Fields[F.IRIndex], F);
  return S;
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

  RecordPlan P = planRecord(*this, Id);
  if (P.Opaque) {
    lowerOpaqueRecord(Id);
    std::string Why = "Rust's repr cannot lay it out as C does (" + P.Why +
                      "): an opaque blob of its size and alignment";
    if (Opts.Verbose)
      warn(locationPrefix(I.Loc) + (R.IsUnion ? "union '" : "struct '") + N +
           "': " + Why);
    report(Id, R.IsUnion ? "union" : "struct", "opaque", Why);
    return;
  }
  UnionKind UK = P.UK;

  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = N;
  S.IsUnion = P.RustUnion;
  S.Doc = docLines(I.Comment);
  for (PlannedField &F : P.Fields)
    S.Fields.push_back(F.F);
  S.Attrs = P.reprAttrs();
  if (P.Rebuilt && Opts.Verbose) {
    warn(locationPrefix(I.Loc) + (R.IsUnion ? "union '" : "struct '") + N +
         "': bindgen's representation would be wrong (" + P.Why +
         "); rebuilt with explicit padding");
    for (const PlannedField &F : P.Fields)
      if (F.Storage || F.Unaligned)
        warn(locationPrefix(R.Fields[F.IRIndex].Loc) + N + ": " +
             storageNote(R.Fields[F.IRIndex], F));
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
    layoutTests(N, R.Layout.Size, R.Layout.Align, P.Offsets);
  if (Opts.DeriveDefault && (UnionLike || !canDeriveItem(Id, Trait::Default)) &&
      !(I.annot().NoDefault || Opts.NoDefault.matches(N)))
    defaultImpl(N);
  if (Opts.ImplDebug && Opts.DeriveDebug &&
      std::find(S.Derives.begin(), S.Derives.end(), "Debug") ==
          S.Derives.end() &&
      !(I.annot().NoDebug || Opts.NoDebug.matches(N))) {
    std::vector<std::pair<std::string, rust::ExprRef>> DebugFields;
    rust::ExprRef Self = rust::atom("self");
    size_t Anon = 0;
    std::vector<bool> IsStorage(R.Fields.size());
    for (const PlannedField &F : P.Fields)
      if (F.Storage)
        IsStorage[F.IRIndex] = true;
    for (size_t Idx = 0; Idx < R.Fields.size(); ++Idx) {
      const ir::Field &F = R.Fields[Idx];
      if (F.BitWidth) {
        if (!F.Name.empty())
          DebugFields.push_back(
              {F.Name, rust::method(Self, escapeRustName(F.Name), {})});
        continue;
      }
      std::string RN = F.IsAnonymousRecord || F.Name.empty()
                           ? Opts.AnonFieldsPrefix + std::to_string(++Anon)
                           : escapeRustName(F.Name);
      rust::ExprRef Expr =
          IsStorage[Idx] ? rust::method(Self, RN, {}) : rust::field(Self, RN);
      // `write!` takes references, which a field of a packed struct may not
      // give (E0793): a Copy field is copied out first.
      if (P.Pack && !IsStorage[Idx] && canDerive(F.Type.Type, Trait::Copy) &&
          rustLayout(F.Type.Type).Align > 1)
        Expr = rust::block({rust::tail(Expr)});
      DebugFields.push_back(
          {F.IsAnonymousRecord || F.Name.empty() ? RN : F.Name, Expr});
    }
    debugImpl(N, DebugFields, R.IsUnion ? "union" : "");
  }
  if (!P.Units.empty())
    emitBitfieldAccessors(*this, N, P.Units, S.IsUnion);
  emitStorageAccessors(*this, N, P);
  report(Id, R.IsUnion ? "union" : "struct", "emitted", rebuiltReason(R, P));
}

} // namespace kbindgen
