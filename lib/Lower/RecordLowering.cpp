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

/// Rust derives only Copy and Clone for a `union`: a Debug, Default, Hash,
/// PartialEq, Eq, PartialOrd or Ord asked for it (--with-derive-custom-union,
/// a `derive="..."` annotation) would not compile, so it is left out with a
/// warning. Traits Rust does not know stay: a derive macro may accept unions.
static void dropUnderivableForUnion(LowerContext &C, rust::Item &U) {
  static const llvm::StringRef Underivable[] = {
      "Debug", "Default", "Hash", "PartialEq", "Eq", "PartialOrd", "Ord"};
  std::string Dropped;
  llvm::erase_if(U.Derives, [&](const std::string &D) {
    if (!llvm::is_contained(Underivable, D))
      return false;
    Dropped += (Dropped.empty() ? "" : ", ") + D;
    return true;
  });
  if (!Dropped.empty())
    C.warn("union '" + U.Name + "': Rust cannot derive " + Dropped +
           " for a union; left out of its derives");
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

static const char *kindName(const ir::Record &R) {
  return R.IsUnion ? "union" : "struct";
}

/// A record declared but never defined. bindgen sees one declared inside a
/// record as an empty record of its own (`_address: u8`), any other as an
/// opaque forward declaration (`_unused: [u8; 0]`).
static rust::Item forwardDeclaration(LowerContext &C, ir::ItemId Id) {
  const ir::Item &I = C.M.item(Id);
  const ir::Record &R = I.rec();
  CustomRule::Target On =
      R.IsUnion ? CustomRule::Target::Union : CustomRule::Target::Struct;
  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = C.name(Id);
  S.Doc = C.docLines(I.Comment);
  S.Attrs.push_back("#[repr(C)]");
  S.Derives = C.derivesFor(Id, false);
  C.addCustomDerives(S.Derives, S.Name, On);
  rust::Field F;
  if (R.IsDeclaredInRecord) {
    F.Name = "_address";
    F.Ty = rust::Type::path("u8");
  } else {
    for (std::string &A : C.customAttributes(S.Name, On))
      S.Attrs.push_back(A);
    F.Vis = "";
    F.Name = "_unused";
    F.Ty = rust::Type::array(rust::Type::path("u8"), "0");
  }
  S.Fields.push_back(F);
  return S;
}

/// --verbose: why the record is not bindgen's representation and what each
/// storage field became.
static void warnRebuilt(LowerContext &C, const ir::Item &I,
                        const std::string &N, const RecordPlan &P) {
  const ir::Record &R = I.rec();
  C.warn(locationPrefix(I.Loc) + (R.IsUnion ? "union '" : "struct '") + N +
         "': bindgen's representation would be wrong (" + P.Why +
         "); rebuilt with explicit padding");
  for (const PlannedField &F : P.Fields)
    if (F.Storage || F.Unaligned)
      C.warn(locationPrefix(R.Fields[F.IRIndex].Loc) + N + ": " +
             storageNote(R.Fields[F.IRIndex], F));
}

/// The Rust struct or union of a planned record: fields, repr, derives and
/// attributes.
static rust::Item plannedRecord(LowerContext &C, ir::ItemId Id,
                                const RecordPlan &P) {
  const ir::Item &I = C.M.item(Id);
  const ir::Record &R = I.rec();
  std::string N = C.name(Id);
  rust::Item S;
  S.K = rust::Item::Kind::Struct;
  S.Name = N;
  S.IsUnion = P.RustUnion;
  S.Doc = C.docLines(I.Comment);
  for (const PlannedField &F : P.Fields)
    S.Fields.push_back(F.F);
  S.Attrs = P.reprAttrs();
  // A struct of __BindgenUnionFields (always Copy) derives what the derive
  // analysis says, as in bindgen: records containing it derive Copy on that
  // promise (maple_tree's zero-sized lock union when !SMP).
  if (P.UK != UnionKind::ManuallyDrop)
    S.Derives = C.derivesFor(Id, R.IsUnion);
  CustomRule::Target On =
      R.IsUnion ? CustomRule::Target::Union : CustomRule::Target::Struct;
  C.addCustomDerives(S.Derives, N, On);
  if (S.IsUnion)
    dropUnderivableForUnion(C, S);
  for (std::string &A : C.customAttributes(N, On))
    S.Attrs.push_back(A);
  for (const std::string &A : I.annot().Attributes)
    for (std::string &One : splitAttributes(A))
      S.Attrs.push_back(std::move(One));
  return S;
}

/// The fields `impl Debug` shows, as (name, value): bitfields and storage
/// fields through their getters (a storage field without them is left
/// out), a Copy field of a packed record copied out first.
static std::vector<std::pair<std::string, rust::ExprRef>>
debugFields(LowerContext &C, const ir::Record &R, const RecordPlan &P) {
  std::vector<std::pair<std::string, rust::ExprRef>> Out;
  rust::ExprRef Self = rust::atom("self");
  size_t Anon = 0;
  std::vector<bool> IsStorage(R.Fields.size()), NoAccessors(R.Fields.size());
  for (const PlannedField &F : P.Fields)
    if (F.Storage) {
      IsStorage[F.IRIndex] = true;
      NoAccessors[F.IRIndex] = !hasStorageAccessors(C, R, F);
    }
  for (size_t Idx = 0; Idx < R.Fields.size(); ++Idx) {
    const ir::Field &F = R.Fields[Idx];
    if (F.BitWidth) {
      if (!F.Name.empty())
        Out.push_back({F.Name, rust::method(Self, escapeRustName(F.Name), {})});
      continue;
    }
    bool Unnamed = F.IsAnonymousRecord || F.Name.empty();
    std::string RN = Unnamed ? C.Opts.AnonFieldsPrefix + std::to_string(++Anon)
                             : escapeRustName(F.Name);
    if (NoAccessors[Idx])
      continue;
    rust::ExprRef Value =
        IsStorage[Idx] ? rust::method(Self, RN, {}) : rust::field(Self, RN);
    // `write!` takes references, which a field of a packed struct may not
    // give (E0793): a Copy field is copied out first.
    if (P.Pack && !IsStorage[Idx] && C.canDerive(F.Type.Type, Trait::Copy) &&
        C.rustLayout(F.Type.Type).Align > 1)
      Value = rust::block({rust::tail(Value)});
    Out.push_back({Unnamed ? RN : F.Name, Value});
  }
  return Out;
}

/// A record as planned, then what goes with it: layout assertions, the
/// `Default` and `Debug` impls, and the accessors of bitfields and storage
/// fields.
static void lowerPlannedRecord(LowerContext &C, ir::ItemId Id,
                               const RecordPlan &P) {
  const ir::Item &I = C.M.item(Id);
  const ir::Record &R = I.rec();
  const Options &Opts = C.Opts;
  std::string N = C.name(Id);
  if (P.Rebuilt && Opts.Verbose)
    warnRebuilt(C, I, N, P);
  rust::Item S = plannedRecord(C, Id, P);
  std::vector<std::string> Derives = S.Derives;
  bool RustUnion = S.IsUnion;
  C.emit(std::move(S));
  if (Opts.LayoutTests)
    C.layoutTests(N, R.Layout.Size, R.Layout.Align, P.Offsets);
  if (Opts.DeriveDefault &&
      (R.IsUnion || !C.canDeriveItem(Id, Trait::Default)) &&
      !(I.annot().NoDefault || Opts.NoDefault.matches(N)))
    C.defaultImpl(N);
  if (Opts.ImplDebug && Opts.DeriveDebug &&
      !llvm::is_contained(Derives, "Debug") &&
      !(I.annot().NoDebug || Opts.NoDebug.matches(N)))
    C.debugImpl(N, debugFields(C, R, P), R.IsUnion ? "union" : "");
  if (!P.Units.empty())
    emitBitfieldAccessors(C, N, P.Units, RustUnion);
  emitStorageAccessors(C, N, P);
}

void LowerContext::lowerRecord(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::Record &R = I.rec();
  std::string N = name(Id);
  // Tags declared in function prototype scope are distinct C types with
  // one Rust name: the first one stands for all.
  if (!claimTypeName(N)) {
    report(Id, kindName(R), "skipped", "name already used by another type");
    return;
  }
  if (!R.IsComplete) {
    emit(forwardDeclaration(*this, Id));
    report(Id, kindName(R), "emitted",
           R.IsDeclaredInRecord
               ? "declared inside a record but never defined: an empty record"
               : "declared but not defined: opaque forward declaration");
    return;
  }
  if (isOpaque(Id)) {
    lowerOpaqueRecord(Id);
    const std::string *P = Opts.OpaqueTypes.firstMatch(N);
    report(Id, kindName(R), "opaque",
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
      warn(locationPrefix(I.Loc) + kindName(R) + " '" + N + "': " + Why);
    report(Id, kindName(R), "opaque", Why);
    return;
  }
  lowerPlannedRecord(*this, Id, P);
  report(Id, kindName(R), "emitted", rebuiltReason(R, P));
}

} // namespace kbindgen
