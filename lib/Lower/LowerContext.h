//===- LowerContext.h - State shared by the lowering passes -----*- C++ -*-===//

#ifndef KBINDGEN_LIB_LOWER_LOWERCONTEXT_H
#define KBINDGEN_LIB_LOWER_LOWERCONTEXT_H

#include "kbindgen/Lower/Lower.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <array>
#include <optional>

namespace kbindgen {

/// Traits bindgen derives, in the order it lists them.
enum class Trait {
  Debug,
  Default,
  Copy,
  Clone,
  Hash,
  PartialOrd,
  Ord,
  PartialEq,
  Eq
};

/// The size and alignment of a Rust type as rustc lays it out, and whether
/// rustc's E0588 check sees a `#[repr(align)]` type in it (a struct or union
/// with that attribute, or one holding such a type directly in a field;
/// arrays and generic wrappers hide it).
struct RustLayout {
  uint64_t Size = 0;
  uint64_t Align = 1;
  bool HasAlignAttr = false;
};

/// What other records need to know of a record's Rust representation.
struct RecordSummary {
  RustLayout L;
  bool Rebuilt = false;    ///< Not bindgen's representation (RecordLayout.h).
  bool Packed = false;     ///< repr(packed) in Rust.
  uint64_t MaxStorage = 0; ///< Largest byte storage of an unplaceable field.
};

/// The helper types bindgen prepends, in the order it puts them first.
enum class Helper {
  OpaqueArray8,
  BitfieldUnit,
  IncompleteArray,
  UnionField,
  Complex,
  Float16,
  UnalignedArray,
  Count
};

/// The Rust ABI string of a calling convention (`"C"`, `"stdcall"`, ...),
/// for functions and function pointers alike.
std::string rustAbiName(ir::CallConv CC);

/// How a C enum is lowered.
EnumStyle enumStyleFor(const Options &Opts, llvm::StringRef Name,
                       llvm::ArrayRef<ir::Enumerator> AnonConstants = {});
EnumStyle parseEnumStyleName(llvm::StringRef V);
/// A typedef of a pointer to the struct, union or enum of its own name
/// (`typedef struct foo *foo;`), which is named `foo_ptr`.
bool pointsToTagOfItsName(const ir::Module &M, const ir::Item &I);
/// CamelCase, snake_case or SCREAMING_SNAKE_CASE spelling of an identifier.
std::string convertCase(llvm::StringRef Name, llvm::StringRef Case);

class LowerContext {
public:
  LowerContext(const ir::Module &M, const Options &Opts, LowerReport &Report);

  /// Lowers the module; with a Sink, items go to it as they are finished
  /// (see lowerModule).
  rust::File run(ItemSink *Sink = nullptr);

  // --- Names (Naming.cpp) ---------------------------------------------------
  void computeNames();
  void addCNamingPrefixes();
  /// Whether the frontend skipped the item, and it stays skipped: a typedef
  /// that only names its tag is an alias again under --c-naming.
  bool isSkipped(ir::ItemId Id) const {
    const ir::Item &I = M.item(Id);
    return I.Skipped && !(Opts.CNaming && I.Kind == ir::ItemKind::Typedef &&
                          I.tdef().NamesItsTag);
  }
  const std::string &name(ir::ItemId Id) const { return Names[Id.Index]; }
  /// The name with its module path, for references.
  std::string qualifiedName(ir::ItemId Id) const;
  // Naming rules (NamingRules.cpp).
  const NamingRule *namingRuleFor(ir::ItemId Id) const;
  void applyNamingRules();
  std::string variantName(ir::ItemId Enum, const std::string &C) const;
  EnumStyle enumStyle(ir::ItemId Id) const;
  void groupModules();
  /// The item annotated `replaces` that is emitted for Id, or Id itself.
  ir::ItemId replacement(ir::ItemId Id) const {
    return Id.Index < ReplacedBy.size() && ReplacedBy[Id.Index].isValid()
               ? ReplacedBy[Id.Index]
               : Id;
  }
  /// A typedef with the Rust name of a struct or union it does not name:
  /// not emitted, its uses are written as its underlying type.
  bool isShadowedTypedef(ir::ItemId Id) const {
    return Id.Index < ShadowedTypedef.size() && ShadowedTypedef[Id.Index];
  }
  /// The item being lowered.
  ir::ItemId currentItem() const { return CurrentItem; }
  /// The name of an enum constant in the value namespace.
  std::string enumConstantName(ir::ItemId Enum, const std::string &C) const;

  // --- Paths
  // ------------------------------------------------------------------
  std::string stdPath() const { return Opts.UseCore ? "::core" : "::std"; }
  std::string ctype(llvm::StringRef Name) const;
  rust::TypeRef ctypeRef(llvm::StringRef Name) const {
    return rust::Type::path(ctype(Name));
  }
  std::string optionPath() const { return stdPath() + "::option::Option"; }

  // --- Types (TypeLowering.cpp) ---------------------------------------------
  enum class Use { Field, Param, Return, Alias, Pointee, Static, Element };
  rust::TypeRef rustType(ir::QualType QT, Use U);
  rust::TypeRef rustType(ir::TypeId T, Use U) {
    return rustType({T, false}, U);
  }
  rust::TypeRef primitiveType(ir::PrimitiveKind K, Use U);
  /// `long double`, whose Rust type follows its size on the target.
  rust::TypeRef longDoubleType(uint64_t Size, uint64_t Align);
  rust::TypeRef fnPointer(const ir::FunctionSig &Sig);
  /// Why no Rust signature passes the function's arguments and result as C
  /// does (a `long double` whose Rust type is a blob), if so.
  std::optional<std::string> unpassableSignature(const ir::FunctionSig &Sig);
  /// A parameter's type (array parameters per
  /// --use-array-pointers-in-arguments).
  rust::TypeRef paramType(const ir::Param &P);
  /// The ABI --override-abi gives the C name, if any.
  std::optional<std::string> abiOverride(llvm::StringRef CName) const;
  rust::TypeRef blob(uint64_t Size, uint64_t Align);
  std::string usizeLit(uint64_t N) const { return std::to_string(N) + "usize"; }
  bool isVoid(ir::TypeId T) const;
  /// size_t-like typedefs bindgen maps to usize/isize.
  std::optional<std::string> sizeTypeAlias(llvm::StringRef Name) const;

  // --- Record layouts (RecordLayout.cpp) -------------------------------------
  /// The Rust layout of the type a field of type T is lowered to.
  RustLayout rustLayout(ir::TypeId T);
  /// The Rust layout of record Id as it is (or would be) emitted.
  const RecordSummary &recordSummary(ir::ItemId Id);

  // --- Derives (Derives.cpp) ------------------------------------------------
  bool canDerive(ir::TypeId T, Trait Tr);
  bool canDeriveItem(ir::ItemId Id, Trait Tr);
  std::vector<std::string> derivesFor(ir::ItemId Id, bool IsUnionLike);
  /// Derives of a Rust, newtype or bitfield enum.
  std::vector<std::string> enumDerives(ir::ItemId Id);
  /// Whether a selected typedef has the C name CName.
  bool hasTypedefNamed(llvm::StringRef CName);
  bool isOpaque(ir::ItemId Id) const;

  // --- Items ----------------------------------------------------------------
  void lowerRecord(ir::ItemId Id); // RecordLowering.cpp
  void lowerOpaqueRecord(ir::ItemId Id);
  void lowerEnum(ir::ItemId Id);    // EnumLowering.cpp
  void lowerTypedef(ir::ItemId Id); // DeclLowering.cpp
  bool isNewTypeAlias(ir::ItemId Typedef) const;
  void lowerFunction(ir::ItemId Id);
  void lowerVar(ir::ItemId Id);
  void lowerMacro(ir::ItemId Id); // MacroLowering.cpp

  // --- --dynamic-loading (DynamicLoading.cpp) --------------------------------
  /// A function or variable reached through the library struct.
  struct DynamicSymbol {
    std::string Name;   ///< Rust name of the field and method.
    std::string Symbol; ///< Looked up in the library.
    bool IsVar = false;
    rust::TypeRef Ty; ///< The field's symbol type: fn pointer or `*mut T`.
    std::vector<rust::Param> Params;
    rust::TypeRef Ret;
    bool Variadic = false;
    std::vector<std::string> Doc;
  };
  void dynamicFunction(const rust::Item &Fn, const std::string &Symbol);
  void dynamicVar(const std::string &Name, const std::string &Symbol,
                  rust::TypeRef Ty);
  /// The library struct and its impl, after every other item.
  void emitDynamicLibrary();
  /// Sets the type and value of a string constant C.
  void stringConstant(rust::Item &C, llvm::StringRef Bytes);

  // --- Selection (Selection.cpp) --------------------------------------------
  void computeSelection();
  bool isSelected(ir::ItemId Id) const { return Selected[Id.Index]; }
  bool isBlocklisted(ir::ItemId Id) const { return Blocked[Id.Index]; }
  /// Whether a type holding the type Decl cannot derive Tr because Decl is
  /// blocklisted (Derives.cpp).
  bool derivesNothingThrough(ir::ItemId Decl, Trait Tr) const;
  /// Whether the item is not blocklisted and, with an allowlist, matches
  /// it by itself (what would select it, were it not skipped).
  bool wouldBeRoot(ir::ItemId Id) const;
  /// Whether an allowlist names the item (a root of the selection).
  bool isAllowlistRoot(ir::ItemId Id) const;
  const std::string &blockReason(ir::ItemId Id) const {
    return BlockReasons[Id.Index];
  }
  /// How a blocklisted item was left out, for --explain: "blocklisted" (a
  /// --blocklist-* rule), "hidden" or "replaced" (an annotation).
  llvm::StringRef blockStatus(ir::ItemId Id) const {
    return BlockStatus[Id.Index];
  }
  /// "matches --OPTION 'PATTERN' (reason: ...)" for --explain.
  std::string ruleText(llvm::StringRef Option,
                       const std::string &Pattern) const;

  // --- Output ---------------------------------------------------------------
  void emit(rust::Item I) {
    if (I.K == rust::Item::Kind::Const && CurrentModule.empty()) {
      ConstValues.try_emplace(I.Name, I.Value);
      if (CurrentItem.isValid())
        EmittedItems.try_emplace(I.Name, CurrentItem);
    }
    markMustUse(I);
    I.Module = CurrentModule;
    Out.Items.push_back(std::move(I));
  }
  /// `#[must_use]` on the type lowered for a must-use C type.
  void markMustUse(rust::Item &I) const;
  /// Annotated `mustusetype` or named by --must-use-type.
  bool isMustUse(ir::ItemId Id) const;
  /// T, or the type a chain of typedefs of it names, is must-use.
  bool isMustUseType(ir::TypeId T) const;
  void emitExtern(rust::Item Fn);
  /// With --merge-extern-blocks, the blocks emitExtern held back, each
  /// after the other items of its module.
  void emitMergedExterns();
  std::vector<std::string> docLines(const std::string &Comment) const;
  void report(ir::ItemId Id, llvm::StringRef Kind, llvm::StringRef Status,
              llvm::StringRef Reason = "");
  void warn(const std::string &Message) { Report.Warnings.push_back(Message); }
  /// A warning only --verbose shows: what the headers do by design and a
  /// kernel developer cannot act on (--explain still says it).
  void warnVerbose(const std::string &Message) {
    if (Opts.Verbose)
      warn(Message);
  }
  /// Claims a name in the value namespace; false when already taken.
  bool claimValueName(const std::string &Name);
  /// The item emitted under a Rust name, if any.
  const ir::ItemId *emittedBy(const std::string &RustName) const {
    auto It = EmittedItems.find(RustName);
    return It == EmittedItems.end() ? nullptr : &It->second;
  }
  /// The type a typed integer constant is written with: an enum that Rust
  /// does not model as an integer stands for its underlying integer type.
  ir::TypeId integerTypeFor(ir::TypeId T);
  bool claimTypeName(const std::string &Name);
  void layoutTests(const std::string &Name, uint64_t Size, uint64_t Align,
                   const std::vector<std::pair<std::string, uint64_t>> &Fields);
  void defaultImpl(const std::string &Name);
  /// `impl Debug` (--impl-debug): the fields as (C name, Rust expression),
  /// or just Kind ("union", "opaque") when set.
  void
  debugImpl(const std::string &Name,
            const std::vector<std::pair<std::string, rust::ExprRef>> &Fields,
            llvm::StringRef Kind);
  std::vector<std::string> customAttributes(llvm::StringRef Name,
                                            CustomRule::Target On) const;
  void addCustomDerives(std::vector<std::string> &Derives, llvm::StringRef Name,
                        CustomRule::Target On) const;

  /// Records that the output needs helper type H (its prelude).
  void need(Helper H) { Needed[static_cast<unsigned>(H)] = true; }

  const ir::Module &M;
  const Options &Opts;

private:
  LowerReport &Report;
  rust::File Out;
  /// The item being lowered.
  ir::ItemId CurrentItem;
  /// The module a naming rule puts the item being lowered in.
  std::string CurrentModule;
  /// Values of emitted constants by Rust name, to recognise duplicates.
  llvm::StringMap<std::string> ConstValues;
  std::vector<DynamicSymbol> DynamicSymbols;
  std::array<bool, static_cast<unsigned>(Helper::Count)> Needed = {};

  /// Hands the emitted items to Sink (nothing changes an item once
  /// emitted: --merge-extern-blocks holds its blocks apart until the end).
  void flushEmitted();
  void lowerItem(ir::ItemId Id);
  /// Numbers the overloads of an overloadable C function as bindgen does.
  void numberOverloads();
  /// Finds the typedefs whose Rust name a struct or union has.
  void markShadowedTypedefs();
  std::vector<bool> ShadowedTypedef;
  /// --merge-extern-blocks: one extern block per module, ABI and attributes.
  std::vector<rust::Item> MergedExterns;
  ItemSink *Sink = nullptr;

  std::vector<std::string> Names;
  std::vector<std::string> Modules;
  std::vector<bool> Selected;
  std::vector<bool> Blocked;
  std::vector<std::string> BlockReasons;
  std::vector<const char *> BlockStatus;
  /// Finds the types a `<div rustbindgen replaces="X">` type stands for.
  void computeReplacements();
  std::vector<ir::ItemId> ReplacedBy;
  llvm::StringSet<> ValueNames;
  llvm::StringMap<ir::ItemId> EmittedItems;
  llvm::StringSet<> TypeNames;
  llvm::StringSet<> TypedefNames;
  bool TypedefNamesReady = false;
  llvm::DenseMap<uint32_t, RecordSummary> Summaries;
  llvm::DenseMap<std::pair<uint32_t, int>, bool> DeriveMemo;
  llvm::DenseMap<std::pair<uint32_t, int>, bool> DeriveInProgress;
};

/// `file:line:col: ` of L for a warning, or nothing when L is unknown.
std::string locationPrefix(const ir::Location &L);
/// A method of a trait impl: `fn Name(Params) -> Ret { Body }`.
rust::Item traitMethod(const std::string &Name, std::vector<rust::Param> Params,
                       rust::TypeRef Ret, std::vector<rust::Stmt> Body);
/// `type Name = Ty;` in a trait impl.
rust::Item associatedType(const std::string &Name, rust::TypeRef Ty);
/// M with `#[inline]`.
rust::Item inlined(rust::Item M);
/// An `#[inline]` method of an accessor `impl` (bitfields and unaligned
/// storage fields); its signature and body are the caller's.
rust::Item inlineMethod(const std::string &Name, bool Unsafe);

/// The Rust source of helper type H (Prelude.cpp).
std::vector<std::string> preludeLines(const LowerContext &C, Helper H);

} // namespace kbindgen

#endif // KBINDGEN_LIB_LOWER_LOWERCONTEXT_H
