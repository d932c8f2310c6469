//===- Lower.cpp - The lowering pipeline ----------------------------------===//

#include "LowerContext.h"
#include "kbindgen/Emit/RustWriter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace kbindgen {

LowerContext::LowerContext(const ir::Module &M, const Options &Opts,
                           LowerReport &Report)
    : M(M), Opts(Opts), Report(Report) {}

std::vector<std::string>
LowerContext::docLines(const std::string &Comment) const {
  std::vector<std::string> Out;
  if (!Opts.DocComments || Comment.empty())
    return Out;
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  llvm::StringRef(Comment).split(Lines, '\n');
  for (llvm::StringRef L : Lines)
    Out.push_back(L.rtrim().str());
  return Out;
}

void LowerContext::report(ir::ItemId Id, llvm::StringRef Kind,
                          llvm::StringRef Status, llvm::StringRef Reason) {
  const ir::Item &I = M.item(Id);
  bool Emitted = Status == "emitted" || Status == "opaque";
  if (Emitted) {
    ++Report.EmittedPerKind[Kind.str()];
    EmittedItems.try_emplace(name(Id), Id);
  }
  if (!Report.KeepItems)
    return;
  ItemReport R;
  R.Name = I.Name.empty() ? name(Id) : I.Name;
  R.RustName = Emitted ? name(Id) : "";
  R.Kind = Kind.str();
  R.Loc = I.Loc;
  R.Status = Status.str();
  R.Reason = Reason.str();
  Report.Items.push_back(std::move(R));
}

ir::TypeId LowerContext::integerTypeFor(ir::TypeId T) {
  ir::TypeId Canon = M.canonical(T);
  const ir::Type &Ty = M.type(Canon);
  if (Ty.Kind != ir::TypeKind::Enum)
    return T;
  switch (enumStyle(Ty.Decl)) {
  case EnumStyle::Consts:
  case EnumStyle::ModuleConsts:
    return T;
  case EnumStyle::Rust:
  case EnumStyle::RustNonExhaustive:
  case EnumStyle::NewType:
  case EnumStyle::NewTypeGlobal:
  case EnumStyle::Bitfield:
    return M.item(Ty.Decl).enm().Underlying;
  }
  return T;
}

std::string locationPrefix(const ir::Location &L) {
  if (!L.isValid())
    return "";
  return L.File.str() + ":" + std::to_string(L.Line) + ":" +
         std::to_string(L.Column) + ": ";
}

bool LowerContext::claimValueName(const std::string &Name) {
  return ValueNames.insert(Name).second;
}

bool LowerContext::claimTypeName(const std::string &Name) {
  return TypeNames.insert(Name).second;
}

void LowerContext::layoutTests(
    const std::string &Name, uint64_t Size, uint64_t Align,
    const std::vector<std::pair<std::string, uint64_t>> &Fields) {
  std::string Mem = stdPath() + "::mem::";
  rust::Item T;
  T.K = rust::Item::Kind::Raw;
  // Generic is set for `size_of::<Name>()`: rustfmt breaks inside `::<>`
  // when even the second line is too long.
  auto assertion = [&](const std::string &Msg, const std::string &Expr,
                       uint64_t Value, const std::string &Generic = "") {
    std::string Flat =
        "[\"" + Msg + "\"][" + Expr + " - " + usizeLit(Value) + "];";
    if (4 + Flat.size() <= 100) {
      T.Body.push_back("    " + Flat);
      return;
    }
    std::string Second = "        [" + Expr + " - " + usizeLit(Value) + "];";
    if (Second.size() <= 100) {
      T.Body.push_back("    [\"" + Msg + "\"]");
      T.Body.push_back(Second);
      return;
    }
    // Neither fits: rustfmt breaks inside the generic arguments or the
    // macro, keeping `["msg"][` on the first line when that line plus the
    // literal is at most 110 columns (measured on rustfmt 1.8), else inside
    // the call's `()` when that fits.
    std::string Joined = "    [\"" + Msg + "\"][" + Generic;
    std::string CallOpen = "        [" + Expr.substr(0, Expr.size() - 1);
    bool JoinedFits = Joined.size() + 3 + usizeLit(Value).size() <= 110;
    if (!Generic.empty() && !JoinedFits && CallOpen.size() <= 100) {
      // `size_of::<Name>()` still fits when broken inside its `()`.
      T.Body.push_back("    [\"" + Msg + "\"]");
      T.Body.push_back(CallOpen);
      T.Body.push_back("        ) - " + usizeLit(Value) + "];");
      return;
    }
    if (!Generic.empty()) {
      if (JoinedFits) {
        T.Body.push_back(Joined + "::<");
        T.Body.push_back("        " + Name + ",");
        T.Body.push_back("    >() - " + usizeLit(Value) + "];");
        return;
      }
      T.Body.push_back("    [\"" + Msg + "\"]");
      T.Body.push_back("        [" + Generic + "::<");
      T.Body.push_back("            " + Name + ",");
      T.Body.push_back("        >() - " + usizeLit(Value) + "];");
      return;
    }
    // offset_of!(Name, field), measured on rustfmt 1.8 with Width = first
    // line plus the offset literal: the subtraction stays on the `)` line
    // up to 117, moves below it up to 127, and beyond that rustfmt leaves
    // the statement as written.
    size_t Open = Expr.find('(');
    std::string First = "    [\"" + Msg + "\"][" + Expr.substr(0, Open + 1);
    size_t Width = First.size() + usizeLit(Value).size();
    if (Open == std::string::npos || Width > 127) {
      T.Body.push_back("    [\"" + Msg + "\"]");
      T.Body.push_back(Second);
      return;
    }
    llvm::StringRef Args =
        llvm::StringRef(Expr).substr(Open + 1).drop_back(); // `Name, field`
    auto [Ty, Field] = Args.split(", ");
    T.Body.push_back(First);
    T.Body.push_back("        " + Ty.str() + ",");
    T.Body.push_back("        " + Field.str());
    if (Width <= 117) {
      T.Body.push_back("    ) - " + usizeLit(Value) + "];");
      return;
    }
    T.Body.push_back("    )");
    T.Body.push_back("        - " + usizeLit(Value) + "];");
  };
  T.Body.push_back(
      "#[allow(clippy::unnecessary_operation, clippy::identity_op)]");
  T.Body.push_back("const _: () = {");
  assertion("Size of " + Name, Mem + "size_of::<" + Name + ">()", Size,
            Mem + "size_of");
  assertion("Alignment of " + Name, Mem + "align_of::<" + Name + ">()", Align,
            Mem + "align_of");
  for (const auto &[Field, Offset] : Fields)
    assertion("Offset of field: " + Name + "::" + Field,
              Mem + "offset_of!(" + Name + ", " + Field + ")", Offset);
  T.Body.push_back("};");
  emit(T);
}

void LowerContext::defaultImpl(const std::string &Name) {
  std::string Std = stdPath();
  rust::Item I;
  I.K = rust::Item::Kind::Impl;
  I.Header = "impl Default for " + Name;
  I.Body = {"fn default() -> Self {",
            "    let mut s = " + Std + "::mem::MaybeUninit::<Self>::uninit();",
            "    unsafe {",
            "        " + Std + "::ptr::write_bytes(s.as_mut_ptr(), 0, 1);",
            "        s.assume_init()",
            "    }",
            "}"};
  emit(I);
}

void LowerContext::debugImpl(
    const std::string &Name,
    const std::vector<std::pair<std::string, std::string>> &Fields,
    llvm::StringRef Kind) {
  std::string Fmt = stdPath() + "::fmt::";
  rust::Item I;
  I.K = rust::Item::Kind::Impl;
  I.Header = "impl " + Fmt + "Debug for " + Name;
  I.Body.push_back("fn fmt(&self, f: &mut " + Fmt + "Formatter<'_>) -> " + Fmt +
                   "Result {");
  if (!Kind.empty() || Fields.empty()) {
    std::string What = Kind.empty() ? "" : " " + Kind.str();
    I.Body.push_back("    write!(f, \"" + Name + " {{" + What + " }}\")");
    I.Body.push_back("}");
    emit(I);
    return;
  }
  std::string Text = Name + " {{ ";
  std::vector<std::string> Args;
  for (size_t J = 0; J < Fields.size(); ++J) {
    Text += (J ? ", " : "") + Fields[J].first + ": {:?}";
    Args.push_back(Fields[J].second);
  }
  Text += " }}";
  std::string Flat = "write!(f, \"" + Text + "\"";
  for (const std::string &A : Args)
    Flat += ", " + A;
  Flat += ")";
  // rustfmt keeps a call on one line when it fits in 100 columns and its
  // arguments in 60 (fn_call_width).
  size_t ArgsWidth = Flat.size() - std::string("write!()").size();
  if (8 + Flat.size() <= 100 && ArgsWidth <= 60) {
    I.Body.push_back("    " + Flat);
  } else {
    I.Body.push_back("    write!(");
    I.Body.push_back("        f,");
    I.Body.push_back("        \"" + Text + "\",");
    // rustfmt packs the arguments after a format string onto one line
    // when they fit.
    std::string Packed;
    for (const std::string &A : Args)
      Packed += (Packed.empty() ? "" : ", ") + A;
    // ... when they are simple expressions (a `{ copy }` block is not).
    bool Simple = llvm::none_of(
        Args, [](const std::string &A) { return A.front() == '{'; });
    if (Simple && 8 + Packed.size() <= 100)
      I.Body.push_back("        " + Packed);
    else
      for (const std::string &A : Args)
        I.Body.push_back("        " + A + ",");
    I.Body.push_back("    )");
  }
  I.Body.push_back("}");
  emit(I);
}

static bool ruleMatches(const CustomRule &R, llvm::StringRef Name) {
  return R.Re.matches(Name);
}

/// The rules for Name in bindgen's order: those for any kind of type first,
/// then those for this kind, each in command-line order.
static std::vector<const CustomRule *>
rulesFor(const std::vector<CustomRule> &Rules, llvm::StringRef Name,
         CustomRule::Target On) {
  std::vector<const CustomRule *> Out;
  for (const CustomRule &R : Rules)
    if (R.On == CustomRule::Target::Any && ruleMatches(R, Name))
      Out.push_back(&R);
  if (On == CustomRule::Target::Any)
    return Out;
  for (const CustomRule &R : Rules)
    if (R.On == On && ruleMatches(R, Name))
      Out.push_back(&R);
  return Out;
}

std::vector<std::string>
LowerContext::customAttributes(llvm::StringRef Name,
                               CustomRule::Target On) const {
  std::vector<std::string> Out;
  for (const CustomRule *R : rulesFor(Opts.CustomAttributes, Name, On))
    for (const std::string &V : R->Values)
      Out.push_back(V);
  return Out;
}

void LowerContext::addCustomDerives(std::vector<std::string> &Derives,
                                    llvm::StringRef Name,
                                    CustomRule::Target On) const {
  for (const CustomRule *R : rulesFor(Opts.CustomDerives, Name, On))
    for (const std::string &V : R->Values)
      if (std::find(Derives.begin(), Derives.end(), V) == Derives.end())
        Derives.push_back(V);
}

void LowerContext::lowerItem(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  if (I.Skipped) {
    if (Opts.WrapStaticFns && I.Kind == ir::ItemKind::Function &&
        !I.Skipped->Category.empty() && wouldBeRoot(Id))
      ++Report.WrapperSkips[I.Skipped->Category];
    report(Id, I.Kind == ir::ItemKind::Macro ? "macro" : "item", "skipped",
           I.Skipped->Reason);
    return;
  }
  if (isBlocklisted(Id)) {
    report(Id, "item", "blocklisted", blockReason(Id));
    return;
  }
  if (!isSelected(Id)) {
    report(Id, "item", "not selected",
           "not allowlisted nor needed by an allowlisted item");
    return;
  }
  CurrentModule = Modules[Id.Index];
  CurrentItem = Id;
  switch (I.Kind) {
  case ir::ItemKind::Record:
    lowerRecord(Id);
    break;
  case ir::ItemKind::Enum:
    lowerEnum(Id);
    break;
  case ir::ItemKind::Typedef:
    lowerTypedef(Id);
    break;
  case ir::ItemKind::Function:
    lowerFunction(Id);
    break;
  case ir::ItemKind::Var:
    lowerVar(Id);
    break;
  case ir::ItemKind::Macro:
    lowerMacro(Id);
    break;
  }
}

rust::File LowerContext::run() {
  computeNames();
  return lowerNamed();
}

rust::File LowerContext::lowerNamed() {
  computeSelection();
  for (ir::ItemId Id : M.order()) {
    lowerItem(Id);
    if (Stream)
      flushEmitted(/*KeepLast=*/true);
  }
  CurrentModule.clear();
  CurrentItem = ir::ItemId();
  if (!Opts.DynamicLibraryName.empty())
    emitDynamicLibrary();
  if (Stream)
    flushEmitted(/*KeepLast=*/false);
  groupModules();

  // Helper types go first, as bindgen puts them.
  std::vector<rust::Item> Prelude;
  auto addPrelude = [&](std::vector<std::string> Lines) {
    rust::Item P;
    P.K = rust::Item::Kind::Raw;
    P.Body = std::move(Lines);
    Prelude.push_back(std::move(P));
  };
  if (NeedOpaqueArray8)
    addPrelude(opaqueArrayPrelude(*this));
  if (NeedBitfieldUnit)
    addPrelude(bitfieldUnitPrelude(*this));
  if (NeedIncompleteArray)
    addPrelude(incompleteArrayPrelude(*this));
  if (NeedUnionField)
    addPrelude(unionFieldPrelude(*this));
  if (NeedComplex)
    addPrelude(complexPrelude(*this));
  if (NeedFloat16)
    addPrelude(float16Prelude(*this));
  if (NeedUnalignedArray)
    addPrelude(unalignedArrayPrelude(*this));
  Out.Items.insert(Out.Items.begin(), std::make_move_iterator(Prelude.begin()),
                   std::make_move_iterator(Prelude.end()));
  Out.RawLines = Opts.RawLines;
  return std::move(Out);
}

void LowerContext::flushEmitted(bool KeepLast) {
  size_t N = Out.Items.size() - (KeepLast && !Out.Items.empty() ? 1 : 0);
  for (size_t I = 0; I < N; ++I)
    rust::writeItem(Out.Items[I], *Stream);
  Out.Items.erase(Out.Items.begin(), Out.Items.begin() + N);
}

std::string LowerContext::runAndWrite(const std::string &HeaderComment) {
  std::string Body;
  llvm::raw_string_ostream BodyOS(Body);
  computeNames();
  // Items are written as they come unless a naming rule gathers them into
  // modules, which needs them all first.
  if (llvm::all_of(Modules, [](const std::string &Mod) { return Mod.empty(); }))
    Stream = &BodyOS;
  // Streamed, F.Items holds only the prelude; Body the items after it.
  rust::File F = lowerNamed();
  F.HeaderComment = HeaderComment;
  std::string Text;
  Text.reserve(Body.size() + 4096);
  llvm::raw_string_ostream OS(Text);
  rust::writeFile(F, OS, Body);
  return Text;
}

rust::File lowerModule(const ir::Module &M, const Options &Opts,
                       LowerReport &Report) {
  LowerContext C(M, Opts, Report);
  return C.run();
}

std::string lowerAndWrite(const ir::Module &M, const Options &Opts,
                          LowerReport &Report,
                          const std::string &HeaderComment) {
  LowerContext C(M, Opts, Report);
  return C.runAndWrite(HeaderComment);
}

} // namespace kbindgen
