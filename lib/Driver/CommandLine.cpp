//===- CommandLine.cpp - rust-bindgen's options, parsed by table ----------===//

#include "kbindgen/Driver/Driver.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include <functional>
#include <optional>

namespace kbindgen {

namespace {

using Handler = std::function<llvm::Error(CommandLine &, llvm::StringRef)>;

struct OptionSpec {
  const char *Name;
  bool TakesValue;
  const char *Help;
  Handler Apply;
};

llvm::Error usage(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

Handler flag(bool Options::*Member, bool Value) {
  return [Member, Value](CommandLine &CL, llvm::StringRef) {
    CL.Opts.*Member = Value;
    return llvm::Error::success();
  };
}

Handler regex(RegexSet Options::*Member) {
  return [Member](CommandLine &CL, llvm::StringRef V) {
    return (CL.Opts.*Member).add(V);
  };
}

/// A part of a C identifier (a wrapper's prefix, suffix or annotation).
Handler identifierPart(std::string Options::*Member, const char *Option) {
  return [Member, Option](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    if (!llvm::all_of(V, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return usage(llvm::Twine(Option) + ": '" + V +
                   "' is not made of letters, digits and '_'");
    CL.Opts.*Member = V.str();
    return llvm::Error::success();
  };
}

Handler ignored() {
  return [](CommandLine &, llvm::StringRef) { return llvm::Error::success(); };
}

Handler enumStyle(RegexSet Options::*Member) { return regex(Member); }

llvm::Expected<EnumStyle> parseEnumStyle(llvm::StringRef V) {
  if (std::optional<EnumStyle> S = enumStyleNamed(V))
    return *S;
  return usage("invalid enum style '" + V +
               "' (expected consts, moduleconsts, bitfield, newtype, "
               "newtype_global, rust or rust_non_exhaustive)");
}

llvm::Expected<MacroConstType> parseMacroType(llvm::StringRef V) {
  static const std::pair<const char *, MacroConstType> Table[] = {
      {"i8", MacroConstType::I8},      {"u8", MacroConstType::U8},
      {"i16", MacroConstType::I16},    {"u16", MacroConstType::U16},
      {"i32", MacroConstType::I32},    {"u32", MacroConstType::U32},
      {"i64", MacroConstType::I64},    {"u64", MacroConstType::U64},
      {"signed", MacroConstType::I32}, {"unsigned", MacroConstType::U32}};
  for (const auto &[N, T] : Table)
    if (V == N)
      return T;
  return usage("invalid macro constant type '" + V + "'");
}

/// A Rust path of identifiers: `MaybeZeroable`, `zerocopy::FromBytes`.
bool isRustPath(llvm::StringRef P) {
  llvm::SmallVector<llvm::StringRef, 4> Segments;
  P.split(Segments, "::");
  for (size_t I = 0; I < Segments.size(); ++I) {
    llvm::StringRef S = Segments[I];
    if (S.empty() && I == 0 && Segments.size() > 1)
      continue; // A leading `::`.
    if (S.empty() || llvm::isDigit(S.front()) ||
        !llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return false;
  }
  return true;
}

/// What bindgen asks of a custom attribute (it must lex as Rust tokens), and
/// that it is attributes: `#[...]` groups with balanced delimiters and closed
/// string literals.
llvm::Error checkAttribute(llvm::StringRef A) {
  std::string Open; // The closing delimiters expected, innermost last.
  for (size_t I = 0; I < A.size(); ++I) {
    char C = A[I];
    if (Open.empty()) {
      if (llvm::isSpace(C))
        continue;
      if (!A.substr(I).starts_with("#[") && !A.substr(I).starts_with("#!["))
        return usage("an attribute is written '#[...]'");
      I = A.find('[', I);
      Open = "]";
      continue;
    }
    if (C == '"') {
      for (++I; I < A.size() && A[I] != '"'; ++I)
        if (A[I] == '\\')
          ++I;
      if (I >= A.size())
        return usage("unterminated string literal");
      continue;
    }
    if (C == '(' || C == '[' || C == '{') {
      Open += C == '(' ? ')' : C == '[' ? ']' : '}';
      continue;
    }
    if (C != ')' && C != ']' && C != '}')
      continue;
    if (Open.back() != C)
      return usage(std::string("unbalanced '") + C + "'");
    Open.pop_back();
  }
  if (!Open.empty())
    return usage(std::string("missing '") + Open.back() + "'");
  return llvm::Error::success();
}

/// bindgen's split of `--with-derive-custom*` values: REGEX at the last `=`,
/// then the derives at every `,`.
llvm::Expected<CustomRule> parseCustomDerive(llvm::StringRef V) {
  size_t Eq = V.rfind('=');
  if (Eq == llvm::StringRef::npos)
    return usage("expected REGEX=DERIVES, got '" + V + "'");
  CustomRule R;
  R.Regex = V.take_front(Eq).str();
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  V.drop_front(Eq + 1).split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.empty())
      continue;
    if (!isRustPath(P))
      return usage("invalid derive '" + P + "' in '" + V +
                   "' (expected a trait path such as zerocopy::FromBytes)");
    R.Values.push_back(P.str());
  }
  return R;
}

/// bindgen's split of `--with-attribute-custom*` values: REGEX ends at the
/// last `=` outside square brackets (scanning from the end, a `]` opens a
/// level and a `[` closes it), and the attributes are separated by the
/// commas outside square brackets. `lru_status=#[cfi_encoding="10lru_status"]`
/// is the regex `lru_status` and one attribute.
llvm::Expected<CustomRule> parseCustomAttribute(llvm::StringRef V) {
  int Level = 0;
  size_t Eq = llvm::StringRef::npos;
  for (size_t I = V.size(); I-- > 0;) {
    char C = V[I];
    if (C == ']')
      ++Level;
    else if (C == '[')
      --Level;
    else if (C == '=' && Level == 0) {
      Eq = I;
      break;
    }
  }
  if (Eq == llvm::StringRef::npos)
    return usage("expected REGEX=ATTRIBUTES (REGEX ends at the last '=' "
                 "outside [...]), got '" +
                 V + "'");
  CustomRule R;
  R.Regex = V.take_front(Eq).str();
  llvm::StringRef Attrs = V.drop_front(Eq + 1);
  Level = 0;
  size_t Start = 0;
  for (size_t I = 0; I <= Attrs.size(); ++I) {
    char C = I < Attrs.size() ? Attrs[I] : ',';
    if (C == '[')
      ++Level;
    else if (C == ']')
      --Level;
    if (C != ',' || Level != 0)
      continue;
    llvm::StringRef A = Attrs.slice(Start, I).trim();
    Start = I + 1;
    if (A.empty())
      continue;
    if (llvm::Error E = checkAttribute(A))
      return usage("invalid attribute '" + A + "' in '" + V +
                   "': " + llvm::toString(std::move(E)));
    R.Values.push_back(A.str());
  }
  return R;
}

/// `--with-derive-custom*` and `--with-attribute-custom*`.
Handler customRule(std::vector<CustomRule> Options::*Member,
                   CustomRule::Target On, bool IsDerive) {
  return [=](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    llvm::Expected<CustomRule> R =
        IsDerive ? parseCustomDerive(V) : parseCustomAttribute(V);
    if (!R)
      return R.takeError();
    if (llvm::Error E = R->Re.add(R->Regex))
      return E;
    R->On = On;
    (CL.Opts.*Member).push_back(std::move(*R));
    return llvm::Error::success();
  };
}

/// The first Rust release (1.N) that has the edition, as bindgen's table.
std::optional<unsigned> editionMinimumMinor(llvm::StringRef Edition) {
  return llvm::StringSwitch<std::optional<unsigned>>(Edition)
      .Case("2018", 31)
      .Case("2021", 56)
      .Case("2024", 85)
      .Default(std::nullopt);
}

/// The edition follows the Rust target as bindgen decides it: the latest
/// the target has unless --rust-edition names one, which the target must
/// have (nightly has them all). Without --rust-target, 2021.
llvm::Error resolveEdition(CommandLine &CL) {
  Options &O = CL.Opts;
  bool Numeric = !O.RustTarget.empty() && O.RustTarget != "nightly" &&
                 O.RustTarget != "stable";
  if (!CL.EditionGiven) {
    if (O.RustTarget == "nightly")
      O.RustEdition = "2024";
    else if (Numeric)
      O.RustEdition = O.RustTargetMinor >= 85   ? "2024"
                      : O.RustTargetMinor >= 56 ? "2021"
                                                : "2018";
    return llvm::Error::success();
  }
  if (Numeric && O.RustTargetMinor < *editionMinimumMinor(O.RustEdition))
    return usage("the " + O.RustEdition + " edition needs --rust-target 1." +
                 llvm::Twine(*editionMinimumMinor(O.RustEdition)) +
                 " or later (got " + O.RustTarget + ")");
  return llvm::Error::success();
}

llvm::Error applyConfig(CommandLine &CL, llvm::StringRef Path);

bool isCase(llvm::StringRef C) {
  return C.empty() || C == "CamelCase" || C == "snake_case" ||
         C == "SCREAMING_SNAKE_CASE";
}

llvm::Expected<NamingRule> parseNamingRule(llvm::StringRef Spec) {
  NamingRule R;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Spec.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    auto [Key, Value] = P.split('=');
    Key = Key.trim();
    Value = Value.trim();
    std::string *Slot = llvm::StringSwitch<std::string *>(Key)
                            .Case("match", &R.Match)
                            .Case("kind", &R.Kind)
                            .Case("name", &R.Name)
                            .Case("strip-prefix", &R.StripPrefix)
                            .Case("case", &R.Case)
                            .Case("module", &R.Module)
                            .Case("enum-style", &R.EnumStyle)
                            .Case("variant-strip-prefix", &R.VariantStripPrefix)
                            .Case("variant-case", &R.VariantCase)
                            .Case("reason", &R.Reason)
                            .Default(nullptr);
    if (!Slot)
      return usage("naming rule: unknown key '" + Key + "'");
    *Slot = Value.str();
  }
  if (R.Match.empty())
    return usage("naming rule: 'match' is required");
  if (!isCase(R.Case) || !isCase(R.VariantCase))
    return usage("naming rule: case must be CamelCase, snake_case or "
                 "SCREAMING_SNAKE_CASE");
  static const char *Kinds[] = {"",     "enum",     "struct", "union",
                                "type", "function", "var",    "const"};
  if (std::find_if(std::begin(Kinds), std::end(Kinds), [&](const char *K) {
        return R.Kind == K;
      }) == std::end(Kinds))
    return usage("naming rule: unknown kind '" + R.Kind + "'");
  if (!R.EnumStyle.empty()) {
    auto S = parseEnumStyle(R.EnumStyle);
    if (!S)
      return S.takeError();
  }
  if (llvm::Error E = R.Re.add(R.Match))
    return std::move(E);
  return R;
}

const std::vector<OptionSpec> &optionTable() {
  static const std::vector<OptionSpec> Table = {
      // Output.
      {"--output", true, "Write the bindings to FILE (default: stdout)",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.OutputFile = V.str();
         return llvm::Error::success();
       }},
      {"--depfile", true, "Write a Make dependency file for the output",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.DepFile = V.str();
         return llvm::Error::success();
       }},
      {"--raw-line", true, "Add a raw line of Rust code at the top",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.RawLines.push_back(V.str());
         return llvm::Error::success();
       }},
      {"--disable-header-comment", false, "Do not write the header comment",
       flag(&Options::HeaderComment, false)},
      {"--no-doc-comments", false, "Do not translate C doc comments",
       flag(&Options::DocComments, false)},
      {"--formatter", true,
       "Accepted for compatibility: output is always "
       "rustfmt-clean without running a formatter",
       ignored()},
      {"--rust-target", true,
       "Oldest Rust the output must compile with (1.68, 1.85, ...; also "
       "sets the default edition)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         if (V == "nightly" || V == "stable") {
           CL.Opts.RustTarget = V.str();
           return llvm::Error::success();
         }
         llvm::StringRef Ver = V;
         unsigned Minor = 0;
         if (!Ver.consume_front("1.") ||
             Ver.split('.').first.getAsInteger(10, Minor))
           return usage("invalid Rust target '" + V +
                        "' (expected 1.MINOR, 1.MINOR.PATCH or nightly)");
         if (Minor < 33)
           return usage("invalid Rust target '" + V +
                        "': the oldest supported is 1.33");
         CL.Opts.RustTarget = V.str();
         CL.Opts.RustTargetMinor = Minor;
         return llvm::Error::success();
       }},
      {"--rust-edition", true,
       "Rust edition of the output: 2018, 2021 or 2024 (default: the latest "
       "the --rust-target has, 2021 without one)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         if (!editionMinimumMinor(V))
           return usage("invalid Rust edition '" + V +
                        "' (expected 2018, 2021 or 2024)");
         CL.Opts.RustEdition = V.str();
         CL.EditionGiven = true;
         return llvm::Error::success();
       }},
      {"--wrap-static-fns", false,
       "Give static and static inline functions a C wrapper each, checked "
       "by Clang, and bind them through it",
       flag(&Options::WrapStaticFns, true)},
      {"--wrap-static-fns-path", true,
       "The wrappers' C file, PATH.c (default: <temp dir>/bindgen/extern.c)",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.WrapStaticFnsPath = V.str();
         return llvm::Error::success();
       }},
      {"--wrap-static-fns-suffix", true,
       "Suffix of the wrappers' names (default: __extern)",
       identifierPart(&Options::WrapStaticFnsSuffix,
                      "--wrap-static-fns-suffix")},
      {"--wrap-static-fns-prefix", true,
       "Prefix of the wrappers' names (the kernel's: rust_helper_)",
       identifierPart(&Options::WrapStaticFnsPrefix,
                      "--wrap-static-fns-prefix")},
      {"--wrap-static-fns-annotation", true,
       "Write MACRO before each wrapper where the header defines it (the "
       "kernel's: __rust_helper)",
       identifierPart(&Options::WrapStaticFnsAnnotation,
                      "--wrap-static-fns-annotation")},
      {"--wrap-function", true,
       "Wrap only the static functions matching REGEX (implies "
       "--wrap-static-fns)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         CL.Opts.WrapStaticFns = true;
         return CL.Opts.WrapFunctions.add(V);
       }},
      {"--wrap-macro", true,
       "NAME=PROTOTYPE: wrap macro NAME as a function of that C type, e.g. "
       "'alloc_pages=struct page *(gfp_t gfp, unsigned int order)' (implies "
       "--wrap-static-fns)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto [Name, Proto] = V.split('=');
         Name = Name.trim();
         if (Name.empty() || Proto.trim().empty() ||
             !llvm::all_of(Name,
                           [](char C) { return llvm::isAlnum(C) || C == '_'; }))
           return usage("--wrap-macro: expected NAME=PROTOTYPE, got '" + V +
                        "'");
         CL.Opts.WrapStaticFns = true;
         CL.Opts.WrapMacros.push_back(Name.str() + "=" + Proto.trim().str());
         return llvm::Error::success();
       }},
      // Rust flavour.
      {"--use-core", false, "Use core instead of std",
       flag(&Options::UseCore, true)},
      {"--ctypes-prefix", true, "Prefix for C scalar types (e.g. ffi)",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.CtypesPrefix = V.str();
         return llvm::Error::success();
       }},
      {"--no-layout-tests", false, "Do not emit layout assertions",
       flag(&Options::LayoutTests, false)},
      {"--explicit-padding", false, "Always emit padding fields",
       flag(&Options::ExplicitPadding, true)},
      {"--bindgen-compat", true,
       "Output conventions of an older bindgen: 0.60 (size_t kept, "
       "forward declarations Copy, _bitfield_align_N fields)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         if (V == "0.72" || V == "latest") {
           CL.Opts.Bindgen060 = false;
           return llvm::Error::success();
         }
         if (V != "0.60")
           return usage("--bindgen-compat: unsupported version '" + V +
                        "' (0.60 or 0.72)");
         // 0.60's default; a later --size_t-is-usize still wins.
         CL.Opts.Bindgen060 = true;
         CL.Opts.SizeTIsUsize = false;
         return llvm::Error::success();
       }},
      {"--no-size_t-is-usize", false, "Do not map size_t to usize",
       flag(&Options::SizeTIsUsize, false)},
      {"--size_t-is-usize", false, "Map size_t to usize (default)",
       flag(&Options::SizeTIsUsize, true)},
      {"--no-convert-floats", false, "Keep c_float/c_double",
       flag(&Options::ConvertFloats, false)},
      {"--no-prepend-enum-name", false, "Do not prefix enum constants",
       flag(&Options::PrependEnumName, false)},
      {"--merge-extern-blocks", false, "One extern block for adjacent items",
       flag(&Options::MergeExternBlocks, true)},
      {"--sort-semantically", false, "Accepted; output follows source order",
       flag(&Options::SortSemantically, true)},
      {"--enable-function-attribute-detection", false,
       "Emit #[must_use] and -> ! from C attributes",
       flag(&Options::FunctionAttributeDetection, true)},
      {"--generate-cstr", false, "String macros as &CStr",
       flag(&Options::GenerateCStr, true)},
      // Dynamic loading.
      {"--dynamic-loading", true,
       "Reach functions and variables through a libloading struct NAME",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.DynamicLibraryName = V.str();
         return llvm::Error::success();
       }},
      {"--dynamic-link-require-all", false,
       "The --dynamic-loading constructor fails on any missing symbol",
       flag(&Options::DynamicLinkRequireAll, true)},
      {"--wrap-unsafe-ops", false,
       "Wrap unsafe operations in unsafe blocks (--dynamic-loading methods)",
       flag(&Options::WrapUnsafeOps, true)},
      {"--no-recursive-allowlist", false,
       "Do not pull in what allowlisted items need",
       flag(&Options::RecursiveAllowlist, false)},
      {"--disable-nested-struct-naming", false,
       "Name nested structs by their own name",
       flag(&Options::NestedStructNaming, false)},
      {"--anon-fields-prefix", true, "Prefix of unnamed members' fields",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.AnonFieldsPrefix = V.str();
         return llvm::Error::success();
       }},
      {"--default-visibility", true, "Field visibility (accepted)", ignored()},
      {"--clang-macro-fallback", false,
       "Accepted: kbindgen always evaluates macros with Clang (default)",
       flag(&Options::ClangMacroFallback, true)},
      {"--no-clang-macro-fallback", false,
       "Emit only the macros bindgen's own evaluator accepts (literal "
       "arithmetic on other such macros)",
       flag(&Options::ClangMacroFallback, false)},
      {"--clang-macro-fallback-build-dir", true, "Accepted", ignored()},
      {"--fit-macro-constant-types", false,
       "Smallest integer type for literal macros",
       flag(&Options::FitMacroConstTypes, true)},
      {"--default-macro-constant-type", true,
       "Type of literal integer macros (u32, i64, signed, ...)",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto T = parseMacroType(V);
         if (!T)
           return T.takeError();
         CL.Opts.DefaultMacroConstType = *T;
         return llvm::Error::success();
       }},
      // Derives.
      {"--no-derive-debug", false, "Do not derive Debug",
       flag(&Options::DeriveDebug, false)},
      {"--no-derive-copy", false, "Do not derive Copy and Clone",
       flag(&Options::DeriveCopy, false)},
      {"--no-derive-default", false, "Do not derive Default",
       flag(&Options::DeriveDefault, false)},
      {"--with-derive-default", false, "Derive Default",
       flag(&Options::DeriveDefault, true)},
      {"--with-derive-hash", false, "Derive Hash",
       flag(&Options::DeriveHash, true)},
      {"--with-derive-partialeq", false, "Derive PartialEq",
       flag(&Options::DerivePartialEq, true)},
      {"--with-derive-eq", false, "Derive Eq (implies PartialEq)",
       [](CommandLine &CL, llvm::StringRef) {
         CL.Opts.DeriveEq = CL.Opts.DerivePartialEq = true;
         return llvm::Error::success();
       }},
      {"--with-derive-partialord", false, "Derive PartialOrd",
       flag(&Options::DerivePartialOrd, true)},
      {"--with-derive-ord", false, "Derive Ord (implies PartialOrd)",
       [](CommandLine &CL, llvm::StringRef) {
         CL.Opts.DeriveOrd = CL.Opts.DerivePartialOrd = true;
         return llvm::Error::success();
       }},
      {"--impl-debug", false, "Implement Debug where it cannot be derived",
       flag(&Options::ImplDebug, true)},
      {"--impl-partialeq", false,
       "Implement PartialEq where it cannot be derived",
       flag(&Options::ImplPartialEq, true)},
      {"--no-debug", true, "Do not derive Debug for types matching REGEX",
       regex(&Options::NoDebug)},
      {"--no-copy", true, "Do not derive Copy for types matching REGEX",
       regex(&Options::NoCopy)},
      {"--no-default", true, "Do not derive Default for types matching REGEX",
       regex(&Options::NoDefault)},
      {"--no-hash", true, "Do not derive Hash for types matching REGEX",
       regex(&Options::NoHash)},
      {"--no-partialeq", true,
       "Do not derive PartialEq for types matching REGEX",
       regex(&Options::NoPartialEq)},
      {"--must-use-type", true, "Add #[must_use] to types matching REGEX",
       regex(&Options::MustUseType)},
      {"--with-derive-custom", true, "REGEX=DERIVES for any type",
       customRule(&Options::CustomDerives, CustomRule::Target::Any, true)},
      {"--with-derive-custom-struct", true, "REGEX=DERIVES for structs",
       customRule(&Options::CustomDerives, CustomRule::Target::Struct, true)},
      {"--with-derive-custom-enum", true, "REGEX=DERIVES for enums",
       customRule(&Options::CustomDerives, CustomRule::Target::Enum, true)},
      {"--with-derive-custom-union", true, "REGEX=DERIVES for unions",
       customRule(&Options::CustomDerives, CustomRule::Target::Union, true)},
      {"--with-attribute-custom", true, "REGEX=ATTRIBUTE for any type",
       customRule(&Options::CustomAttributes, CustomRule::Target::Any, false)},
      {"--with-attribute-custom-struct", true, "REGEX=ATTRIBUTE for structs",
       customRule(&Options::CustomAttributes, CustomRule::Target::Struct,
                  false)},
      {"--with-attribute-custom-enum", true, "REGEX=ATTRIBUTE for enums",
       customRule(&Options::CustomAttributes, CustomRule::Target::Enum, false)},
      {"--with-attribute-custom-union", true, "REGEX=ATTRIBUTE for unions",
       customRule(&Options::CustomAttributes, CustomRule::Target::Union,
                  false)},
      // Enums and aliases.
      {"--default-enum-style", true, "Default enum style",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto S = parseEnumStyle(V);
         if (!S)
           return S.takeError();
         CL.Opts.DefaultEnumStyle = *S;
         return llvm::Error::success();
       }},
      {"--rustified-enum", true, "Rust enums for REGEX",
       enumStyle(&Options::RustifiedEnums)},
      {"--rustified-non-exhaustive-enum", true,
       "#[non_exhaustive] Rust enums for REGEX",
       enumStyle(&Options::RustifiedNonExhaustiveEnums)},
      {"--newtype-enum", true, "Newtype enums for REGEX",
       enumStyle(&Options::NewTypeEnums)},
      {"--newtype-global-enum", true, "Newtype enums with global constants",
       enumStyle(&Options::NewTypeGlobalEnums)},
      {"--bitfield-enum", true, "Bitflag newtype enums for REGEX",
       enumStyle(&Options::BitfieldEnums)},
      {"--constified-enum", true, "Constants for REGEX",
       enumStyle(&Options::ConstifiedEnums)},
      {"--constified-enum-module", true, "Constants in a module for REGEX",
       enumStyle(&Options::ConstifiedEnumModules)},
      {"--default-non-copy-union-style", true,
       "Unions with non-Copy fields: bindgen_wrapper or manually_drop",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         if (V == "bindgen_wrapper")
           CL.Opts.DefaultNonCopyUnionStyle = NonCopyUnionStyle::BindgenWrapper;
         else if (V == "manually_drop")
           CL.Opts.DefaultNonCopyUnionStyle = NonCopyUnionStyle::ManuallyDrop;
         else
           return usage("invalid non-copy union style '" + V + "'");
         return llvm::Error::success();
       }},
      {"--bindgen-wrapper-union", true,
       "Unions matching REGEX with non-Copy fields become __BindgenUnionField "
       "structs",
       regex(&Options::BindgenWrapperUnions)},
      {"--manually-drop-union", true,
       "Unions matching REGEX with non-Copy fields wrap them in ManuallyDrop",
       regex(&Options::ManuallyDropUnions)},
      {"--default-alias-style", true,
       "Typedefs as type_alias, new_type or new_type_deref",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         if (V == "type_alias")
           CL.Opts.DefaultAliasStyle = AliasStyle::TypeAlias;
         else if (V == "new_type")
           CL.Opts.DefaultAliasStyle = AliasStyle::NewType;
         else if (V == "new_type_deref")
           CL.Opts.DefaultAliasStyle = AliasStyle::NewTypeDeref;
         else
           return usage("invalid alias style '" + V + "'");
         return llvm::Error::success();
       }},
      {"--type-alias", true, "Typedefs matching REGEX stay type aliases",
       regex(&Options::TypeAliases)},
      {"--new-type-alias", true, "Typedefs matching REGEX become newtypes",
       regex(&Options::NewTypeAliases)},
      {"--new-type-alias-deref", true,
       "Typedefs matching REGEX become newtypes with Deref",
       regex(&Options::NewTypeDerefAliases)},
      {"--extern-fn-block-attrs", true, "Put ATTR on every extern block",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.ExternFnBlockAttrs.push_back(V.str());
         return llvm::Error::success();
       }},
      {"--wasm-import-module-name", true,
       "Link extern blocks to the named WebAssembly import module",
       [](CommandLine &CL, llvm::StringRef V) {
         auto &Attrs = CL.Opts.ExternFnBlockAttrs;
         Attrs.insert(Attrs.begin(),
                      "#[link(wasm_import_module = \"" + V.str() + "\")]");
         return llvm::Error::success();
       }},
      {"--override-abi", true, "REGEX=ABI for functions and function pointers",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto [Re, Abi] = V.rsplit('=');
         if (Abi.empty())
           return usage("expected REGEX=ABI, got '" + V + "'");
         Options::AbiOverride O;
         if (llvm::Error E = O.Re.add(Re))
           return E;
         O.Abi = Abi.str();
         CL.Opts.AbiOverrides.push_back(std::move(O));
         return llvm::Error::success();
       }},
      {"--field-attr", true, "TYPE::FIELD=ATTR: an attribute on one field",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto [Path, Attr] = V.split('=');
         auto [Type, Field] = Path.split("::");
         if (Attr.empty() || Field.empty())
           return usage("expected TYPE::FIELD=ATTR, got '" + V + "'");
         CL.Opts.FieldAttrs.push_back({Type.str(), Field.str(), Attr.str()});
         return llvm::Error::success();
       }},
      {"--use-array-pointers-in-arguments", false,
       "Array parameters as pointers to arrays",
       flag(&Options::UseArrayPointersInArguments, true)},
      // Selection.
      {"--opaque-type", true, "Make types matching REGEX opaque",
       regex(&Options::OpaqueTypes)},
      {"--blocklist-type", true, "Do not emit types matching REGEX",
       regex(&Options::BlocklistTypes)},
      {"--blocklist-function", true, "Do not emit functions matching REGEX",
       regex(&Options::BlocklistFunctions)},
      {"--blocklist-item", true, "Do not emit items matching REGEX",
       regex(&Options::BlocklistItems)},
      {"--blocklist-var", true, "Do not emit variables matching REGEX",
       regex(&Options::BlocklistVars)},
      {"--blocklist-file", true, "Do not emit items from files matching REGEX",
       regex(&Options::BlocklistFiles)},
      {"--allowlist-type", true, "Emit types matching REGEX",
       regex(&Options::AllowlistTypes)},
      {"--allowlist-function", true, "Emit functions matching REGEX",
       regex(&Options::AllowlistFunctions)},
      {"--allowlist-var", true, "Emit variables and constants matching REGEX",
       regex(&Options::AllowlistVars)},
      {"--allowlist-item", true, "Emit items matching REGEX",
       regex(&Options::AllowlistItems)},
      {"--allowlist-file", true, "Emit items from files matching REGEX",
       regex(&Options::AllowlistFiles)},
      // kbindgen's own.
      {"--naming-rule", true,
       "match=REGEX;kind=enum;module=M;name=N;strip-prefix=P;case=CamelCase;"
       "enum-style=rust;variant-strip-prefix=P;variant-case=CamelCase",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto R = parseNamingRule(V);
         if (!R)
           return R.takeError();
         CL.Opts.NamingRules.push_back(std::move(*R));
         return llvm::Error::success();
       }},
      {"--config", true,
       "Read options from a YAML file (repeatable; applied where given)",
       [](CommandLine &CL, llvm::StringRef V) { return applyConfig(CL, V); }},
      {"--dump-config", false,
       "Print the effective configuration as YAML and exit",
       [](CommandLine &CL, llvm::StringRef) {
         CL.DumpConfig = true;
         return llvm::Error::success();
       }},
      {"--kconfig", true,
       "Define CONFIG_* macros from a kernel .config, as autoconf.h would",
       [](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
         auto Defines = kconfigDefines(V);
         if (!Defines)
           return Defines.takeError();
         for (std::string &D : *Defines)
           CL.Opts.KconfigDefines.push_back(std::move(D));
         return llvm::Error::success();
       }},
      {"--explain", true, "Say why the item NAME is emitted or not",
       [](CommandLine &CL, llvm::StringRef V) {
         CL.Opts.Explain.push_back(V.str());
         return llvm::Error::success();
       }},
      {"--time-phases", false, "Print the time of each phase on stderr",
       flag(&Options::TimePhases, true)},
      {"--verbose", false,
       "Also warn about blocklist, opaque and other patterns that match "
       "nothing (allowlist patterns always are)",
       flag(&Options::Verbose, true)},
      {"--parse-function-bodies", false,
       "Parse function bodies (slower; same output)",
       flag(&Options::SkipFunctionBodies, false)},
      {"--help", false, "Print this help",
       [](CommandLine &CL, llvm::StringRef) {
         CL.ShowHelp = true;
         return llvm::Error::success();
       }},
      {"--version", false, "Print the version",
       [](CommandLine &CL, llvm::StringRef) {
         CL.ShowVersion = true;
         return llvm::Error::success();
       }},
  };
  return Table;
}

const OptionSpec *findOption(llvm::StringRef Name) {
  if (Name == "-o")
    Name = "--output";
  if (Name == "-h")
    Name = "--help";
  if (Name == "-V")
    Name = "--version";
  for (const OptionSpec &S : optionTable())
    if (Name == S.Name)
      return &S;
  return nullptr;
}

/// Applies one option and records it for --dump-config.
llvm::Error applyOption(CommandLine &CL, const OptionSpec &Spec,
                        llvm::StringRef Value, const ConfigEntry &Origin) {
  if (llvm::Error E = Spec.Apply(CL, Value))
    return E;
  llvm::StringRef Name = llvm::StringRef(Spec.Name).drop_front(2);
  if (Name == "config" || Name == "dump-config" || Name == "output" ||
      Name == "help" || Name == "version")
    return llvm::Error::success();
  ConfigEntry E = Origin;
  E.Option = Name.str();
  E.Value = Value.str();
  E.IsFlag = !Spec.TakesValue;
  if (!E.Reason.empty())
    CL.Opts.Reasons[E.Option + "=" + E.Value] = E.Reason;
  CL.Effective.push_back(std::move(E));
  return llvm::Error::success();
}

llvm::Error applyConfig(CommandLine &CL, llvm::StringRef Path) {
  llvm::Expected<std::vector<ConfigEntry>> Entries = loadConfigFile(Path);
  if (!Entries)
    return Entries.takeError();
  for (const ConfigEntry &E : *Entries) {
    const OptionSpec *Spec = findOption("--" + E.Option);
    if (!Spec || E.Option == "help" || E.Option == "version" ||
        E.Option == "dump-config")
      return makeLocatedError(E.File, E.Line, E.Column,
                              "unknown option '" + E.Option + "'");
    if (Spec->TakesValue == E.IsFlag)
      return makeLocatedError(E.File, E.Line, E.Column,
                              Spec->TakesValue
                                  ? "option '" + E.Option + "' needs a value"
                                  : "option '" + E.Option +
                                        "' is a flag: write 'true'");
    if (llvm::Error Err = applyOption(CL, *Spec, E.Value, E)) {
      std::string Msg = llvm::toString(std::move(Err));
      return makeLocatedError(E.File, E.Line, E.Column, Msg);
    }
  }
  return llvm::Error::success();
}

} // namespace

std::string helpText() {
  std::string S = "Generates Rust FFI bindings to C headers, with Clang.\n\n"
                  "Usage: kbindgen [OPTIONS] HEADER [-- CLANG_ARGS...]\n\n"
                  "Options:\n";
  for (const OptionSpec &O : optionTable()) {
    std::string Left =
        std::string("  ") + O.Name + (O.TakesValue ? " <ARG>" : "");
    if (Left.size() < 42)
      Left.resize(42, ' ');
    else
      Left += "  ";
    S += Left + O.Help + "\n";
  }
  S += "\nExit status: 0 on success, 1 when the input cannot be translated, "
       "2 for a bad command line, regex or configuration.\n";
  return S;
}

llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args) {
  CommandLine CL;
  bool HaveHeader = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (A == "--") {
      for (size_t J = I + 1; J < Args.size(); ++J)
        CL.Opts.ClangArgs.push_back(Args[J]);
      break;
    }
    if (A.starts_with("-") && A.size() > 1) {
      auto [Name, Inline] = A.split('=');
      bool HasInline = A.contains('=');
      const OptionSpec *Spec = findOption(Name);
      if (!Spec)
        return usage("unknown option '" + A + "'");
      llvm::StringRef Value;
      if (Spec->TakesValue) {
        if (HasInline) {
          Value = Inline;
        } else {
          if (I + 1 >= Args.size())
            return usage("option '" + Name + "' requires a value");
          Value = Args[++I];
        }
      } else if (HasInline) {
        return usage("option '" + Name + "' takes no value");
      }
      ConfigEntry Origin;
      Origin.File = "<command line>";
      if (llvm::Error E = applyOption(CL, *Spec, Value, Origin))
        return std::move(E);
      continue;
    }
    if (HaveHeader)
      return usage("unexpected argument '" + A +
                   "' (only one header can be given)");
    CL.Opts.Header = A.str();
    HaveHeader = true;
  }
  if (!HaveHeader && !CL.ShowHelp && !CL.ShowVersion && !CL.DumpConfig)
    return usage("no input header given (usage: kbindgen [OPTIONS] HEADER "
                 "[-- CLANG_ARGS...])");
  if (llvm::Error E = resolveEdition(CL))
    return std::move(E);
  return std::move(CL);
}

} // namespace kbindgen
