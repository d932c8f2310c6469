//===- Options.td - kbindgen's command line ----------------*- tablegen -*-===//
//
// rust-bindgen's options as Kbuild and other users spell them, and
// kbindgen's own. `llvm-tblgen -gen-opt-parser-defs` turns this file into
// Options.inc for llvm::opt::OptTable, which parses the command line
// (`--x v` and `--x=v`), prints `--help` by group and suggests the nearest
// option for a typo. What each option does is in CommandLine.cpp (keyed by
// the option's ID) and docs/cli.md.
//
// `kbindgen --help` prints the groups in the alphabetical order of their
// titles, and the options of a group in the alphabetical order of their
// names.
//
//===----------------------------------------------------------------------===//

include "llvm/Option/OptParser.td"

// Options a configuration file cannot set (they are about this run only).
def NoConfig : OptionFlag;

// A flag: --NAME.
class F<string name, string help> : Flag<["--"], name>, HelpText<help>;

// An option with a value: --NAME VALUE, or --NAME=VALUE (a hidden alias).
multiclass V<string name, string meta, string help> {
  def NAME : Separate<["--"], name>, HelpText<help>, MetaVarName<meta>;
  def NAME#_eq : Joined<["--"], name#"=">, Alias<!cast<Separate>(NAME)>;
}

def grp_output : OptionGroup<"output">, HelpText<"OUTPUT">;
def grp_flavour : OptionGroup<"flavour">, HelpText<"RUST FLAVOUR">;
def grp_macros : OptionGroup<"macros">, HelpText<"MACROS">;
def grp_wrappers : OptionGroup<"wrappers">, HelpText<"STATIC WRAPPERS">;
def grp_derives : OptionGroup<"derives">, HelpText<"DERIVES">;
def grp_types : OptionGroup<"types">,
  HelpText<"ENUMS, UNIONS, TYPE ALIASES AND FUNCTIONS">;
def grp_selection : OptionGroup<"selection">, HelpText<"SELECTION">;
def grp_kbindgen : OptionGroup<"kbindgen">, HelpText<"KBINDGEN'S OWN">;
def grp_cxx : OptionGroup<"cxx">,
  HelpText<"C++ AND OBJECTIVE-C (ACCEPTED; NO EFFECT ON C)">;
def grp_unsupported : OptionGroup<"unsupported">,
  HelpText<"NOT SUPPORTED (AN ERROR, SEE docs/compatibility.md)">;

let Group = grp_output in {
defm output : V<"output", "<FILE>",
  "Write the bindings to FILE (default: stdout)">;
def : Separate<["-"], "o">, Alias<output>, MetaVarName<"<FILE>">,
  HelpText<"Alias for --output">;
defm depfile : V<"depfile", "<FILE>",
  "Write a Make dependency file for the output">;
defm raw_line : V<"raw-line", "<LINE>",
  "Add a line of Rust code at the top (repeatable)">;
def disable_header_comment : F<"disable-header-comment",
  "Do not write the header comment">;
def no_doc_comments : F<"no-doc-comments", "Do not translate C doc comments">;
def no_rustfmt_bindings : F<"no-rustfmt-bindings",
  "Same as --formatter=none (bindgen's deprecated spelling)">;
defm formatter : V<"formatter", "<FORMATTER>",
  "none, prettyplease: kbindgen's own rustfmt-clean layout (the default); "
  "rustfmt: also run the installed rustfmt when --raw-line is given">;
defm rust_target : V<"rust-target", "<VERSION>",
  "Oldest Rust the output must compile with (1.68, 1.85, nightly, ...; also "
  "sets the default edition)">;
defm rust_edition : V<"rust-edition", "<EDITION>",
  "Rust edition of the output: 2018, 2021 or 2024 (default: the latest the "
  "--rust-target has, 2021 without one)">;
}

let Group = grp_flavour in {
def use_core : F<"use-core", "Use core instead of std">;
defm ctypes_prefix : V<"ctypes-prefix", "<PATH>",
  "Path of the C scalar types (e.g. ffi)">;
def no_layout_tests : F<"no-layout-tests", "Do not emit layout assertions">;
def explicit_padding : F<"explicit-padding", "Always emit padding fields">;
defm bindgen_compat : V<"bindgen-compat", "<VERSION>",
  "Output conventions of an older bindgen: 0.60 (size_t kept, forward "
  "declarations Copy, _bitfield_align_N fields) or 0.72 (the default)">;
def no_size_t_is_usize : F<"no-size_t-is-usize", "Do not map size_t to usize">;
def size_t_is_usize : F<"size_t-is-usize", "Map size_t to usize (default)">;
def no_convert_floats : F<"no-convert-floats", "Keep c_float/c_double">;
def no_prepend_enum_name : F<"no-prepend-enum-name",
  "Do not prefix enum constants with the enum's name">;
def merge_extern_blocks : F<"merge-extern-blocks",
  "One extern block for adjacent items">;
def keep_integer_radices : F<"keep-integer-radices",
  "Accepted; integer constants are written in decimal">;
def sort_semantically : F<"sort-semantically",
  "Accepted; the output follows source order">;
def enable_function_attribute_detection :
  F<"enable-function-attribute-detection",
    "Emit #[must_use] and -> ! from C attributes">;
def disable_nested_struct_naming : F<"disable-nested-struct-naming",
  "Name nested structs by their own name">;
def stable_anon_names : F<"stable-anon-names",
  "Name anonymous enums and records from their declaration, not by number">;
defm anon_fields_prefix : V<"anon-fields-prefix", "<PREFIX>",
  "Prefix of unnamed members' fields (default: __bindgen_anon_)">;
defm default_visibility : V<"default-visibility", "<VISIBILITY>",
  "Accepted; fields are public">;
def use_array_pointers_in_arguments : F<"use-array-pointers-in-arguments",
  "Array parameters as pointers to arrays">;
def translate_enum_integer_types : F<"translate-enum-integer-types",
  "Enum types that are not Rust enums as u32, i8, ... instead of c_uint, "
  "c_schar, ...">;
defm prefix_link_name : V<"prefix-link-name", "<PREFIX>",
  "Link extern functions and statics to PREFIX followed by their name">;
}

let Group = grp_macros in {
def clang_macro_fallback : F<"clang-macro-fallback",
  "Accepted: kbindgen always evaluates macros with Clang (default)">;
def no_clang_macro_fallback : F<"no-clang-macro-fallback",
  "Emit only the macros bindgen's own evaluator accepts (literal arithmetic "
  "on other such macros)">;
defm clang_macro_fallback_build_dir : V<"clang-macro-fallback-build-dir",
  "<PATH>", "Accepted">;
def fit_macro_constant_types : F<"fit-macro-constant-types",
  "Smallest integer type for literal macros">;
defm default_macro_constant_type : V<"default-macro-constant-type", "<TYPE>",
  "Type of literal integer macros (u32, i64, signed, ...)">;
def generate_cstr : F<"generate-cstr", "String macros as &CStr">;
defm const_helper_prefix : V<"const-helper-prefix", "<PREFIX>",
  "A constant named PREFIX followed by X stands for macro X, which is not "
  "emitted (default: RUST_CONST_HELPER_, the Linux kernel's; empty: none)">;
}

let Group = grp_wrappers in {
def wrap_static_fns : F<"wrap-static-fns",
  "Give static and static inline functions a C wrapper each, checked by "
  "Clang, and bind them through it">;
defm wrap_static_fns_path : V<"wrap-static-fns-path", "<PATH>",
  "The wrappers' C file, PATH.c (default: <temp dir>/bindgen/extern.c)">;
defm wrap_static_fns_suffix : V<"wrap-static-fns-suffix", "<SUFFIX>",
  "Suffix of the wrappers' names (default: __extern)">;
defm wrap_static_fns_prefix : V<"wrap-static-fns-prefix", "<PREFIX>",
  "Prefix of the wrappers' names (the kernel's: rust_helper_)">;
defm wrap_static_fns_annotation : V<"wrap-static-fns-annotation", "<MACRO>",
  "Write MACRO before each wrapper where the header defines it (the "
  "kernel's: __rust_helper)">;
defm wrap_function : V<"wrap-function", "<REGEX>",
  "Wrap only the static functions matching REGEX (implies "
  "--wrap-static-fns)">;
defm wrap_macro : V<"wrap-macro", "<NAME=PROTOTYPE>",
  "Wrap macro NAME as a function of that C type, e.g. 'alloc_pages=struct "
  "page *(gfp_t gfp, unsigned int order)' (implies --wrap-static-fns)">;
}

let Group = grp_derives in {
def no_derive_debug : F<"no-derive-debug", "Do not derive Debug">;
def no_derive_copy : F<"no-derive-copy", "Do not derive Copy and Clone">;
def no_derive_default : F<"no-derive-default", "Do not derive Default">;
def with_derive_default : F<"with-derive-default", "Derive Default">;
def with_derive_hash : F<"with-derive-hash", "Derive Hash">;
def with_derive_partialeq : F<"with-derive-partialeq", "Derive PartialEq">;
def with_derive_eq : F<"with-derive-eq", "Derive Eq (implies PartialEq)">;
def with_derive_partialord : F<"with-derive-partialord", "Derive PartialOrd">;
def with_derive_ord : F<"with-derive-ord", "Derive Ord (implies PartialOrd)">;
def impl_debug : F<"impl-debug", "Implement Debug where it cannot be derived">;
def impl_partialeq : F<"impl-partialeq",
  "Implement PartialEq where it cannot be derived">;
defm no_debug : V<"no-debug", "<REGEX>",
  "Do not derive Debug for types matching REGEX">;
defm no_copy : V<"no-copy", "<REGEX>",
  "Do not derive Copy for types matching REGEX">;
defm no_default : V<"no-default", "<REGEX>",
  "Do not derive Default for types matching REGEX">;
defm no_hash : V<"no-hash", "<REGEX>",
  "Do not derive Hash for types matching REGEX">;
defm no_partialeq : V<"no-partialeq", "<REGEX>",
  "Do not derive PartialEq for types matching REGEX">;
defm must_use_type : V<"must-use-type", "<REGEX>",
  "Add #[must_use] to types matching REGEX">;
defm with_derive_custom : V<"with-derive-custom", "<REGEX=DERIVES>",
  "Derive DERIVES (comma-separated) for the types matching REGEX">;
defm with_derive_custom_struct : V<"with-derive-custom-struct",
  "<REGEX=DERIVES>", "Derive DERIVES for the structs matching REGEX">;
defm with_derive_custom_enum : V<"with-derive-custom-enum", "<REGEX=DERIVES>",
  "Derive DERIVES for the enums matching REGEX">;
defm with_derive_custom_union : V<"with-derive-custom-union",
  "<REGEX=DERIVES>", "Derive DERIVES for the unions matching REGEX">;
defm with_attribute_custom : V<"with-attribute-custom", "<REGEX=ATTRIBUTES>",
  "Add ATTRIBUTES (#[...], comma-separated) to the types matching REGEX">;
defm with_attribute_custom_struct : V<"with-attribute-custom-struct",
  "<REGEX=ATTRIBUTES>", "Add ATTRIBUTES to the structs matching REGEX">;
defm with_attribute_custom_enum : V<"with-attribute-custom-enum",
  "<REGEX=ATTRIBUTES>", "Add ATTRIBUTES to the enums matching REGEX">;
defm with_attribute_custom_union : V<"with-attribute-custom-union",
  "<REGEX=ATTRIBUTES>", "Add ATTRIBUTES to the unions matching REGEX">;
}

let Group = grp_types in {
defm default_enum_style : V<"default-enum-style", "<STYLE>",
  "Default enum style: consts, moduleconsts, bitfield, newtype, "
  "newtype_global, rust or rust_non_exhaustive">;
defm rustified_enum : V<"rustified-enum", "<REGEX>", "Rust enums for REGEX">;
defm rustified_non_exhaustive_enum : V<"rustified-non-exhaustive-enum",
  "<REGEX>", "#[non_exhaustive] Rust enums for REGEX">;
defm rustified_repr_c_enum : V<"rustified-repr-c-enum", "<REGEX>",
  "#[repr(C)] Rust enums for REGEX">;
defm newtype_enum : V<"newtype-enum", "<REGEX>", "Newtype enums for REGEX">;
defm newtype_global_enum : V<"newtype-global-enum", "<REGEX>",
  "Newtype enums with global constants for REGEX">;
defm bitfield_enum : V<"bitfield-enum", "<REGEX>",
  "Bitflag newtype enums for REGEX">;
defm constified_enum : V<"constified-enum", "<REGEX>",
  "Constants for REGEX">;
defm constified_enum_module : V<"constified-enum-module", "<REGEX>",
  "Constants in a module for REGEX">;
defm default_non_copy_union_style : V<"default-non-copy-union-style",
  "<STYLE>", "Unions with non-Copy fields: bindgen_wrapper or manually_drop">;
defm bindgen_wrapper_union : V<"bindgen-wrapper-union", "<REGEX>",
  "Unions matching REGEX with non-Copy fields become __BindgenUnionField "
  "structs">;
defm manually_drop_union : V<"manually-drop-union", "<REGEX>",
  "Unions matching REGEX with non-Copy fields wrap them in ManuallyDrop">;
defm default_alias_style : V<"default-alias-style", "<STYLE>",
  "Typedefs as type_alias, new_type or new_type_deref">;
defm type_alias : V<"type-alias", "<REGEX>",
  "Typedefs matching REGEX stay type aliases">;
defm normal_alias : V<"normal-alias", "<REGEX>",
  "Same as --type-alias (bindgen 0.72's spelling)">;
defm new_type_alias : V<"new-type-alias", "<REGEX>",
  "Typedefs matching REGEX become newtypes">;
defm new_type_alias_deref : V<"new-type-alias-deref", "<REGEX>",
  "Typedefs matching REGEX become newtypes with Deref">;
defm extern_fn_block_attrs : V<"extern-fn-block-attrs", "<ATTRIBUTE>",
  "Put ATTRIBUTE on every extern block">;
defm extern_block_attrs : V<"extern-block-attrs", "<ATTRIBUTE>",
  "Put ATTRIBUTE first on every extern block (functions and statics)">;
defm wasm_import_module_name : V<"wasm-import-module-name", "<NAME>",
  "Link extern blocks to the named WebAssembly import module">;
defm override_abi : V<"override-abi", "<REGEX=ABI>",
  "The ABI of the functions and function pointers matching REGEX">;
defm field_attr : V<"field-attr", "<TYPE::FIELD=ATTRIBUTE>",
  "An attribute on one field">;
defm dynamic_loading : V<"dynamic-loading", "<NAME>",
  "Reach functions and variables through a libloading struct NAME">;
def dynamic_link_require_all : F<"dynamic-link-require-all",
  "The --dynamic-loading constructor fails on any missing symbol">;
def wrap_unsafe_ops : F<"wrap-unsafe-ops",
  "Wrap unsafe operations in unsafe blocks (--dynamic-loading methods)">;
def c_naming : F<"c-naming",
  "Name records and enums struct_foo, union_foo, enum_foo">;
def respect_cxx_access_specs : F<"respect-cxx-access-specs",
  "Accepted: C has no access specifiers">;
}

let Group = grp_selection in {
def disable_whole_symbol_regex : F<"disable-whole-symbol-regex",
  "Every regex matches any part of a name, not the whole name">;
defm opaque_type : V<"opaque-type", "<REGEX>",
  "Make types matching REGEX opaque">;
defm blocklist_type : V<"blocklist-type", "<REGEX>",
  "Do not emit types matching REGEX">;
defm blocklist_function : V<"blocklist-function", "<REGEX>",
  "Do not emit functions matching REGEX">;
defm blocklist_item : V<"blocklist-item", "<REGEX>",
  "Do not emit items matching REGEX">;
defm blocklist_var : V<"blocklist-var", "<REGEX>",
  "Do not emit variables matching REGEX">;
defm blocklist_file : V<"blocklist-file", "<REGEX>",
  "Do not emit items from files matching REGEX">;
defm allowlist_type : V<"allowlist-type", "<REGEX>",
  "Emit types matching REGEX">;
defm allowlist_function : V<"allowlist-function", "<REGEX>",
  "Emit functions matching REGEX">;
defm allowlist_var : V<"allowlist-var", "<REGEX>",
  "Emit variables and constants matching REGEX">;
defm allowlist_item : V<"allowlist-item", "<REGEX>",
  "Emit items matching REGEX">;
defm allowlist_file : V<"allowlist-file", "<REGEX>",
  "Emit items from files matching REGEX">;
def no_recursive_allowlist : F<"no-recursive-allowlist",
  "Do not pull in what allowlisted items need">;
defm generate : V<"generate", "<KINDS>",
  "Write only these kinds of items (comma-separated): functions, types, "
  "vars; methods, constructors, destructors are C++'s">;
def ignore_functions : F<"ignore-functions", "Do not write functions">;
def generate_inline_functions : F<"generate-inline-functions",
  "Bind inline functions with external linkage as extern functions">;
}

let Group = grp_kbindgen in {
defm naming_rule : V<"naming-rule", "<RULE>",
  "match=REGEX;kind=enum;module=M;name=N;strip-prefix=P;case=CamelCase;"
  "enum-style=rust;variant-strip-prefix=P;variant-case=CamelCase">;
defm config : V<"config", "<PATH>",
  "Read options from a YAML file (repeatable; applied where given)">;
def dump_config : F<"dump-config",
  "Print the effective configuration as YAML and exit">, Flags<[NoConfig]>;
defm kconfig : V<"kconfig", "<PATH>",
  "Define CONFIG_* macros from a kernel .config, as autoconf.h would">;
defm explain : V<"explain", "<NAME>",
  "Say why the item NAME is emitted or not">;
def time_phases : F<"time-phases", "Print the time of each phase on stderr">;
def verbose : F<"verbose",
  "Also warn about blocklist, opaque and other patterns that match nothing "
  "(allowlist patterns always are)">;
def no_record_matches : F<"no-record-matches",
  "Do not warn about patterns that match nothing">;
def no_include_path_detection : F<"no-include-path-detection",
  "Accepted: Clang finds its own include paths, as when it compiles">;
def experimental : F<"experimental",
  "Accepted: no option needs it">;
def emit_diagnostics : F<"emit-diagnostics",
  "Accepted: kbindgen always reports its diagnostics">;
def parse_function_bodies : F<"parse-function-bodies",
  "Parse function bodies (slower; same output)">;
def help : F<"help", "Print this help">, Flags<[NoConfig]>;
def : Flag<["-"], "h">, Alias<help>, HelpText<"Alias for --help">;
def version : F<"version", "Print the version">, Flags<[NoConfig]>;
def : Flag<["-"], "V">, Alias<version>, HelpText<"Alias for --version">;
}

let Group = grp_cxx in {
def conservative_inline_namespaces : F<"conservative-inline-namespaces",
  "C++ inline namespaces">;
def disable_name_namespacing : F<"disable-name-namespacing",
  "C++ namespaces">;
def generate_deleted_functions : F<"generate-deleted-functions",
  "C++ deleted functions">;
def generate_pure_virtual_functions : F<"generate-pure-virtual-functions",
  "C++ pure virtual functions">;
def generate_private_functions : F<"generate-private-functions",
  "C++ private member functions">;
def use_specific_virtual_function_receiver :
  F<"use-specific-virtual-function-receiver", "C++ virtual functions">;
def represent_cxx_operators : F<"represent-cxx-operators",
  "C++ overloaded operators">;
def vtable_generation : F<"vtable-generation", "C++ vtables">;
def nonnull_references : F<"nonnull-references", "C++ references">;
def use_distinct_char16_t : F<"use-distinct-char16-t",
  "C++'s char16_t (C's is a typedef)">;
def ignore_methods : F<"ignore-methods", "C++ methods">;
def objc_extern_crate : F<"objc-extern-crate", "Objective-C">;
def block_extern_crate : F<"block-extern-crate",
  "Blocks, with --generate-block (not supported)">;
def module_raw_line : MultiArg<["--"], "module-raw-line", 2>,
  MetaVarName<"<MODULE> <LINE>">,
  HelpText<"C++ namespace modules (with --enable-cxx-namespaces)">;
}

let Group = grp_unsupported in {
def enable_cxx_namespaces : F<"enable-cxx-namespaces",
  "Would put the whole output in `pub mod root`">;
def builtins : F<"builtins",
  "Would also bind Clang's built-in declarations and predefined macros">;
def disable_untagged_union : F<"disable-untagged-union",
  "Would write unions as __BindgenUnionField structs">;
def flexarray_dst : F<"flexarray-dst",
  "Would write flexible array members as dynamically sized types">;
def generate_block : F<"generate-block",
  "Would bind Clang blocks (-fblocks) to the block crate">;
def distrust_clang_mangling : F<"distrust-clang-mangling",
  "Would drop the symbols of asm labels and overloadable functions">;
def dump_preprocessed_input : F<"dump-preprocessed-input",
  "Use clang -E with the same arguments">;
def emit_clang_ast : F<"emit-clang-ast",
  "Use clang -Xclang -ast-dump with the same arguments">;
def emit_ir : F<"emit-ir", "bindgen's IR; see --explain">;
defm emit_ir_graphviz : V<"emit-ir-graphviz", "<PATH>",
  "bindgen's IR as a graph; see --explain">;
defm generate_shell_completions : V<"generate-shell-completions", "<SHELL>",
  "Not written">;
defm rustfmt_configuration_file : V<"rustfmt-configuration-file", "<PATH>",
  "Run rustfmt --config-path PATH over the output yourself">;
}
