//===- Selection.cpp - Allowlists, blocklists and what items need ---------===//
//
// Without an allowlist every item is selected unless blocklisted. With one,
// the allowlisted items are the roots and, unless --no-recursive-allowlist,
// every type they mention is selected too (bindgen's transitive closure).
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"

namespace kbindgen {

namespace {

class Closure {
public:
  Closure(LowerContext &C, std::vector<bool> &Selected,
          const std::vector<bool> &Blocked)
      : C(C), M(C.M), Selected(Selected), Blocked(Blocked) {}

  void addItem(ir::ItemId Id) {
    if (C.replacement(Id) != Id)
      addItem(C.replacement(Id));
    if (Selected[Id.Index] || Blocked[Id.Index])
      return;
    Selected[Id.Index] = true;
    const ir::Item &I = M.item(Id);
    if (!C.Opts.RecursiveAllowlist) {
      // Types defined inside a record belong to it, even without recursion.
      if (I.Kind == ir::ItemKind::Record)
        for (const ir::Field &F : I.rec().Fields)
          addNested(Id, F.Type.Type);
      return;
    }
    switch (I.Kind) {
    case ir::ItemKind::Record:
      // An opaque record is a blob: it mentions none of its field types.
      if (C.isOpaque(Id))
        break;
      for (const ir::Field &F : I.rec().Fields)
        addType(F.Type.Type);
      break;
    case ir::ItemKind::Typedef:
      addType(I.tdef().Underlying.Type);
      break;
    case ir::ItemKind::Function:
      addSig(I.fn().Sig);
      break;
    case ir::ItemKind::Var:
      addType(I.var().Type.Type);
      break;
    case ir::ItemKind::Macro:
      if (I.mac().Value.Type.Type.isValid())
        addType(I.mac().Value.Type.Type);
      break;
    case ir::ItemKind::Enum:
      break;
    }
  }

  void addType(ir::TypeId T) {
    if (!T.isValid() || Visited.size() <= T.Index)
      Visited.resize(M.numTypes(), false);
    if (!T.isValid() || Visited[T.Index])
      return;
    Visited[T.Index] = true;
    const ir::Type &Ty = M.type(T);
    switch (Ty.Kind) {
    case ir::TypeKind::Pointer:
      addType(Ty.Pointee.Type);
      break;
    case ir::TypeKind::Array:
    case ir::TypeKind::IncompleteArray:
    case ir::TypeKind::Complex:
    case ir::TypeKind::Vector:
      addType(Ty.Element);
      break;
    case ir::TypeKind::Function:
      addSig(Ty.Function);
      break;
    case ir::TypeKind::Record:
    case ir::TypeKind::Enum:
    case ir::TypeKind::Typedef:
    case ir::TypeKind::VaList:
      addItem(Ty.Decl);
      break;
    case ir::TypeKind::Primitive:
    case ir::TypeKind::Opaque:
      break;
    }
  }

  void addNested(ir::ItemId Parent, ir::TypeId T) {
    const ir::Type &Ty = M.type(T);
    if ((Ty.Kind == ir::TypeKind::Record || Ty.Kind == ir::TypeKind::Enum) &&
        M.item(Ty.Decl).Parent == Parent)
      addItem(Ty.Decl);
  }

  void addSig(const ir::FunctionSig &Sig) {
    addType(Sig.Return.Type);
    for (const ir::Param &P : Sig.Params)
      addType(P.Type.Type);
  }

private:
  LowerContext &C;
  const ir::Module &M;
  std::vector<bool> &Selected;
  const std::vector<bool> &Blocked;
  std::vector<bool> Visited;
};

} // namespace

static bool isType(const ir::Item &I) {
  return I.Kind == ir::ItemKind::Record || I.Kind == ir::ItemKind::Enum ||
         I.Kind == ir::ItemKind::Typedef;
}

std::string LowerContext::ruleText(llvm::StringRef Option,
                                   const std::string &Pattern) const {
  std::string Text = "matches --" + Option.str() + " '" + Pattern + "'";
  auto It = Opts.Reasons.find(Option.str() + "=" + Pattern);
  if (It != Opts.Reasons.end())
    Text += " (reason: " + It->second + ")";
  return Text;
}

void LowerContext::computeReplacements() {
  ReplacedBy.assign(M.numItems(), ir::ItemId());
  llvm::StringMap<ir::ItemId> Replacing; // The replaced name -> its stand-in.
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (isType(I) && !I.annot().ReplacesName.empty())
      Replacing.try_emplace(I.annot().ReplacesName, Id);
  }
  if (Replacing.empty())
    return;
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (!isType(I) || !I.annot().ReplacesName.empty())
      continue;
    auto It = Replacing.find(name(Id));
    if (It == Replacing.end())
      continue;
    ReplacedBy[Id.Index] = It->second;
    const ir::Type &Old = M.type(I.SelfType);
    const ir::Type &New = M.type(M.item(It->second).SelfType);
    if (Old.Size && (Old.Size != New.Size || Old.Align != New.Align))
      warn(locationPrefix(M.item(It->second).Loc) + "'" +
           M.item(It->second).Name + "' replaces '" + I.Name +
           "', which has another layout (" + std::to_string(Old.Size) + "/" +
           std::to_string(Old.Align) + " vs " + std::to_string(New.Size) + "/" +
           std::to_string(New.Align) + " bytes size/alignment)");
  }
}

void LowerContext::computeSelection() {
  computeReplacements();
  size_t N = M.numItems();
  Blocked.assign(N, false);
  Selected.assign(N, false);
  BlockReasons.assign(N, "");
  BlockStatus.assign(N, "blocklisted");
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    const std::string &Nm = name(Id);
    const char *Option = "blocklist-var";
    const RegexSet *ByKind = &Opts.BlocklistVars;
    if (isType(I)) {
      Option = "blocklist-type";
      ByKind = &Opts.BlocklistTypes;
    } else if (I.Kind == ir::ItemKind::Function) {
      Option = "blocklist-function";
      ByKind = &Opts.BlocklistFunctions;
    }
    std::string &Why = BlockReasons[Id.Index];
    if (I.annot().Hide) {
      BlockStatus[Id.Index] = "hidden";
      Why = "annotated <div rustbindgen hide>";
    } else if (replacement(Id) != Id) {
      BlockStatus[Id.Index] = "replaced";
      Why = "'" + M.item(replacement(Id)).Name + "' is emitted in its " +
            "place (annotated <div rustbindgen replaces=\"" + name(Id) + "\">)";
    } else if (const std::string *P = Opts.BlocklistItems.firstMatch(Nm))
      Why = ruleText("blocklist-item", *P);
    else if (const std::string *P = ByKind->firstMatch(Nm))
      Why = ruleText(Option, *P);
    else if (!I.Loc.File.empty())
      if (const std::string *P = Opts.BlocklistFiles.firstMatch(I.Loc.File))
        Why = ruleText("blocklist-file", *P);
    Blocked[Id.Index] = !Why.empty();
  }

  if (!Opts.hasAllowlist()) {
    for (ir::ItemId Id : M.order())
      Selected[Id.Index] = !Blocked[Id.Index];
    return;
  }

  Closure Cl(*this, Selected, Blocked);
  for (ir::ItemId Id : M.order())
    if (!isSkipped(Id) && isAllowlistRoot(Id))
      Cl.addItem(Id);
}

bool LowerContext::isAllowlistRoot(ir::ItemId Id) const {
  const ir::Item &I = M.item(Id);
  const std::string &Nm = name(Id);
  if (Opts.AllowlistItems.matches(Nm) ||
      (!I.Loc.File.empty() && Opts.AllowlistFiles.matches(I.Loc.File)))
    return true;
  if (I.Kind == ir::ItemKind::Function)
    return Opts.AllowlistFunctions.matches(Nm);
  if (!isType(I))
    return Opts.AllowlistVars.matches(Nm);
  if (Opts.AllowlistTypes.matches(Nm))
    return true;
  // An enum is needed when one of its constants is allowlisted as a var.
  if (I.Kind == ir::ItemKind::Enum)
    for (const ir::Enumerator &E : I.enm().Constants)
      if (Opts.AllowlistVars.matches(E.Name) ||
          Opts.AllowlistItems.matches(E.Name))
        return true;
  return false;
}

bool LowerContext::wouldBeRoot(ir::ItemId Id) const {
  if (Blocked[Id.Index])
    return false;
  return !Opts.hasAllowlist() || isAllowlistRoot(Id);
}

} // namespace kbindgen
