//===- Options.h - Everything a run of kbindgen is told ---------*- C++ -*-===//
//
// The effective configuration of one run, filled from the command line
// (Driver) and YAML files (Config), read by Frontend, Lower and Emit.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_SUPPORT_OPTIONS_H
#define KBINDGEN_SUPPORT_OPTIONS_H

#include "kbindgen/Support/RegexSet.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kbindgen {

enum class EnumStyle {
  Consts, ///< `pub type E = c_uint; pub const E_A: E = 0;` (default)
  Rust,   ///< `#[repr(u32)] pub enum E { A = 0 }`
  RustNonExhaustive,
  RustReprC,     ///< `#[repr(C)] pub enum E { A = 0 }`
  NewType,       ///< `pub struct E(pub c_uint);` + associated consts
  NewTypeGlobal, ///< newtype + global consts
  Bitfield,      ///< newtype + BitOr/BitAnd impls
  ModuleConsts,  ///< `pub mod E { pub type Type = c_uint; pub const A: Type }`
};

/// The enum style spelled as on the command line (`consts`, `rust`, ...).
inline std::optional<EnumStyle> enumStyleNamed(llvm::StringRef V) {
  static const std::pair<const char *, EnumStyle> Names[] = {
      {"consts", EnumStyle::Consts},
      {"rust", EnumStyle::Rust},
      {"rust_non_exhaustive", EnumStyle::RustNonExhaustive},
      {"newtype", EnumStyle::NewType},
      {"newtype_global", EnumStyle::NewTypeGlobal},
      {"bitfield", EnumStyle::Bitfield},
      {"moduleconsts", EnumStyle::ModuleConsts}};
  for (const auto &[Name, Style] : Names)
    if (V == Name)
      return Style;
  return std::nullopt;
}

enum class MacroConstType { I8, U8, I16, U16, I32, U32, I64, U64 };

enum class AliasStyle { TypeAlias, NewType, NewTypeDeref };

enum class NonCopyUnionStyle { BindgenWrapper, ManuallyDrop };

/// --formatter: what lays out the output.
enum class FormatterKind {
  Own,          ///< kbindgen's own rustfmt-clean layout (the default)
  None,         ///< `none`: kbindgen's own layout
  Prettyplease, ///< `prettyplease`: kbindgen's own layout
  Rustfmt,      ///< `rustfmt`: the installed rustfmt also runs over the
                ///< output when there are raw lines
};

/// A `--with-derive-custom*` or `--with-attribute-custom*` rule.
struct CustomRule {
  enum class Target { Any, Struct, Enum, Union };
  Target On = Target::Any;
  std::string Regex;
  RegexSet Re; ///< Regex, compiled once when the rule is read.
  std::vector<std::string> Values; ///< Derive names or attribute texts.
};

/// A naming rule (`--naming-rule` / YAML `naming:`): how matching C items
/// are named and placed in Rust.
struct NamingRule {
  std::string Match;       ///< Regex on the C name (anchored).
  std::string Kind;        ///< enum, struct, union, type, function, var,
                           ///< const; empty: any.
  std::string Name;        ///< Explicit Rust name.
  std::string StripPrefix; ///< Removed from the C name first.
  std::string Case;        ///< CamelCase, snake_case, SCREAMING_SNAKE_CASE.
  std::string Module;      ///< Rust module the item is placed in.
  std::string EnumStyle;   ///< For enums: consts, rust, newtype, ...
  std::string VariantStripPrefix;
  std::string VariantCase;
  std::string Reason;
  RegexSet Re;
};

struct Options {
  // Input and output.
  std::string Header;
  std::vector<std::string> ClangArgs;
  /// `-DCONFIG_…` from `--kconfig`, placed before ClangArgs.
  std::vector<std::string> KconfigDefines;
  std::string OutputFile; ///< Empty or "-": stdout.
  std::string DepFile;    ///< --depfile

  // Wrappers for functions without a symbol (static, static inline).
  /// --wrap-static-fns: an extern C wrapper per static function, checked
  /// by Clang in the translation unit before it is written.
  bool WrapStaticFns = false;
  /// --wrap-static-fns-path: the C file, without its `.c` (bindgen's
  /// default: `<temp dir>/bindgen/extern`).
  std::string WrapStaticFnsPath;
  /// --wrap-static-fns-suffix: appended to a function's name to name its
  /// wrapper.
  std::string WrapStaticFnsSuffix = "__extern";
  /// --wrap-static-fns-prefix: put before a function's name to name its
  /// wrapper (the kernel's `rust_helper_`).
  std::string WrapStaticFnsPrefix;
  /// --wrap-static-fns-annotation: a macro written before each wrapper when
  /// the translation unit defines it (the kernel's `__rust_helper`).
  std::string WrapStaticFnsAnnotation;
  /// --wrap-function: when given, only the static functions matching get a
  /// wrapper.
  RegexSet WrapFunctions;
  /// --wrap-macro NAME=PROTOTYPE: a function-like (or object-like) macro
  /// that behaves as a function of the C type PROTOTYPE (`struct page
  /// *(gfp_t gfp, unsigned int order)`) gets a wrapper of that type.
  std::vector<std::string> WrapMacros;

  // Dynamic loading.
  /// --dynamic-loading NAME: functions and variables are reached through a
  /// `libloading`-based struct NAME instead of extern blocks.
  std::string DynamicLibraryName;
  /// --dynamic-link-require-all: the constructor fails unless every symbol
  /// resolves (fields hold the symbols, not Results).
  bool DynamicLinkRequireAll = false;
  /// --wrap-unsafe-ops: unsafe operations inside `unsafe fn`s are wrapped in
  /// `unsafe {}` blocks. The helpers kbindgen writes always do; the option
  /// adds it to the --dynamic-loading struct's methods.
  bool WrapUnsafeOps = false;

  // Rust flavour.
  bool UseCore = false;
  std::string CtypesPrefix; ///< Empty: `::std::os::raw` or `::core::ffi`.
  std::string RustTarget;   ///< e.g. "1.68"; empty: latest.
  unsigned RustTargetMinor = 90;
  std::string RustEdition = "2021";
  bool SizeTIsUsize = true;
  /// --verbose: warn about every pattern that matched nothing, not only the
  /// allowlists'.
  bool Verbose = false;
  /// --bindgen-compat 0.60: the conventions of rust-bindgen 0.60, which
  /// changed by 0.72: forward-declared structs derive Copy and Clone, each
  /// bitfield unit is preceded by `_bitfield_align_N: [uK; 0]` (K: the
  /// widest member type) and an over-aligned record with bitfields gets
  /// repr(align). (size_t is handled by SizeTIsUsize.)
  bool Bindgen060 = false;
  bool LayoutTests = true;
  bool DocComments = true;
  bool HeaderComment = true;
  bool ConvertFloats = true;
  bool PrependEnumName = true;
  bool ExplicitPadding = false;
  bool MergeExternBlocks = false;
  bool SortSemantically = false;
  bool FunctionAttributeDetection = false;
  bool GenerateCStr = false;
  bool RecursiveAllowlist = true;
  bool NestedStructNaming = true;
  /// --c-naming: records and enums are named `struct_foo`, `union_foo`,
  /// `enum_foo`.
  bool CNaming = false;
  /// Top-level anonymous enums and records named from their own declaration
  /// (`_bindgen_ty_FIRST_ENUMERATOR`, or a content hash) instead of bindgen's
  /// `_bindgen_ty_N` in the order met: names that do not move when an
  /// #include is added or reordered. It also puts the items in position
  /// order (ir::orderByPosition) and makes every other choice of "the first
  /// met" by position, so that the whole output and the depfile do not
  /// depend on the order of #include lines.
  bool StableAnonNames = false;
  bool GenerateBlock = false;
  std::string AnonFieldsPrefix = "__bindgen_anon_";
  std::string DefaultVisibility = "public";
  FormatterKind Formatter = FormatterKind::Own;
  std::vector<std::string> RawLines;
  std::vector<std::string> ExternFnBlockAttrs;
  /// --extern-block-attrs: before ExternFnBlockAttrs on every extern block.
  std::vector<std::string> ExternBlockAttrs;
  bool UseArrayPointersInArguments = false;
  /// --generate KINDS: which kinds of items are written (bindgen's
  /// CodegenConfig; methods, constructors and destructors are C++'s).
  /// Items of the other kinds are still selected and followed, so the types
  /// an allowlisted function needs are written under `--generate types`.
  bool GenerateFunctions = true;
  bool GenerateTypes = true;
  bool GenerateVars = true;
  /// --ignore-functions: no functions, whatever --generate says.
  bool IgnoreFunctions = false;
  /// --generate-inline-functions: bind `inline` functions with external
  /// linkage (C99 `inline`, `extern inline`) as extern functions.
  bool GenerateInlineFunctions = false;
  /// --prefix-link-name: extern functions and statics link to this prefix
  /// followed by their C name.
  std::string PrefixLinkName;
  /// --translate-enum-integer-types: the type of an enum that is not a
  /// Rust enum is `u32`, `i8`... instead of its C type (`c_uint`).
  bool TranslateEnumIntegerTypes = false;
  /// --no-record-matches: no "matched nothing" warnings.
  bool RecordMatches = true;
  /// `--override-abi REGEX=ABI`: the ABI of matching functions and
  /// function-pointer typedefs.
  struct AbiOverride {
    RegexSet Re;
    std::string Abi;
  };
  std::vector<AbiOverride> AbiOverrides;
  /// `--field-attr TYPE::FIELD=ATTR`.
  struct FieldAttr {
    std::string Type, Field, Attr;
  };
  std::vector<FieldAttr> FieldAttrs;

  // Derives.
  bool DeriveDebug = true;
  bool DeriveCopy = true;
  bool DeriveDefault = false;
  bool DeriveHash = false;
  bool DerivePartialEq = false;
  bool DeriveEq = false;
  bool DerivePartialOrd = false;
  bool DeriveOrd = false;
  bool ImplDebug = false;
  bool ImplPartialEq = false;
  RegexSet NoDebug, NoCopy, NoDefault, NoHash, NoPartialEq;
  std::vector<CustomRule> CustomDerives;
  std::vector<CustomRule> CustomAttributes;
  RegexSet MustUseType;

  // Enums and aliases.
  EnumStyle DefaultEnumStyle = EnumStyle::Consts;
  RegexSet RustifiedEnums, RustifiedNonExhaustiveEnums, RustifiedReprCEnums,
      NewTypeEnums, NewTypeGlobalEnums, BitfieldEnums, ConstifiedEnums,
      ConstifiedEnumModules;
  AliasStyle DefaultAliasStyle = AliasStyle::TypeAlias;
  RegexSet TypeAliases, NewTypeAliases, NewTypeDerefAliases;
  NonCopyUnionStyle DefaultNonCopyUnionStyle =
      NonCopyUnionStyle::BindgenWrapper;
  RegexSet BindgenWrapperUnions, ManuallyDropUnions;

  // Macros.
  MacroConstType DefaultMacroConstType = MacroConstType::U32;
  bool FitMacroConstTypes = false;
  /// --const-helper-prefix: a constant named ConstHelperPrefix + X stands
  /// for macro X, which is then not emitted; empty: no such rule. The
  /// default is the Linux kernel's convention (bindings_helper.h declares
  /// `const T RUST_CONST_HELPER_X = X;` and Kbuild renames the constant to X
  /// after generation), on by default because Kbuild runs kbindgen with
  /// bindgen's command line, which cannot carry the option.
  std::string ConstHelperPrefix = "RUST_CONST_HELPER_";

  // Selection.
  RegexSet AllowlistTypes, AllowlistFunctions, AllowlistVars, AllowlistItems,
      AllowlistFiles;
  RegexSet BlocklistTypes, BlocklistFunctions, BlocklistVars, BlocklistItems,
      BlocklistFiles;
  RegexSet OpaqueTypes;
  std::vector<NamingRule> NamingRules;
  /// Regexes match whole names (^(...)$), as bindgen's; false after
  /// --disable-whole-symbol-regex (any part of the name).
  bool WholeSymbolRegex = true;

  /// Every regex list with the option that fills it, for the report of
  /// patterns that matched nothing.
  std::vector<std::pair<const char *, const RegexSet *>> regexSets() const {
    return {{"allowlist-type", &AllowlistTypes},
            {"allowlist-function", &AllowlistFunctions},
            {"allowlist-var", &AllowlistVars},
            {"allowlist-item", &AllowlistItems},
            {"allowlist-file", &AllowlistFiles},
            {"blocklist-type", &BlocklistTypes},
            {"blocklist-function", &BlocklistFunctions},
            {"blocklist-var", &BlocklistVars},
            {"blocklist-item", &BlocklistItems},
            {"blocklist-file", &BlocklistFiles},
            {"opaque-type", &OpaqueTypes},
            {"wrap-function", &WrapFunctions},
            {"rustified-enum", &RustifiedEnums},
            {"rustified-non-exhaustive-enum", &RustifiedNonExhaustiveEnums},
            {"rustified-repr-c-enum", &RustifiedReprCEnums},
            {"newtype-enum", &NewTypeEnums},
            {"newtype-global-enum", &NewTypeGlobalEnums},
            {"bitfield-enum", &BitfieldEnums},
            {"constified-enum", &ConstifiedEnums},
            {"constified-enum-module", &ConstifiedEnumModules}};
  }

  /// Whether any allowlist was given (then only allowlisted items and what
  /// they need are emitted).
  bool hasAllowlist() const {
    return !AllowlistTypes.empty() || !AllowlistFunctions.empty() ||
           !AllowlistVars.empty() || !AllowlistItems.empty() ||
           !AllowlistFiles.empty();
  }

  /// `reason:` texts of configuration entries, keyed by "option=value"
  /// (e.g. "blocklist-type=__kernel_s?size_t"), for `--explain`.
  std::map<std::string, std::string> Reasons;

  /// Diagnostics and introspection.
  std::vector<std::string> Explain;
  bool TimePhases = false;
  bool SkipFunctionBodies = true;
  /// Emit every macro Clang evaluates (casts, sizeof, function-like macros),
  /// not only those bindgen's own evaluator accepts. On by default: it is
  /// what makes the kernel's RUST_CONST_HELPER_ workaround unnecessary.
  bool ClangMacroFallback = true;
};

} // namespace kbindgen

#endif // KBINDGEN_SUPPORT_OPTIONS_H
