//===- Naming.cpp - Rust names for C items, as bindgen spells them --------===//

#include "LowerContext.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/xxhash.h"
#include <cstdio>
#include <map>

namespace kbindgen {

std::string escapeRustName(const std::string &Name) {
  // Rust keywords (strict and reserved), and primitive type names, which
  // bindgen also refuses as item names.
  static const llvm::StringSet<> Reserved = {
      "abstract", "alignof",  "as",       "async",    "await", "become",
      "box",      "break",    "const",    "continue", "crate", "do",
      "dyn",      "else",     "enum",     "extern",   "false", "final",
      "fn",       "for",      "gen",      "if",       "impl",  "in",
      "let",      "loop",     "macro",    "match",    "mod",   "move",
      "mut",      "offsetof", "override", "priv",     "proc",  "pub",
      "pure",     "ref",      "return",   "Self",     "self",  "sizeof",
      "static",   "struct",   "super",    "trait",    "true",  "try",
      "type",     "typeof",   "unsafe",   "unsized",  "use",   "virtual",
      "where",    "while",    "yield",    "str",      "bool",  "f32",
      "f64",      "usize",    "isize",    "u128",     "i128",  "u64",
      "i64",      "u32",      "i32",      "u16",      "i16",   "u8",
      "i8",       "_"};
  if (Reserved.contains(Name))
    return Name + "_";
  // GNU C allows `$` in identifiers, Rust does not: bindgen's rust_mangle
  // writes `_` and appends `_` (a function or static keeps its symbol
  // through link_name, as the name then differs).
  if (Name.find('$') != std::string::npos) {
    std::string Out = Name;
    for (char &C : Out)
      if (C == '$')
        C = '_';
    return Out + "_";
  }
  return Name;
}

/// What identifies a top-level anonymous item by its own declaration: an
/// enum's first enumerator (unique in C), else a hash of its content (kind,
/// size, member names, offsets and widths).
static std::string stableAnonKey(const ir::Module &M, const ir::Item &I) {
  if (I.Kind == ir::ItemKind::Enum && !I.enm().Constants.empty())
    return I.enm().Constants.front().Name;
  std::string Content = I.Kind == ir::ItemKind::Enum ? "enum" : "record";
  if (I.Kind == ir::ItemKind::Record) {
    const ir::Record &R = I.rec();
    Content +=
        (R.IsUnion ? ":union:" : ":struct:") + std::to_string(R.Layout.Size);
    for (const ir::Field &F : R.Fields) {
      const ir::Type &T = M.type(M.canonical(F.Type.Type));
      Content += ";" + F.Name + "@" + std::to_string(F.BitOffset) + ":" +
                 std::to_string(F.BitWidth.value_or(0)) + ":" +
                 std::to_string(T.Size);
    }
  }
  // XXH64, which every supported LLVM has and computes alike (xxh3 is not
  // in LLVM 16): the names do not depend on the LLVM kbindgen is built on.
  char Hex[17];
  snprintf(
      Hex, sizeof(Hex), "%08llx",
      static_cast<unsigned long long>(llvm::xxHash64(Content) & 0xffffffffULL));
  return std::string("h") + Hex;
}

/// With --stable-anon-names, the names of the top-level anonymous items:
/// `_bindgen_ty_` and the item's key. Items sharing a key (identical
/// content), or a key some C item is already named, take `_2`, `_3`... by
/// their position (ir::SourcePos: the file's real path, then the offset), not
/// by the order met, so reordering includes does not swap them.
static llvm::DenseMap<unsigned, std::string>
stableAnonNames(const ir::Module &M) {
  llvm::StringSet<> Taken;
  std::map<std::string, std::vector<ir::ItemId>> ByKey;
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (!I.IsAnonymous)
      Taken.insert(I.Name);
    else if (!I.Parent.isValid())
      ByKey["_bindgen_ty_" + stableAnonKey(M, I)].push_back(Id);
  }
  llvm::DenseMap<unsigned, std::string> Out;
  for (auto &[Base, Ids] : ByKey) {
    llvm::stable_sort(Ids, [&](ir::ItemId A, ir::ItemId B) {
      return M.item(A).Pos < M.item(B).Pos;
    });
    unsigned K = 1;
    for (ir::ItemId Id : Ids) {
      std::string N = Base;
      for (; !Taken.insert(N).second; N = Base + "_" + std::to_string(++K))
        ;
      Out[Id.Index] = N;
    }
  }
  return Out;
}

/// `typedef struct foo {...} *foo;`: C keeps the tag and the typedef apart,
/// Rust has one namespace. As bindgen does, the pointer typedef takes the
/// name `foo_ptr` (a struct, union or enum of the typedef's own name, behind
/// one pointer).
bool pointsToTagOfItsName(const ir::Module &M, const ir::Item &I) {
  if (I.Kind != ir::ItemKind::Typedef || I.Skipped)
    return false;
  const ir::Type &T = M.type(I.tdef().Underlying.Type);
  if (T.Kind != ir::TypeKind::Pointer)
    return false;
  const ir::Type &P = M.type(T.Pointee.Type);
  return (P.Kind == ir::TypeKind::Record || P.Kind == ir::TypeKind::Enum) &&
         !M.item(P.Decl).IsAnonymous && M.item(P.Decl).Name == I.Name;
}

void LowerContext::computeNames() {
  Names.assign(M.numItems(), "");
  std::vector<unsigned> AnonCounter(M.numItems(), 0);
  unsigned TopLevelAnon = 0;
  llvm::DenseMap<unsigned, std::string> Stable;
  if (Opts.StableAnonNames)
    Stable = stableAnonNames(M);
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    std::string N;
    if (I.IsAnonymous) {
      // Nested ones are numbered within their parent, which does not depend
      // on what else the translation unit holds.
      if (I.Parent.isValid())
        N = Names[I.Parent.Index] + "__bindgen_ty_" +
            std::to_string(++AnonCounter[I.Parent.Index]);
      else if (Opts.StableAnonNames)
        N = Stable.lookup(Id.Index);
      else
        N = "_bindgen_ty_" + std::to_string(++TopLevelAnon);
    } else if (I.Parent.isValid() && Opts.NestedStructNaming &&
               (I.Kind == ir::ItemKind::Record ||
                I.Kind == ir::ItemKind::Enum)) {
      N = Names[I.Parent.Index] + "_" + I.Name;
    } else if (pointsToTagOfItsName(M, I)) {
      N = I.Name + "_ptr";
    } else {
      N = escapeRustName(I.Name);
    }
    if (!I.annot().ReplacesName.empty())
      N = I.annot().ReplacesName;
    Names[Id.Index] = N;
  }
  numberOverloads();
  if (Opts.CNaming)
    addCNamingPrefixes();
  markShadowedTypedefs();
  Modules.assign(M.numItems(), "");
  applyNamingRules();
}

void LowerContext::numberOverloads() {
  llvm::StringSet<> Taken;
  for (ir::ItemId Id : M.order())
    if (M.item(Id).Kind == ir::ItemKind::Function ||
        M.item(Id).Kind == ir::ItemKind::Var)
      Taken.insert(Names[Id.Index]);
  // Overloads of one C name take bindgen's numbers in source order (f, f1,
  // f2, ...), passing over a number another C item already has.
  llvm::StringMap<unsigned> Next;
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (I.Kind != ir::ItemKind::Function || !I.fn().IsOverloadable)
      continue;
    std::string Base = Names[Id.Index];
    auto [It, First] = Next.try_emplace(Base, 1);
    if (First)
      continue;
    unsigned K = It->second;
    while (!Taken.insert(Base + std::to_string(K)).second)
      ++K;
    Names[Id.Index] = Base + std::to_string(K);
    It->second = K + 1;
  }
}

void LowerContext::markShadowedTypedefs() {
  ShadowedTypedef.assign(M.numItems(), false);
  llvm::StringSet<> TagNames;
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (I.Kind == ir::ItemKind::Record && !I.Skipped)
      TagNames.insert(Names[Id.Index]);
  }
  // C keeps tags and typedefs apart (`typedef struct foo *foo;`), Rust has
  // one namespace: the struct or union keeps the name, the typedef is
  // spelled out. (An enum's constants take the type of a typedef of its
  // name instead: lowerEnum.)
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (I.Kind != ir::ItemKind::Typedef || I.Skipped ||
        !TagNames.contains(Names[Id.Index]))
      continue;
    const ir::Type &Canon = M.type(M.canonical(I.tdef().Underlying.Type));
    bool NamesTag = (Canon.Kind == ir::TypeKind::Record ||
                     Canon.Kind == ir::TypeKind::Enum) &&
                    Names[Canon.Decl.Index] == Names[Id.Index];
    ShadowedTypedef[Id.Index] = !NamesTag;
  }
}

/// --c-naming: records and enums are named as C spells their type,
/// `struct_foo`, `union_foo`, `enum_foo` (nested and anonymous ones too:
/// `struct_outer_inner`, `union__bindgen_ty_1`). The names nested items are
/// built from stay unprefixed, as bindgen builds them.
void LowerContext::addCNamingPrefixes() {
  for (ir::ItemId Id : M.order()) {
    const ir::Item &I = M.item(Id);
    if (!I.annot().ReplacesName.empty())
      continue;
    if (I.Kind == ir::ItemKind::Record)
      Names[Id.Index] =
          (I.rec().IsUnion ? "union_" : "struct_") + Names[Id.Index];
    else if (I.Kind == ir::ItemKind::Enum)
      Names[Id.Index] = "enum_" + Names[Id.Index];
  }
}

std::string LowerContext::enumConstantName(ir::ItemId Enum,
                                           const std::string &C) const {
  const ir::Item &E = M.item(Enum);
  if (!Opts.PrependEnumName)
    return escapeRustName(C);
  if (E.IsAnonymous) {
    if (!E.Parent.isValid())
      return escapeRustName(C);
    return name(E.Parent) + "_" + C;
  }
  return name(Enum) + "_" + C;
}

} // namespace kbindgen
