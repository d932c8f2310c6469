//===- Lower.cpp - The lowering pipeline ----------------------------------===//

#include "LowerContext.h"
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
  case EnumStyle::RustReprC:
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
  std::vector<rust::Stmt> Checks;
  // `["message"][ACTUAL - EXPECTED];` fails to compile unless the
  // subtraction is 0 (an index past the end or an overflow).
  auto check = [&](const std::string &Msg, rust::ExprRef Actual,
                   uint64_t Expected) {
    Checks.push_back(rust::semi(rust::subscript(
        rust::array({rust::atom("\"" + Msg + "\"")}),
        rust::binary(std::move(Actual), "-", rust::atom(usizeLit(Expected))))));
  };
  rust::TypeRef Self = rust::Type::path(Name);
  check("Size of " + Name, rust::call(Mem + "size_of", {}, {Self}), Size);
  check("Alignment of " + Name, rust::call(Mem + "align_of", {}, {Self}),
        Align);
  for (const auto &[Field, Offset] : Fields)
    check("Offset of field: " + Name + "::" + Field,
          rust::macroCall(Mem + "offset_of",
                          {rust::atom(Name), rust::atom(Field)}),
          Offset);
  rust::Item T;
  T.K = rust::Item::Kind::Const;
  T.Vis = "";
  T.Name = "_";
  T.Ty = rust::Type::unit();
  T.Attrs.push_back(
      "#[allow(clippy::unnecessary_operation, clippy::identity_op)]");
  T.Init = rust::block(std::move(Checks));
  emit(T);
}

rust::Item traitMethod(const std::string &Name, std::vector<rust::Param> Params,
                       rust::TypeRef Ret, std::vector<rust::Stmt> Body) {
  rust::Item F;
  F.K = rust::Item::Kind::Function;
  F.Vis = "";
  F.Name = Name;
  F.Params = std::move(Params);
  F.Ty = std::move(Ret);
  F.Stmts = std::move(Body);
  return F;
}

rust::Item inlineMethod(const std::string &Name, bool Unsafe) {
  rust::Item F;
  F.K = rust::Item::Kind::Function;
  F.Name = Name;
  F.Unsafe = Unsafe;
  F.Attrs.push_back("#[inline]");
  return F;
}

rust::Item associatedType(const std::string &Name, rust::TypeRef Ty) {
  rust::Item A;
  A.K = rust::Item::Kind::TypeAlias;
  A.Vis = "";
  A.Name = Name;
  A.Ty = std::move(Ty);
  return A;
}

rust::Item inlined(rust::Item M) {
  M.Attrs.insert(M.Attrs.begin(), "#[inline]");
  return M;
}

void LowerContext::defaultImpl(const std::string &Name) {
  std::string Std = stdPath();
  rust::ExprRef S = rust::atom("s");
  rust::ExprRef Zeroed =
      rust::block({rust::semi(rust::call(Std + "::ptr::write_bytes",
                                         {rust::method(S, "as_mut_ptr", {}),
                                          rust::atom("0"), rust::atom("1")})),
                   rust::tail(rust::method(S, "assume_init", {}))},
                  /*Unsafe=*/true);
  rust::Item I;
  I.K = rust::Item::Kind::Impl;
  I.Header = "impl Default for " + Name;
  I.Children.push_back(traitMethod(
      "default", {}, rust::Type::path("Self"),
      {rust::let("mut s",
                 rust::call(Std + "::mem::MaybeUninit::<Self>::uninit", {})),
       rust::tail(Zeroed)}));
  emit(I);
}

void LowerContext::debugImpl(
    const std::string &Name,
    const std::vector<std::pair<std::string, rust::ExprRef>> &Fields,
    llvm::StringRef Kind) {
  std::string Fmt = stdPath() + "::fmt::";
  std::vector<rust::ExprRef> Args = {rust::atom("f")};
  if (!Kind.empty() || Fields.empty()) {
    std::string What = Kind.empty() ? "" : " " + Kind.str();
    Args.push_back(rust::atom("\"" + Name + " {{" + What + " }}\""));
  } else {
    std::string Text = Name + " {{ ";
    for (size_t J = 0; J < Fields.size(); ++J)
      Text += (J ? ", " : "") + Fields[J].first + ": {:?}";
    Args.push_back(rust::atom("\"" + Text + " }}\""));
    for (const auto &F : Fields)
      Args.push_back(F.second);
  }
  rust::Item I;
  I.K = rust::Item::Kind::Impl;
  I.Header = "impl " + Fmt + "Debug for " + Name;
  I.Children.push_back(
      traitMethod("fmt",
                  {{"", rust::Type::path("&self")},
                   {"f", rust::Type::path("&mut " + Fmt + "Formatter<'_>")}},
                  rust::Type::path(Fmt + "Result"),
                  {rust::tail(rust::macroCall("write", std::move(Args)))}));
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

/// --generate and --ignore-functions: the option that leaves out items of
/// I's kind, or null when they are written.
static const char *kindLeftOutBy(const Options &Opts, const ir::Item &I) {
  switch (I.Kind) {
  case ir::ItemKind::Function:
    if (Opts.IgnoreFunctions)
      return "--ignore-functions";
    return Opts.GenerateFunctions ? nullptr : "--generate";
  case ir::ItemKind::Var:
  case ir::ItemKind::Macro:
    return Opts.GenerateVars ? nullptr : "--generate";
  default:
    return Opts.GenerateTypes ? nullptr : "--generate";
  }
}

void LowerContext::lowerItem(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  if (isSkipped(Id)) {
    if (Opts.WrapStaticFns && I.Kind == ir::ItemKind::Function &&
        !I.Skipped->Category.empty() && wouldBeRoot(Id))
      ++Report.WrapperSkips[I.Skipped->Category];
    report(Id, I.Kind == ir::ItemKind::Macro ? "macro" : "item", "skipped",
           I.Skipped->Reason);
    return;
  }
  if (isBlocklisted(Id)) {
    report(Id, "item", blockStatus(Id), blockReason(Id));
    return;
  }
  if (!isSelected(Id)) {
    report(Id, "item", "not selected",
           "not allowlisted nor needed by an allowlisted item");
    return;
  }
  if (const char *Option = kindLeftOutBy(Opts, I)) {
    report(Id, "item", "not generated",
           std::string(Option) + " leaves out items of its kind");
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

rust::File LowerContext::run(ItemSink *ToSink) {
  computeNames();
  // Items are handed over as they come unless a naming rule gathers them
  // into modules, which needs them all first.
  if (llvm::all_of(Modules, [](const std::string &Mod) { return Mod.empty(); }))
    Sink = ToSink;
  computeSelection();
  for (ir::ItemId Id : M.order()) {
    lowerItem(Id);
    if (Sink)
      flushEmitted();
  }
  CurrentModule.clear();
  CurrentItem = ir::ItemId();
  if (!Opts.DynamicLibraryName.empty())
    emitDynamicLibrary();
  emitMergedExterns();
  if (Sink)
    flushEmitted();
  groupModules();

  // Helper types go first, as bindgen puts them.
  std::vector<rust::Item> Prelude;
  for (unsigned H = 0; H < static_cast<unsigned>(Helper::Count); ++H) {
    if (!Needed[H])
      continue;
    rust::Item P;
    P.K = rust::Item::Kind::Raw;
    P.Body = preludeLines(*this, static_cast<Helper>(H));
    Prelude.push_back(std::move(P));
  }
  Out.Items.insert(Out.Items.begin(), std::make_move_iterator(Prelude.begin()),
                   std::make_move_iterator(Prelude.end()));
  Out.RawLines = Opts.RawLines;
  return std::move(Out);
}

void LowerContext::flushEmitted() {
  for (rust::Item &I : Out.Items)
    Sink->consume(I);
  Out.Items.clear();
}

rust::File lowerModule(const ir::Module &M, const Options &Opts,
                       LowerReport &Report, ItemSink *Sink) {
  LowerContext C(M, Opts, Report);
  return C.run(Sink);
}

} // namespace kbindgen
