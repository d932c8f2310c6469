//===- NamingRules.cpp - Configurable Rust names and modules --------------===//
//
// Raw bindings keep C names. A naming rule (from --naming-rule or a config
// file's `naming:` list) renames matching items, converts their case, places
// them in a Rust module and, for enums, names the variants; every reference
// to a renamed item uses the new path.
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"
#include "llvm/ADT/StringExtras.h"

namespace kbindgen {

/// Splits an identifier into words at `_` and at lower-to-upper changes.
static std::vector<std::string> words(llvm::StringRef Name) {
  std::vector<std::string> Out;
  std::string Cur;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (C == '_') {
      if (!Cur.empty())
        Out.push_back(Cur);
      Cur.clear();
      continue;
    }
    // An ASCII upper-case letter after a lower-case one (toLower/toUpper
    // work on LLVM 16, which has no llvm::isUpper/isLower).
    if (llvm::toLower(C) != C && !Cur.empty() &&
        llvm::toUpper(Cur.back()) != Cur.back()) {
      Out.push_back(Cur);
      Cur.clear();
    }
    Cur += C;
  }
  if (!Cur.empty())
    Out.push_back(Cur);
  return Out;
}

std::string convertCase(llvm::StringRef Name, llvm::StringRef Case) {
  if (Case.empty())
    return Name.str();
  std::string Out;
  for (const std::string &W : words(Name)) {
    if (Case == "CamelCase") {
      Out += llvm::toUpper(W[0]);
      Out += llvm::StringRef(W).drop_front().lower();
    } else if (Case == "snake_case") {
      if (!Out.empty())
        Out += '_';
      Out += llvm::StringRef(W).lower();
    } else {
      if (!Out.empty())
        Out += '_';
      Out += llvm::StringRef(W).upper();
    }
  }
  // A Rust identifier cannot start with a digit.
  if (!Out.empty() && llvm::isDigit(Out[0]))
    Out.insert(Out.begin(), '_');
  return Out.empty() ? Name.str() : Out;
}

static llvm::StringRef kindOf(const ir::Item &I) {
  switch (I.Kind) {
  case ir::ItemKind::Record:
    return I.rec().IsUnion ? "union" : "struct";
  case ir::ItemKind::Enum:
    return "enum";
  case ir::ItemKind::Typedef:
    return "type";
  case ir::ItemKind::Function:
    return "function";
  case ir::ItemKind::Var:
    return "var";
  case ir::ItemKind::Macro:
    return "const";
  }
  return "";
}

const NamingRule *LowerContext::namingRuleFor(ir::ItemId Id) const {
  const ir::Item &I = M.item(Id);
  if (I.Name.empty())
    return nullptr;
  for (const NamingRule &R : Opts.NamingRules) {
    if (!R.Kind.empty() && R.Kind != kindOf(I))
      continue;
    if (R.Re.matches(I.Name))
      return &R;
  }
  return nullptr;
}

void LowerContext::applyNamingRules() {
  if (Opts.NamingRules.empty())
    return;
  for (ir::ItemId Id : M.order()) {
    const NamingRule *R = namingRuleFor(Id);
    if (!R)
      continue;
    std::string N = M.item(Id).Name;
    llvm::StringRef Base(N);
    Base.consume_front(R->StripPrefix);
    std::string Renamed =
        R->Name.empty() ? convertCase(Base, R->Case) : R->Name;
    Names[Id.Index] = escapeRustName(Renamed);
    if (!R->Module.empty())
      Modules[Id.Index] = R->Module;
  }
}

std::string LowerContext::variantName(ir::ItemId Enum,
                                      const std::string &C) const {
  const NamingRule *R = namingRuleFor(Enum);
  if (!R)
    return escapeRustName(C);
  llvm::StringRef Base(C);
  Base.consume_front(R->VariantStripPrefix);
  return escapeRustName(convertCase(Base, R->VariantCase));
}

EnumStyle LowerContext::enumStyle(ir::ItemId Id) const {
  if (const NamingRule *R = namingRuleFor(Id))
    if (!R->EnumStyle.empty())
      return parseEnumStyleName(R->EnumStyle);
  const ir::Item &I = M.item(Id);
  if (I.IsAnonymous)
    return enumStyleFor(Opts, name(Id), I.enm().Constants);
  return enumStyleFor(Opts, name(Id));
}

EnumStyle parseEnumStyleName(llvm::StringRef V) {
  // The Driver validated the name when it read the rule.
  return enumStyleNamed(V).value_or(EnumStyle::Consts);
}

std::string LowerContext::qualifiedName(ir::ItemId Id) const {
  const std::string &Mod = Modules[Id.Index];
  if (Mod.empty())
    return name(Id);
  return Mod + "::" + name(Id);
}

void LowerContext::groupModules() {
  // Items a rule placed in a module are gathered, in order, into one
  // `pub mod` at the place of the first of them.
  bool AnyModule = false;
  for (const rust::Item &I : Out.Items)
    AnyModule = AnyModule || !I.Module.empty();
  if (!AnyModule)
    return; // The common case: nothing to move, no copy of the items.
  std::vector<rust::Item> Items;
  std::map<std::string, size_t> ModuleAt;
  for (rust::Item &I : Out.Items) {
    if (I.Module.empty()) {
      Items.push_back(std::move(I));
      continue;
    }
    auto [It, Inserted] = ModuleAt.emplace(I.Module, Items.size());
    if (Inserted) {
      rust::Item Mod;
      Mod.K = rust::Item::Kind::Module;
      Mod.Name = I.Module;
      rust::Item Use;
      Use.K = rust::Item::Kind::Use;
      Use.Vis = "";
      Use.Name = "super::*";
      Use.Attrs.push_back("#[allow(unused_imports)]");
      Mod.Children.push_back(std::move(Use));
      Items.push_back(std::move(Mod));
    }
    std::string Module = I.Module;
    I.Module.clear();
    Items[It->second].Children.push_back(std::move(I));
  }
  Out.Items = std::move(Items);
}

} // namespace kbindgen
