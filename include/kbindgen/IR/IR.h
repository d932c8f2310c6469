//===- IR.h - Language-neutral model of a C translation unit ----*- C++ -*-===//
//
// The IR holds every C item kbindgen may emit, with the layout Clang computed.
// It knows nothing of Clang or Rust: Frontend fills it, Lower reads it.
// Items and types live in arenas and are named by typed ids, assigned in
// first-encounter (source) order, so iteration order is deterministic.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_IR_H
#define KBINDGEN_IR_IR_H

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace kbindgen::ir {

/// A typed index into one of the Module's arenas.
template <typename Tag> struct Id {
  static constexpr uint32_t InvalidIndex = ~0u;
  uint32_t Index = InvalidIndex;

  Id() = default;
  explicit Id(uint32_t I) : Index(I) {}
  bool isValid() const { return Index != InvalidIndex; }
  explicit operator bool() const { return isValid(); }
  bool operator==(Id O) const { return Index == O.Index; }
  bool operator!=(Id O) const { return Index != O.Index; }
  bool operator<(Id O) const { return Index < O.Index; }
};
struct TypeTag;
struct ItemTag;
using TypeId = Id<TypeTag>;
using ItemId = Id<ItemTag>;

/// Where an item comes from, for diagnostics and `--explain`.
struct Location {
  llvm::StringRef File; ///< Interned by Module::internFile (or static).
  unsigned Line = 0;
  unsigned Column = 0;
  bool isValid() const { return !File.empty(); }
};

/// Where a declaration is written, independent of how the translation unit
/// reached it: the real path of its file (symlinks and `..` resolved, not the
/// spelling of the first #include) and the byte offset in it, of the
/// expansion location. Include order changes neither.
struct SourcePos {
  llvm::StringRef RealFile; ///< Interned by Module::internFile; empty when
                            ///< the declaration has no file (builtins).
  unsigned Offset = 0;
  bool isValid() const { return !RealFile.empty(); }
  bool operator<(const SourcePos &O) const {
    if (int C = RealFile.compare(O.RealFile))
      return C < 0;
    return Offset < O.Offset;
  }
  bool operator==(const SourcePos &O) const {
    return RealFile == O.RealFile && Offset == O.Offset;
  }
};

/// C builtin scalar types. The Rust spelling is Lower's business.
enum class PrimitiveKind {
  Void,
  Bool,
  Char,  // plain `char`
  SChar, // `signed char`
  UChar,
  Short,
  UShort,
  Int,
  UInt,
  Long,
  ULong,
  LongLong,
  ULongLong,
  Int128,
  UInt128,
  Float,
  Double,
  LongDouble,
  Float128,
  Half,
  WChar,
  Char16,
  Char32,
};

/// The kinds of C type the IR models.
enum class TypeKind {
  Primitive,       ///< A builtin scalar.
  Pointer,         ///< `T *` (Pointee, PointeeConst).
  Array,           ///< `T[N]` (Element, ArraySize).
  IncompleteArray, ///< `T[]` or a flexible array member (Element).
  Function,        ///< A function prototype (Function).
  Record,          ///< A struct or union (Decl).
  Enum,            ///< An enum (Decl).
  Typedef,         ///< A typedef name (Decl), kept as sugar.
  VaList,          ///< The target's `__builtin_va_list` (Decl: its typedef).
  Complex,         ///< `_Complex T` (Element).
  Vector,          ///< A GNU vector type (Element, ArraySize lanes).
  Opaque,          ///< Anything else: a blob of Size/Align bytes.
};

/// Calling conventions kbindgen distinguishes.
enum class CallConv {
  C,
  Stdcall,
  Fastcall,
  Vectorcall,
  Thiscall,
  Win64,
  SysV,
  Other
};

struct QualType {
  TypeId Type;
  bool IsConst = false;
};

struct Param {
  std::string Name; ///< Empty when unnamed.
  QualType Type;
  /// For a parameter declared as an array (`int a[20]`), the array type
  /// before it decayed to Type.
  TypeId ArrayBeforeDecay;
};

struct FunctionSig {
  QualType Return;
  std::vector<Param> Params;
  bool IsVariadic = false;
  bool HasPrototype = true; ///< False for K&R `int f();`.
  bool IsNoReturn = false;
  CallConv Conv = CallConv::C;
};

struct Type {
  TypeKind Kind = TypeKind::Opaque;
  PrimitiveKind Primitive = PrimitiveKind::Void;
  QualType Pointee; ///< Pointer
  TypeId Element;   ///< Array, IncompleteArray, Complex, Vector
  uint64_t ArraySize = 0;
  ItemId Decl; ///< Record, Enum, Typedef, VaList
  FunctionSig Function;
  uint64_t Size = 0;    ///< In bytes, as Clang computed; 0 when incomplete.
  uint64_t Align = 1;   ///< In bytes.
  std::string Spelling; ///< Opaque only: C spelling and why, for diagnostics.
};

enum class ItemKind { Record, Enum, Typedef, Function, Var, Macro };

struct Field {
  std::string Name; ///< Empty for an unnamed member (anonymous record) or
                    ///< an unnamed bitfield.
  QualType Type;
  uint64_t BitOffset = 0;
  std::optional<unsigned> BitWidth; ///< Set for bitfields.
  bool IsAnonymousRecord = false;   ///< An unnamed struct/union member.
  std::string Comment;
  /// `<div rustbindgen attribute="...">` in the field's comment, as written.
  std::vector<std::string> Attributes;
  Location Loc;
};

struct RecordLayout {
  uint64_t Size = 0;  ///< Bytes.
  uint64_t Align = 1; ///< Bytes.
};

/// Per-item attributes bindgen honours from `/** <div rustbindgen ...> */`.
struct Annotations {
  bool Opaque = false;
  bool Hide = false;
  bool NoCopy = false;
  bool NoDebug = false;
  bool NoDefault = false;
  bool NoHash = false;
  bool NoPartialEq = false;
  bool MustUseType = false; ///< `mustusetype`: values must not be ignored.
  bool Constant = false;    ///< `constant`, on an enumerator.
  std::vector<std::string> Derives;
  std::vector<std::string> Attributes;
  std::string ReplacesName;

  bool empty() const {
    return !Opaque && !Hide && !NoCopy && !NoDebug && !NoDefault && !NoHash &&
           !NoPartialEq && !MustUseType && !Constant && Derives.empty() &&
           Attributes.empty() && ReplacesName.empty();
  }
};

struct Record {
  bool IsUnion = false;
  bool IsComplete = false;
  bool IsPacked = false;      ///< `__attribute__((packed))` or `#pragma pack`.
  uint64_t MaxFieldAlign = 0; ///< `#pragma pack(N)`, bytes; 0 if none.
  uint64_t ExplicitAlign = 0; ///< `__attribute__((aligned(N)))`, bytes.
  bool HasFlexibleArray = false;
  /// Never defined, and first named inside another record's member
  /// (`struct outer { struct undeclared *p; }`).
  bool IsDeclaredInRecord = false;
  RecordLayout Layout;
  std::vector<Field> Fields;
};

struct Enumerator {
  std::string Name;
  llvm::APSInt Value;
  std::string Comment;
  bool Hide = false;     ///< Annotated `<div rustbindgen hide>`.
  bool Constant = false; ///< Annotated `constant`: a constant, not a variant.
  std::string ReplacesName; ///< Annotated `replaces="X"`: named X in Rust.
};

struct Enum {
  TypeId Underlying; ///< Clang's integer type for the enum.
  bool IsComplete = true;
  std::vector<Enumerator> Constants;
};

struct Typedef {
  QualType Underlying;
  /// The typedef only names its tag (`typedef struct foo foo;`, or
  /// `typedef struct {...} foo;`): skipped, unless --c-naming gives the tag
  /// another name.
  bool NamesItsTag = false;
};

/// A C wrapper that gives a static function a symbol, already checked by
/// Clang in the translation unit.
struct Wrapper {
  std::string Symbol; ///< The wrapper's name (`foo__extern`).
  std::string Text;   ///< Its prototype and definition, one line each.
};

struct Function {
  FunctionSig Sig;
  /// Set for a static function whose wrapper compiles (--wrap-static-fns).
  std::optional<Wrapper> Wrap;
  bool IsInline = false; ///< `inline` (incl. `static inline`): no symbol.
  bool IsStatic = false;
  bool IsDefinition = false;
  bool WarnUnusedResult = false;
  std::string LinkName; ///< Symbol when it differs from the name (asm label,
                        ///< or the mangled name of an overloadable function).
  /// `__attribute__((overloadable))`: several functions may share the name.
  bool IsOverloadable = false;
};

/// A compile-time value of a `const` global or a macro.
struct ConstValue {
  enum class Kind { None, Int, Float, String, Char, Bool };
  Kind K = Kind::None;
  llvm::APSInt Int;
  double Float = 0;
  std::string Str; ///< Bytes, without the terminating NUL.
  QualType Type;   ///< C type of the value (typedef sugar kept), if known.
};

struct Var {
  QualType Type;
  bool IsExtern = true;
  bool IsConst = false;
  std::optional<ConstValue> Init; ///< For `const T x = ICE;`.
  std::string LinkName;
};

struct Macro {
  /// How an integer constant's Rust type is chosen (docs/compatibility.md,
  /// "Macros"); the value is always C's.
  enum class Typing {
    /// The expression carries a C type of its own (a cast, sizeof, an
    /// enumerator): that type, typedef included.
    CType,
    /// rust-bindgen's own evaluator reads it (literal arithmetic on such
    /// macros): bindgen's value-based typing, where it holds C's value.
    Bindgen,
    /// Untyped literal arithmetic only Clang reads (through function-like
    /// macros, `UINT32_C(5)`): bindgen's value-based typing where it holds
    /// C's value in C's width (`u32` for an `unsigned int` or a positive
    /// `int`, as bindgen's --clang-macro-fallback writes; `BIT(31)` keeps
    /// `c_ulong`).
    BindgenIfSameWidth,
  };
  ConstValue Value;
  Typing IntTyping = Typing::CType;
  /// The replacement list names the macro itself (`#define X (X - 1)`): C
  /// does not expand it again, so the name there is the enumerator, variable
  /// or function the macro shadows.
  bool NamesItself = false;
};

/// Why an item is not translated; kept so `--explain` can say it.
struct Skip {
  std::string Reason;
  /// A short class of the reason, for counts (wrappers: "variadic",
  /// "va_list", "constant arguments", "type", "clang", ...); may be empty.
  std::string Category = {};
};

struct Item {
  ItemKind Kind = ItemKind::Record;
  std::string Name; ///< C name; empty for anonymous records/enums.
  bool IsAnonymous = false;
  ItemId Parent;   ///< Enclosing record, for nested declarations.
  TypeId SelfType; ///< For Record/Enum/Typedef.
  Location Loc;
  SourcePos Pos;       ///< Of the same declaration as Loc.
  std::string Comment; ///< Raw doc comment text, without delimiters.
  /// bindgen's annotations; few items have any, so they are kept apart.
  std::shared_ptr<const Annotations> Annot;
  const Annotations &annot() const {
    static const Annotations None;
    return Annot ? *Annot : None;
  }
  std::optional<Skip> Skipped;
  bool IsFromMainFile = false;
  bool IsFromSystemHeader = false;

  /// What the Kind says, kept in one variant: an item is about 60% smaller
  /// than with every kind's fields side by side (the kernel has ~32,000).
  /// The mutable accessors create the payload of their kind on first use and
  /// assert that Kind is theirs (they never replace another kind's payload);
  /// the const ones give an empty payload for another kind.
  Record &rec() { return payload<Record>(); }
  Enum &enm() { return payload<Enum>(); }
  Typedef &tdef() { return payload<Typedef>(); }
  Function &fn() { return payload<Function>(); }
  Var &var() { return payload<Var>(); }
  Macro &mac() { return payload<Macro>(); }
  const Record &rec() const { return payload<Record>(); }
  const Enum &enm() const { return payload<Enum>(); }
  const Typedef &tdef() const { return payload<Typedef>(); }
  const Function &fn() const { return payload<Function>(); }
  const Var &var() const { return payload<Var>(); }
  const Macro &mac() const { return payload<Macro>(); }

private:
  template <typename T> static constexpr ItemKind kindOf() {
    if constexpr (std::is_same_v<T, Record>)
      return ItemKind::Record;
    else if constexpr (std::is_same_v<T, Enum>)
      return ItemKind::Enum;
    else if constexpr (std::is_same_v<T, Typedef>)
      return ItemKind::Typedef;
    else if constexpr (std::is_same_v<T, Function>)
      return ItemKind::Function;
    else if constexpr (std::is_same_v<T, Var>)
      return ItemKind::Var;
    else
      return ItemKind::Macro;
  }
  template <typename T> T &payload() {
    assert(Kind == kindOf<T>() && "mutable payload accessor of another kind");
    if (std::holds_alternative<std::monostate>(Payload))
      Payload.emplace<T>();
    assert(std::holds_alternative<T>(Payload) &&
           "the item's payload belongs to another kind (Kind was changed)");
    return std::get<T>(Payload);
  }
  template <typename T> const T &payload() const {
    static const T Empty;
    const T *P = std::get_if<T>(&Payload);
    return P ? *P : Empty;
  }
  std::variant<std::monostate, Record, Enum, Typedef, Function, Var, Macro>
      Payload;
};

/// A whole translation unit.
class Module {
public:
  TypeId addType(Type T) {
    Types.push_back(std::move(T));
    return TypeId(Types.size() - 1);
  }
  ItemId addItem(Item I) {
    Items.push_back(std::move(I));
    ItemId Id(Items.size() - 1);
    Order.push_back(Id);
    return Id;
  }

  Type &type(TypeId Id) {
    assert(Id.Index < Types.size() && "type id out of range");
    return Types[Id.Index];
  }
  const Type &type(TypeId Id) const {
    assert(Id.Index < Types.size() && "type id out of range");
    return Types[Id.Index];
  }
  Item &item(ItemId Id) {
    assert(Id.Index < Items.size() && "item id out of range");
    return Items[Id.Index];
  }
  const Item &item(ItemId Id) const {
    assert(Id.Index < Items.size() && "item id out of range");
    return Items[Id.Index];
  }

  size_t numTypes() const { return Types.size(); }
  size_t numItems() const { return Items.size(); }

  /// Items in emission order (source order of their definitions).
  const std::vector<ItemId> &order() const { return Order; }
  std::vector<ItemId> &order() { return Order; }

  /// Follows typedef sugar to the underlying type.
  TypeId canonical(TypeId Id) const;

  /// A stable copy of a file name, shared by every location in that file.
  llvm::StringRef internFile(llvm::StringRef Name) {
    return FileNames.insert(Name).first->getKey();
  }

  /// Room for about N more items (the importer knows the declaration and
  /// macro counts up front; growing the vector would copy every item).
  void reserveItems(size_t N) {
    Items.reserve(Items.size() + N);
    Order.reserve(Order.size() + N);
  }

  /// Target facts.
  unsigned PointerWidth = 64;
  bool IsBigEndian = false;
  bool CharIsSigned = true; ///< Plain `char` (the kernel: -funsigned-char).
  /// `long long`'s ABI alignment in bytes: Rust's u64 has it (4 on i686).
  unsigned Int64Align = 8;
  /// `__int128`'s alignment in bytes where the target has it (8 on s390x),
  /// else 16: Rust's u128 has it, and is the Rust type of a 16-byte `long
  /// double` or `__float128`.
  unsigned Int128Align = 16;
  std::string TargetTriple;
  /// The `__va_list_tag` record on targets where va_list is an array of it.
  ItemId VaListTag;

private:
  std::vector<Type> Types;
  std::vector<Item> Items;
  std::vector<ItemId> Order;
  llvm::StringSet<> FileNames;
};

/// Puts the items order()[Begin, End) in the order of their position
/// (Item::Pos): by the real path of their file, then offset, so that the
/// order does not depend on the order of #include lines. A nested item keeps
/// its place after its outermost enclosing record; items at the same
/// position (one macro expansion) keep their relative order, and items
/// without a position go first, by name.
void orderByPosition(Module &M, size_t Begin, size_t End);

/// The decimal spelling of V, with its sign when V is signed and negative.
std::string toDecimal(const llvm::APSInt &V);

} // namespace kbindgen::ir

#endif // KBINDGEN_IR_IR_H
