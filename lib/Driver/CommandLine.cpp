//===- CommandLine.cpp - rust-bindgen's command line, on OptTable ---------===//
//
// Options.td declares the options; llvm::opt::OptTable splits the command
// line into them (`--x v`, `--x=v`, aliases), prints --help and finds the
// option nearest a typo. This file gives each option its meaning (a
// handler, by ID) and applies the options of the command line and of
// configuration files in order.
//
//===----------------------------------------------------------------------===//

#include "OptionTable.h"
#include "OptionValues.h"
#include "kbindgen/Driver/Driver.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Option/Arg.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/Option.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <optional>

namespace kbindgen {

namespace {

using namespace options;
using Handler = std::function<llvm::Error(CommandLine &, llvm::StringRef)>;

Handler flag(bool Options::*Member, bool Value) {
  return [Member, Value](CommandLine &CL, llvm::StringRef) {
    CL.Opts.*Member = Value;
    return llvm::Error::success();
  };
}

Handler regex(RegexSet Options::*Member) {
  return [Member](CommandLine &CL, llvm::StringRef V) {
    return (CL.Opts.*Member).add(V, CL.Opts.WholeSymbolRegex);
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

/// An option whose value is stored as given.
Handler text(std::string Options::*Member) {
  return [Member](CommandLine &CL, llvm::StringRef V) {
    CL.Opts.*Member = V.str();
    return llvm::Error::success();
  };
}

/// A repeatable option whose values are kept in order.
Handler append(std::vector<std::string> Options::*Member) {
  return [Member](CommandLine &CL, llvm::StringRef V) {
    (CL.Opts.*Member).push_back(V.str());
    return llvm::Error::success();
  };
}

Handler ignored() {
  return [](CommandLine &, llvm::StringRef) { return llvm::Error::success(); };
}

Handler enumStyle(RegexSet Options::*Member) { return regex(Member); }

/// An option of bindgen's that kbindgen does not implement: a command-line
/// error that names it and says why (docs/compatibility.md).
Handler unsupported(const char *Option, const char *Why) {
  return [=](CommandLine &, llvm::StringRef) {
    return usage(llvm::Twine("option '") + Option +
                 "' is not supported: " + Why);
  };
}

/// An option whose value has a syntax of its own: Parse reads it into
/// Member.
template <typename T>
Handler parsed(T Options::*Member,
               llvm::Expected<T> (*Parse)(llvm::StringRef)) {
  return [Member, Parse](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    llvm::Expected<T> R = Parse(V);
    if (!R)
      return R.takeError();
    CL.Opts.*Member = std::move(*R);
    return llvm::Error::success();
  };
}

/// A repeatable option whose values Parse reads, kept in order.
template <typename T>
Handler parsedAppend(std::vector<T> Options::*Member,
                     llvm::Expected<T> (*Parse)(llvm::StringRef)) {
  return [Member, Parse](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    llvm::Expected<T> R = Parse(V);
    if (!R)
      return R.takeError();
    (CL.Opts.*Member).push_back(std::move(*R));
    return llvm::Error::success();
  };
}

/// An option that takes one of a few words, each meaning a value of T;
/// any other word is "invalid WHAT 'V'" followed by Hint.
template <typename T>
Handler choice(T Options::*Member, const char *What,
               std::vector<std::pair<llvm::StringRef, T>> Words,
               const char *Hint = "") {
  return [=](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    for (const auto &[Word, Value] : Words) {
      if (V != Word)
        continue;
      CL.Opts.*Member = Value;
      return llvm::Error::success();
    }
    return usage(llvm::Twine("invalid ") + What + " '" + V + "'" + Hint);
  };
}

/// A flag of the driver itself (--help, --version, --dump-config).
Handler driverFlag(bool CommandLine::*Member) {
  return [Member](CommandLine &CL, llvm::StringRef) {
    CL.*Member = true;
    return llvm::Error::success();
  };
}

/// `--with-derive-custom*` and `--with-attribute-custom*`.
Handler customRule(std::vector<CustomRule> Options::*Member,
                   CustomRule::Target On, bool IsDerive) {
  return [=](CommandLine &CL, llvm::StringRef V) -> llvm::Error {
    llvm::Expected<CustomRule> R =
        IsDerive ? parseCustomDerive(V) : parseCustomAttribute(V);
    if (!R)
      return R.takeError();
    if (llvm::Error E = R->Re.add(R->Regex, CL.Opts.WholeSymbolRegex))
      return E;
    R->On = On;
    (CL.Opts.*Member).push_back(std::move(*R));
    return llvm::Error::success();
  };
}

/// `--with-derive-custom*`: derives for the items of kind On.
Handler customDerive(CustomRule::Target On) {
  return customRule(&Options::CustomDerives, On, /*IsDerive=*/true);
}

/// `--with-attribute-custom*`: attributes for the items of kind On.
Handler customAttribute(CustomRule::Target On) {
  return customRule(&Options::CustomAttributes, On, /*IsDerive=*/false);
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

/// `--rust-target`: 1.MINOR[.PATCH], nightly or stable.
llvm::Error setRustTarget(CommandLine &CL, llvm::StringRef V) {
  if (V == "nightly" || V == "stable") {
    CL.Opts.RustTarget = V.str();
    return llvm::Error::success();
  }
  llvm::StringRef Ver = V;
  unsigned Minor = 0;
  if (!Ver.consume_front("1.") || Ver.split('.').first.getAsInteger(10, Minor))
    return usage("invalid Rust target '" + V +
                 "' (expected 1.MINOR, 1.MINOR.PATCH or nightly)");
  if (Minor < 33)
    return usage("invalid Rust target '" + V +
                 "': the oldest supported is 1.33");
  CL.Opts.RustTarget = V.str();
  CL.Opts.RustTargetMinor = Minor;
  return llvm::Error::success();
}

/// `--rust-edition`: 2018, 2021 or 2024.
llvm::Error setRustEdition(CommandLine &CL, llvm::StringRef V) {
  if (!editionMinimumMinor(V))
    return usage("invalid Rust edition '" + V +
                 "' (expected 2018, 2021 or 2024)");
  CL.Opts.RustEdition = V.str();
  CL.EditionGiven = true;
  return llvm::Error::success();
}

/// `--wrap-function REGEX` implies --wrap-static-fns.
llvm::Error wrapFunction(CommandLine &CL, llvm::StringRef V) {
  CL.Opts.WrapStaticFns = true;
  return CL.Opts.WrapFunctions.add(V, CL.Opts.WholeSymbolRegex);
}

/// `--wrap-macro NAME=PROTOTYPE` implies --wrap-static-fns.
llvm::Error wrapMacro(CommandLine &CL, llvm::StringRef V) {
  auto [Name, Proto] = V.split('=');
  Name = Name.trim();
  if (Name.empty() || Proto.trim().empty() ||
      !llvm::all_of(Name, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
    return usage("--wrap-macro: expected NAME=PROTOTYPE, got '" + V + "'");
  CL.Opts.WrapStaticFns = true;
  CL.Opts.WrapMacros.push_back(Name.str() + "=" + Proto.trim().str());
  return llvm::Error::success();
}

/// `--bindgen-compat 0.60|0.72`.
llvm::Error setBindgenCompat(CommandLine &CL, llvm::StringRef V) {
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
}

/// `--generate KIND,...`: only these kinds of items are written. C++'s
/// kinds are accepted; C has none of them.
llvm::Error setGenerate(CommandLine &CL, llvm::StringRef V) {
  Options &O = CL.Opts;
  O.GenerateFunctions = O.GenerateTypes = O.GenerateVars = false;
  llvm::SmallVector<llvm::StringRef, 6> Kinds;
  V.split(Kinds, ',');
  // C++'s kinds select nothing in C: a flag nobody reads.
  bool CxxKind = false;
  for (llvm::StringRef K : Kinds) {
    bool *Flag = llvm::StringSwitch<bool *>(K)
                     .Case("functions", &O.GenerateFunctions)
                     .Case("types", &O.GenerateTypes)
                     .Case("vars", &O.GenerateVars)
                     .Case("methods", &CxxKind)
                     .Case("constructors", &CxxKind)
                     .Case("destructors", &CxxKind)
                     .Default(nullptr);
    if (!Flag)
      return usage("--generate: unknown kind '" + K +
                   "' (expected functions, types, vars, methods, "
                   "constructors or destructors)");
    *Flag = true;
  }
  return llvm::Error::success();
}

/// `--with-derive-eq` implies PartialEq.
llvm::Error deriveEq(CommandLine &CL, llvm::StringRef) {
  CL.Opts.DeriveEq = CL.Opts.DerivePartialEq = true;
  return llvm::Error::success();
}

/// `--with-derive-ord` implies PartialOrd.
llvm::Error deriveOrd(CommandLine &CL, llvm::StringRef) {
  CL.Opts.DeriveOrd = CL.Opts.DerivePartialOrd = true;
  return llvm::Error::success();
}

/// `--wasm-import-module-name`: a `#[link]` attribute before the others.
llvm::Error wasmImportModule(CommandLine &CL, llvm::StringRef V) {
  auto &Attrs = CL.Opts.ExternFnBlockAttrs;
  Attrs.insert(Attrs.begin(),
               "#[link(wasm_import_module = \"" + V.str() + "\")]");
  return llvm::Error::success();
}

/// `--override-abi REGEX=ABI`.
llvm::Error overrideAbi(CommandLine &CL, llvm::StringRef V) {
  auto [Re, Abi] = V.rsplit('=');
  if (Abi.empty())
    return usage("expected REGEX=ABI, got '" + V + "'");
  Options::AbiOverride O;
  if (llvm::Error E = O.Re.add(Re, CL.Opts.WholeSymbolRegex))
    return E;
  O.Abi = Abi.str();
  CL.Opts.AbiOverrides.push_back(std::move(O));
  return llvm::Error::success();
}

/// `--field-attr TYPE::FIELD=ATTR`.
llvm::Error fieldAttr(CommandLine &CL, llvm::StringRef V) {
  auto [Path, Attr] = V.split('=');
  auto [Type, Field] = Path.split("::");
  if (Attr.empty() || Field.empty())
    return usage("expected TYPE::FIELD=ATTR, got '" + V + "'");
  CL.Opts.FieldAttrs.push_back({Type.str(), Field.str(), Attr.str()});
  return llvm::Error::success();
}

/// `--kconfig .config`: its CONFIG_ defines.
llvm::Error applyKconfig(CommandLine &CL, llvm::StringRef V) {
  auto Defines = kconfigDefines(V);
  if (!Defines)
    return Defines.takeError();
  for (std::string &D : *Defines)
    CL.Opts.KconfigDefines.push_back(std::move(D));
  return llvm::Error::success();
}

/// What each option does, by ID. Aliases (`-o`, `--output=`) reach their
/// option's handler.
const std::pair<options::ID, Handler> HandlerTable[] = {
    // Output.
    {OPT_output, text(&Options::OutputFile)},
    {OPT_depfile, text(&Options::DepFile)},
    {OPT_raw_line, append(&Options::RawLines)},
    {OPT_disable_header_comment, flag(&Options::HeaderComment, false)},
    {OPT_no_doc_comments, flag(&Options::DocComments, false)},
    {OPT_no_rustfmt_bindings,
     [](CommandLine &CL, llvm::StringRef) {
       CL.Opts.Formatter = FormatterKind::None;
       return llvm::Error::success();
     }},
    {OPT_formatter, choice(&Options::Formatter, "formatter",
                           {{"none", FormatterKind::None},
                            {"rustfmt", FormatterKind::Rustfmt},
                            {"prettyplease", FormatterKind::Prettyplease}},
                           " (expected none, rustfmt or prettyplease)")},
    {OPT_rust_target, setRustTarget},
    {OPT_rust_edition, setRustEdition},
    {OPT_wrap_static_fns, flag(&Options::WrapStaticFns, true)},
    {OPT_wrap_static_fns_path, text(&Options::WrapStaticFnsPath)},
    {OPT_wrap_static_fns_suffix,
     identifierPart(&Options::WrapStaticFnsSuffix, "--wrap-static-fns-suffix")},
    {OPT_wrap_static_fns_prefix,
     identifierPart(&Options::WrapStaticFnsPrefix, "--wrap-static-fns-prefix")},
    {OPT_wrap_static_fns_annotation,
     identifierPart(&Options::WrapStaticFnsAnnotation,
                    "--wrap-static-fns-annotation")},
    {OPT_wrap_function, wrapFunction},
    {OPT_wrap_macro, wrapMacro},
    // Rust flavour.
    {OPT_use_core, flag(&Options::UseCore, true)},
    {OPT_ctypes_prefix, text(&Options::CtypesPrefix)},
    {OPT_no_layout_tests, flag(&Options::LayoutTests, false)},
    {OPT_explicit_padding, flag(&Options::ExplicitPadding, true)},
    {OPT_bindgen_compat, setBindgenCompat},
    {OPT_no_size_t_is_usize, flag(&Options::SizeTIsUsize, false)},
    {OPT_size_t_is_usize, flag(&Options::SizeTIsUsize, true)},
    {OPT_no_convert_floats, flag(&Options::ConvertFloats, false)},
    {OPT_no_prepend_enum_name, flag(&Options::PrependEnumName, false)},
    {OPT_merge_extern_blocks, flag(&Options::MergeExternBlocks, true)},
    {OPT_sort_semantically, flag(&Options::SortSemantically, true)},
    {OPT_enable_function_attribute_detection,
     flag(&Options::FunctionAttributeDetection, true)},
    {OPT_generate_cstr, flag(&Options::GenerateCStr, true)},
    {OPT_dynamic_loading, text(&Options::DynamicLibraryName)},
    {OPT_dynamic_link_require_all, flag(&Options::DynamicLinkRequireAll, true)},
    {OPT_wrap_unsafe_ops, flag(&Options::WrapUnsafeOps, true)},
    {OPT_c_naming, flag(&Options::CNaming, true)},
    {OPT_respect_cxx_access_specs, ignored()},
    {OPT_keep_integer_radices, ignored()},
    {OPT_disable_whole_symbol_regex, flag(&Options::WholeSymbolRegex, false)},
    {OPT_no_recursive_allowlist, flag(&Options::RecursiveAllowlist, false)},
    {OPT_disable_nested_struct_naming,
     flag(&Options::NestedStructNaming, false)},
    {OPT_stable_anon_names, flag(&Options::StableAnonNames, true)},
    {OPT_anon_fields_prefix, text(&Options::AnonFieldsPrefix)},
    {OPT_default_visibility, ignored()},
    {OPT_clang_macro_fallback, flag(&Options::ClangMacroFallback, true)},
    {OPT_no_clang_macro_fallback, flag(&Options::ClangMacroFallback, false)},
    {OPT_clang_macro_fallback_build_dir, ignored()},
    {OPT_const_helper_prefix,
     identifierPart(&Options::ConstHelperPrefix, "--const-helper-prefix")},
    {OPT_fit_macro_constant_types, flag(&Options::FitMacroConstTypes, true)},
    {OPT_default_macro_constant_type,
     parsed(&Options::DefaultMacroConstType, parseMacroType)},
    // Derives.
    {OPT_no_derive_debug, flag(&Options::DeriveDebug, false)},
    {OPT_no_derive_copy, flag(&Options::DeriveCopy, false)},
    {OPT_no_derive_default, flag(&Options::DeriveDefault, false)},
    {OPT_with_derive_default, flag(&Options::DeriveDefault, true)},
    {OPT_with_derive_hash, flag(&Options::DeriveHash, true)},
    {OPT_with_derive_partialeq, flag(&Options::DerivePartialEq, true)},
    {OPT_with_derive_eq, deriveEq},
    {OPT_with_derive_partialord, flag(&Options::DerivePartialOrd, true)},
    {OPT_with_derive_ord, deriveOrd},
    {OPT_impl_debug, flag(&Options::ImplDebug, true)},
    {OPT_impl_partialeq, flag(&Options::ImplPartialEq, true)},
    {OPT_no_debug, regex(&Options::NoDebug)},
    {OPT_no_copy, regex(&Options::NoCopy)},
    {OPT_no_default, regex(&Options::NoDefault)},
    {OPT_no_hash, regex(&Options::NoHash)},
    {OPT_no_partialeq, regex(&Options::NoPartialEq)},
    {OPT_must_use_type, regex(&Options::MustUseType)},
    {OPT_with_derive_custom, customDerive(CustomRule::Target::Any)},
    {OPT_with_derive_custom_struct, customDerive(CustomRule::Target::Struct)},
    {OPT_with_derive_custom_enum, customDerive(CustomRule::Target::Enum)},
    {OPT_with_derive_custom_union, customDerive(CustomRule::Target::Union)},
    {OPT_with_attribute_custom, customAttribute(CustomRule::Target::Any)},
    {OPT_with_attribute_custom_struct,
     customAttribute(CustomRule::Target::Struct)},
    {OPT_with_attribute_custom_enum, customAttribute(CustomRule::Target::Enum)},
    {OPT_with_attribute_custom_union,
     customAttribute(CustomRule::Target::Union)},
    // Enums and aliases.
    {OPT_default_enum_style,
     parsed(&Options::DefaultEnumStyle, parseEnumStyle)},
    {OPT_rustified_enum, enumStyle(&Options::RustifiedEnums)},
    {OPT_rustified_non_exhaustive_enum,
     enumStyle(&Options::RustifiedNonExhaustiveEnums)},
    {OPT_rustified_repr_c_enum, enumStyle(&Options::RustifiedReprCEnums)},
    {OPT_newtype_enum, enumStyle(&Options::NewTypeEnums)},
    {OPT_newtype_global_enum, enumStyle(&Options::NewTypeGlobalEnums)},
    {OPT_bitfield_enum, enumStyle(&Options::BitfieldEnums)},
    {OPT_constified_enum, enumStyle(&Options::ConstifiedEnums)},
    {OPT_constified_enum_module, enumStyle(&Options::ConstifiedEnumModules)},
    {OPT_default_non_copy_union_style,
     choice(&Options::DefaultNonCopyUnionStyle, "non-copy union style",
            {{"bindgen_wrapper", NonCopyUnionStyle::BindgenWrapper},
             {"manually_drop", NonCopyUnionStyle::ManuallyDrop}})},
    {OPT_bindgen_wrapper_union, regex(&Options::BindgenWrapperUnions)},
    {OPT_manually_drop_union, regex(&Options::ManuallyDropUnions)},
    {OPT_default_alias_style,
     choice(&Options::DefaultAliasStyle, "alias style",
            {{"type_alias", AliasStyle::TypeAlias},
             {"new_type", AliasStyle::NewType},
             {"new_type_deref", AliasStyle::NewTypeDeref}})},
    {OPT_type_alias, regex(&Options::TypeAliases)},
    {OPT_normal_alias, regex(&Options::TypeAliases)},
    {OPT_new_type_alias, regex(&Options::NewTypeAliases)},
    {OPT_new_type_alias_deref, regex(&Options::NewTypeDerefAliases)},
    {OPT_extern_fn_block_attrs, append(&Options::ExternFnBlockAttrs)},
    {OPT_extern_block_attrs, append(&Options::ExternBlockAttrs)},
    {OPT_wasm_import_module_name, wasmImportModule},
    {OPT_override_abi, overrideAbi},
    {OPT_field_attr, fieldAttr},
    {OPT_use_array_pointers_in_arguments,
     flag(&Options::UseArrayPointersInArguments, true)},
    {OPT_translate_enum_integer_types,
     flag(&Options::TranslateEnumIntegerTypes, true)},
    {OPT_prefix_link_name,
     identifierPart(&Options::PrefixLinkName, "--prefix-link-name")},
    // Selection.
    {OPT_opaque_type, regex(&Options::OpaqueTypes)},
    {OPT_blocklist_type, regex(&Options::BlocklistTypes)},
    {OPT_blocklist_function, regex(&Options::BlocklistFunctions)},
    {OPT_blocklist_item, regex(&Options::BlocklistItems)},
    {OPT_blocklist_var, regex(&Options::BlocklistVars)},
    {OPT_blocklist_file, regex(&Options::BlocklistFiles)},
    {OPT_allowlist_type, regex(&Options::AllowlistTypes)},
    {OPT_allowlist_function, regex(&Options::AllowlistFunctions)},
    {OPT_allowlist_var, regex(&Options::AllowlistVars)},
    {OPT_allowlist_item, regex(&Options::AllowlistItems)},
    {OPT_allowlist_file, regex(&Options::AllowlistFiles)},
    {OPT_generate, setGenerate},
    {OPT_ignore_functions, flag(&Options::IgnoreFunctions, true)},
    {OPT_generate_inline_functions,
     flag(&Options::GenerateInlineFunctions, true)},
    // kbindgen's own.
    {OPT_naming_rule, parsedAppend(&Options::NamingRules, parseNamingRule)},
    {OPT_config, applyConfig},
    {OPT_dump_config, driverFlag(&CommandLine::DumpConfig)},
    {OPT_kconfig, applyKconfig},
    {OPT_explain, append(&Options::Explain)},
    {OPT_time_phases, flag(&Options::TimePhases, true)},
    {OPT_verbose, flag(&Options::Verbose, true)},
    {OPT_no_record_matches, flag(&Options::RecordMatches, false)},
    {OPT_no_include_path_detection, ignored()},
    {OPT_experimental, ignored()},
    {OPT_emit_diagnostics, ignored()},
    // C++ and Objective-C: nothing in C that they change.
    {OPT_conservative_inline_namespaces, ignored()},
    {OPT_disable_name_namespacing, ignored()},
    {OPT_generate_deleted_functions, ignored()},
    {OPT_generate_pure_virtual_functions, ignored()},
    {OPT_generate_private_functions, ignored()},
    {OPT_use_specific_virtual_function_receiver, ignored()},
    {OPT_represent_cxx_operators, ignored()},
    {OPT_vtable_generation, ignored()},
    {OPT_nonnull_references, ignored()},
    {OPT_use_distinct_char16_t, ignored()},
    {OPT_ignore_methods, ignored()},
    {OPT_objc_extern_crate, ignored()},
    {OPT_block_extern_crate, ignored()},
    {OPT_module_raw_line, ignored()},
    // bindgen's, with an effect on C that kbindgen does not have.
    {OPT_enable_cxx_namespaces,
     unsupported("--enable-cxx-namespaces",
                 "C has no namespaces, and bindgen would put the whole "
                 "output in 'pub mod root'")},
    {OPT_builtins,
     unsupported("--builtins", "Clang's built-in declarations and "
                               "predefined macros are never bound")},
    {OPT_disable_untagged_union,
     unsupported("--disable-untagged-union",
                 "C unions are always Rust unions")},
    {OPT_flexarray_dst,
     unsupported("--flexarray-dst", "a flexible array member is always "
                                    "an __IncompleteArrayField")},
    {OPT_generate_block,
     unsupported("--generate-block",
                 "Clang blocks (-fblocks) are not bound to the block crate")},
    {OPT_distrust_clang_mangling,
     unsupported("--distrust-clang-mangling",
                 "functions always link to the symbol Clang gives them (asm "
                 "labels, overloadable functions)")},
    {OPT_dump_preprocessed_input,
     unsupported("--dump-preprocessed-input",
                 "run clang -E with the same header and arguments")},
    {OPT_emit_clang_ast,
     unsupported("--emit-clang-ast", "run clang -fsyntax-only -Xclang "
                                     "-ast-dump with the same arguments")},
    {OPT_emit_ir,
     unsupported("--emit-ir", "kbindgen has no bindgen IR to print; --explain "
                              "NAME says why an item is written or not")},
    {OPT_emit_ir_graphviz,
     unsupported("--emit-ir-graphviz",
                 "kbindgen has no bindgen IR to draw; --explain NAME says "
                 "why an item is written or not")},
    {OPT_generate_shell_completions,
     unsupported("--generate-shell-completions",
                 "kbindgen writes no shell completions")},
    {OPT_rustfmt_configuration_file,
     unsupported("--rustfmt-configuration-file",
                 "run rustfmt --config-path PATH over the output")},
    {OPT_parse_function_bodies, flag(&Options::SkipFunctionBodies, false)},
    {OPT_help, driverFlag(&CommandLine::ShowHelp)},
    {OPT_version, driverFlag(&CommandLine::ShowVersion)},
};

/// The handlers, indexed by option ID.
const std::vector<Handler> &handlers() {
  static const std::vector<Handler> ByID = [] {
    std::vector<Handler> V(OPT_END);
    for (const auto &[ID, H] : HandlerTable)
      V[ID] = H;
    return V;
  }();
  return ByID;
}

bool isFlag(unsigned ID) {
  return table().getOption(ID).getKind() == llvm::opt::Option::FlagClass;
}

/// Long options by name without `--` (`output`, `use-core`): the options
/// that have a handler, which configuration files can set too.
const llvm::StringMap<unsigned> &longOptions() {
  static const llvm::StringMap<unsigned> Names = [] {
    llvm::StringMap<unsigned> M;
    for (unsigned ID = 1; ID < OPT_END; ++ID)
      if (handlers()[ID])
        M[table().getOption(ID).getName()] = ID;
    return M;
  }();
  return Names;
}

/// "; did you mean '--x'?" for the option nearest Arg, if one is near
/// (among those configuration files can set, for one of them).
std::string suggestion(llvm::StringRef Arg, bool InConfig = false) {
  std::string Nearest;
  unsigned Exclude = InConfig ? static_cast<unsigned>(NoConfig) : 0u;
  if (table().findNearest(Arg, Nearest, /*FlagsToInclude=*/0,
                          /*FlagsToExclude=*/Exclude) > 2)
    return "";
  llvm::StringRef Shown = Nearest;
  if (InConfig)
    Shown.consume_front("--");
  return "; did you mean '" + Shown.str() + "'?";
}

/// The error for an argument that names no option: a flag given a value,
/// or a typo with the nearest option.
llvm::Error unknownArgument(llvm::StringRef Arg) {
  auto [Name, Value] = Arg.split('=');
  if (Arg.contains('=') && Name.starts_with("--")) {
    auto It = longOptions().find(Name.drop_front(2));
    if (It != longOptions().end() && isFlag(It->second))
      return usage("option '" + Name + "' takes no value");
  }
  return usage("unknown argument '" + Arg + "'" + suggestion(Arg));
}

/// Applies one option and records it for --dump-config.
llvm::Error applyOption(CommandLine &CL, unsigned ID, llvm::StringRef Value,
                        const ConfigEntry &Origin) {
  const Handler &H = handlers()[ID];
  assert(H && "every option of Options.td has a handler");
  if (llvm::Error E = H(CL, Value))
    return E;
  if (ID == OPT_config || ID == OPT_dump_config || ID == OPT_output ||
      ID == OPT_help || ID == OPT_version)
    return llvm::Error::success();
  ConfigEntry E = Origin;
  E.Option = table().getOption(ID).getName().str();
  E.Value = Value.str();
  E.IsFlag = isFlag(ID);
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
    auto It = longOptions().find(E.Option);
    if (It == longOptions().end() ||
        table().getOption(It->second).hasFlag(NoConfig))
      return makeLocatedError(E.File, E.Line, E.Column,
                              "unknown option '" + E.Option + "'" +
                                  suggestion("--" + E.Option, true));
    unsigned ID = It->second;
    if (isFlag(ID) != E.IsFlag)
      return makeLocatedError(
          E.File, E.Line, E.Column,
          E.IsFlag ? "option '" + E.Option + "' needs a value"
                   : "option '" + E.Option + "' is a flag: write 'true'");
    if (llvm::Error Err = applyOption(CL, ID, E.Value, E)) {
      std::string Msg = llvm::toString(std::move(Err));
      return makeLocatedError(E.File, E.Line, E.Column, Msg);
    }
  }
  return llvm::Error::success();
}

/// Applies the arguments before `--`, in order.
llvm::Error applyArguments(CommandLine &CL, llvm::ArrayRef<std::string> Args) {
  std::vector<const char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed =
      table().ParseArgs(Argv, MissingIndex, MissingCount);
  bool HaveHeader = false;
  for (const llvm::opt::Arg *A : Parsed) {
    unsigned ID = A->getOption().getID();
    if (ID == OPT_UNKNOWN)
      return unknownArgument(A->getAsString(Parsed));
    if (ID == OPT_INPUT) {
      if (HaveHeader)
        return usage("unexpected argument '" + llvm::Twine(A->getValue()) +
                     "' (only one header can be given)");
      CL.Opts.Header = A->getValue();
      HaveHeader = true;
      continue;
    }
    ConfigEntry Origin;
    Origin.File = "<command line>";
    if (llvm::Error E =
            applyOption(CL, ID, A->getNumValues() ? A->getValue() : "", Origin))
      return E;
  }
  if (MissingCount)
    return usage("option '" + llvm::Twine(Argv[MissingIndex]) +
                 "' requires a value");
  if (!HaveHeader && !CL.ShowHelp && !CL.ShowVersion && !CL.DumpConfig)
    return usage("no input header given (usage: kbindgen [OPTIONS] HEADER "
                 "[-- CLANG_ARGS...])");
  return llvm::Error::success();
}

} // namespace

std::string helpText() {
  std::string S;
  llvm::raw_string_ostream OS(S);
  table().printHelp(OS, "kbindgen [OPTIONS] HEADER [-- CLANG_ARGS...]",
                    "Generates Rust FFI bindings to C headers, with Clang.");
  OS << "\nArguments after -- go to Clang. Exit status: 0 on success, 1 when "
        "the input cannot be translated, 2 for a bad command line, regex or "
        "configuration.\n";
  return S;
}

std::vector<std::string> optionNames() {
  std::vector<std::string> Names;
  for (const auto &Entry : longOptions())
    Names.push_back("--" + Entry.getKey().str());
  llvm::sort(Names);
  return Names;
}

llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args) {
  CommandLine CL;
  // Everything after `--` goes to Clang as it is.
  const std::string *Dash = llvm::find(Args, "--");
  if (Dash != Args.end())
    CL.Opts.ClangArgs.assign(Dash + 1, Args.end());
  llvm::ArrayRef<std::string> Before = Args.take_front(Dash - Args.begin());
  // It changes how every regex is read, wherever it stands.
  CL.Opts.WholeSymbolRegex =
      !llvm::is_contained(Before, "--disable-whole-symbol-regex");
  if (llvm::Error E = applyArguments(CL, Before))
    return E;
  if (llvm::Error E = resolveEdition(CL))
    return E;
  return CL;
}

} // namespace kbindgen
