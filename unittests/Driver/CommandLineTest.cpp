//===- CommandLineTest.cpp - Tests for rust-bindgen's command line --------===//

#include "kbindgen/Driver/Driver.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <algorithm>

using namespace kbindgen;

namespace {

llvm::Expected<CommandLine> parse(std::vector<std::string> Args) {
  return parseCommandLine(Args);
}

std::string errorOf(std::vector<std::string> Args) {
  llvm::Expected<CommandLine> CL = parse(std::move(Args));
  if (CL)
    return "";
  return llvm::toString(CL.takeError());
}

TEST(CommandLineTest, HeaderAndClangArgs) {
  auto CL = parse({"wrapper.h", "--", "-I", "include", "-DX=1"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.Header, "wrapper.h");
  EXPECT_EQ(CL->Opts.ClangArgs,
            (std::vector<std::string>{"-I", "include", "-DX=1"}));
}

TEST(CommandLineTest, OptionsBeforeAndAfterTheHeader) {
  auto CL = parse({"--use-core", "wrapper.h", "--no-layout-tests",
                   "--ctypes-prefix", "ffi", "-o", "out.rs"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_TRUE(CL->Opts.UseCore);
  EXPECT_FALSE(CL->Opts.LayoutTests);
  EXPECT_EQ(CL->Opts.CtypesPrefix, "ffi");
  EXPECT_EQ(CL->Opts.OutputFile, "out.rs");
}

TEST(CommandLineTest, InlineValues) {
  auto CL = parse({"--output=out.rs", "--raw-line=use x;", "h.h"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.OutputFile, "out.rs");
  EXPECT_EQ(CL->Opts.RawLines, (std::vector<std::string>{"use x;"}));
}

TEST(CommandLineTest, RegexOptionsAccumulate) {
  auto CL =
      parse({"h.h", "--allowlist-function", "kvm_.*", "--allowlist-function",
             "vcpu_.*", "--blocklist-type", "__u64"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_TRUE(CL->Opts.hasAllowlist());
  EXPECT_EQ(CL->Opts.AllowlistFunctions.size(), 2u);
  EXPECT_TRUE(CL->Opts.AllowlistFunctions.matches("vcpu_run"));
  EXPECT_TRUE(CL->Opts.BlocklistTypes.matches("__u64"));
}

TEST(CommandLineTest, EnumStyles) {
  auto CL = parse({"h.h", "--default-enum-style", "rust", "--bitfield-enum",
                   "flags", "--constified-enum-module", "mode"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.DefaultEnumStyle, EnumStyle::Rust);
  EXPECT_TRUE(CL->Opts.BitfieldEnums.matches("flags"));
  EXPECT_TRUE(CL->Opts.ConstifiedEnumModules.matches("mode"));
  EXPECT_NE(errorOf({"h.h", "--default-enum-style", "bogus"}).find("bogus"),
            std::string::npos);
}

TEST(CommandLineTest, DerivesImplyTheirSupertraits) {
  auto CL = parse({"h.h", "--with-derive-eq", "--with-derive-ord"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_TRUE(CL->Opts.DeriveEq);
  EXPECT_TRUE(CL->Opts.DerivePartialEq);
  EXPECT_TRUE(CL->Opts.DeriveOrd);
  EXPECT_TRUE(CL->Opts.DerivePartialOrd);
}

TEST(CommandLineTest, CustomDeriveRule) {
  auto CL = parse({"h.h", "--with-derive-custom-struct",
                   "foo_.*=zerocopy::FromBytes, Hash"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  ASSERT_EQ(CL->Opts.CustomDerives.size(), 1u);
  const CustomRule &R = CL->Opts.CustomDerives[0];
  EXPECT_EQ(R.On, CustomRule::Target::Struct);
  EXPECT_EQ(R.Regex, "foo_.*");
  // Compiled once, when the rule is read, and matched as a whole name.
  EXPECT_TRUE(R.Re.matches("foo_bar"));
  EXPECT_FALSE(R.Re.matches("a_foo_bar"));
  EXPECT_EQ(R.Values,
            (std::vector<std::string>{"zerocopy::FromBytes", "Hash"}));
}

TEST(CommandLineTest, CustomAttributeSplitsOutsideBrackets) {
  // Linux 7.1's rust/bindgen_parameters, as Kbuild's shell passes it.
  auto CL = parse({"h.h", "--with-attribute-custom-enum=lru_status=#[cfi_"
                          "encoding=\"10lru_status\"]"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  ASSERT_EQ(CL->Opts.CustomAttributes.size(), 1u);
  const CustomRule &R = CL->Opts.CustomAttributes[0];
  EXPECT_EQ(R.On, CustomRule::Target::Enum);
  EXPECT_EQ(R.Regex, "lru_status");
  EXPECT_EQ(R.Values,
            (std::vector<std::string>{"#[cfi_encoding=\"10lru_status\"]"}));
}

TEST(CommandLineTest, CustomAttributeListAndRegexWithEquals) {
  // The regex may hold '=' and brackets of its own; only the last '=' outside
  // brackets separates, and only commas outside brackets split the list.
  auto CL = parse({"h.h", "--with-attribute-custom-union",
                   "a=b|[xy]=#[derive(Clone)], #[cfg_attr(test, "
                   "derive(Copy))],#[doc = \"x=[1,2]\"]"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  const CustomRule &R = CL->Opts.CustomAttributes.at(0);
  EXPECT_EQ(R.On, CustomRule::Target::Union);
  EXPECT_EQ(R.Regex, "a=b|[xy]");
  EXPECT_EQ(R.Values, (std::vector<std::string>{
                          "#[derive(Clone)]", "#[cfg_attr(test, derive(Copy))]",
                          "#[doc = \"x=[1,2]\"]"}));
  auto Any = parse({"h.h", "--with-attribute-custom", "x=#[a]#[b]",
                    "--with-attribute-custom-struct", "s=#[c]"});
  ASSERT_TRUE(static_cast<bool>(Any)) << llvm::toString(Any.takeError());
  EXPECT_EQ(Any->Opts.CustomAttributes.at(0).On, CustomRule::Target::Any);
  EXPECT_EQ(Any->Opts.CustomAttributes.at(1).On, CustomRule::Target::Struct);
}

TEST(CommandLineTest, CustomAttributeErrors) {
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "nothing"})
                .find("expected REGEX=ATTRIBUTES"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "x=#[a"})
                .find("expected REGEX=ATTRIBUTES"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "x=derive(Debug)"})
                .find("'#[...]'"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "x=#[doc=\"a]"})
                .find("unterminated"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "x=#[a(b]"})
                .find("unbalanced"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-attribute-custom", "(=#[a]"}).find("("),
            std::string::npos);
}

TEST(CommandLineTest, CustomDeriveForEachKind) {
  auto CL = parse({"h.h", "--with-derive-custom-struct", ".*=MaybeZeroable",
                   "--with-derive-custom-union", ".*=MaybeZeroable",
                   "--with-derive-custom-enum", "e=::a::B,C",
                   "--with-derive-custom", "x=y=Z"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  const auto &D = CL->Opts.CustomDerives;
  ASSERT_EQ(D.size(), 4u);
  EXPECT_EQ(D[0].On, CustomRule::Target::Struct);
  EXPECT_EQ(D[0].Regex, ".*");
  EXPECT_EQ(D[0].Values, (std::vector<std::string>{"MaybeZeroable"}));
  EXPECT_EQ(D[1].On, CustomRule::Target::Union);
  EXPECT_EQ(D[2].On, CustomRule::Target::Enum);
  EXPECT_EQ(D[2].Values, (std::vector<std::string>{"::a::B", "C"}));
  EXPECT_EQ(D[3].On, CustomRule::Target::Any);
  EXPECT_EQ(D[3].Regex, "x=y"); // The last '=' separates, as in bindgen.
  EXPECT_NE(errorOf({"h.h", "--with-derive-custom", "x=Foo Bar"})
                .find("invalid derive"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--with-derive-custom", "nothing"})
                .find("expected REGEX=DERIVES"),
            std::string::npos);
}

TEST(CommandLineTest, RustTargetSetsTheEdition) {
  auto Old = parse({"h.h", "--rust-target", "1.68"});
  ASSERT_TRUE(static_cast<bool>(Old)) << llvm::toString(Old.takeError());
  EXPECT_EQ(Old->Opts.RustEdition, "2021");
  auto New = parse({"h.h", "--rust-target", "1.85"});
  ASSERT_TRUE(static_cast<bool>(New)) << llvm::toString(New.takeError());
  EXPECT_EQ(New->Opts.RustTargetMinor, 85u);
  EXPECT_EQ(New->Opts.RustEdition, "2024");
  auto Patch = parse({"h.h", "--rust-target", "1.85.1"});
  ASSERT_TRUE(static_cast<bool>(Patch)) << llvm::toString(Patch.takeError());
  EXPECT_EQ(Patch->Opts.RustTargetMinor, 85u);
  auto Ancient = parse({"h.h", "--rust-target", "1.40"});
  ASSERT_TRUE(static_cast<bool>(Ancient));
  EXPECT_EQ(Ancient->Opts.RustEdition, "2018");
  // An explicit edition wins, in either order, when the target has it.
  auto Explicit =
      parse({"h.h", "--rust-edition", "2021", "--rust-target", "1.85"});
  ASSERT_TRUE(static_cast<bool>(Explicit));
  EXPECT_EQ(Explicit->Opts.RustEdition, "2021");
  auto Nightly = parse({"h.h", "--rust-target", "nightly"});
  ASSERT_TRUE(static_cast<bool>(Nightly));
  EXPECT_EQ(Nightly->Opts.RustEdition, "2024");
  auto Default = parse({"h.h"});
  ASSERT_TRUE(static_cast<bool>(Default));
  EXPECT_EQ(Default->Opts.RustEdition, "2021");
  EXPECT_NE(errorOf({"h.h", "--rust-target", "1.68", "--rust-edition", "2024"})
                .find("needs --rust-target 1.85"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--rust-edition", "2015"}).find("2015"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--rust-target", "1.20"}).find("1.33"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--rust-target", "2.0"}).find("2.0"),
            std::string::npos);
}

TEST(CommandLineTest, VersionAloneOrWithAnArgument) {
  // Linux 7.1's rust_is_available.sh runs `--version` alone; older ones add
  // a dummy argument (a workaround for bindgen 0.69.0).
  auto Alone = parse({"--version"});
  ASSERT_TRUE(static_cast<bool>(Alone));
  EXPECT_TRUE(Alone->ShowVersion);
  auto Dummy = parse({"--version", "workaround-for-0.69.0"});
  ASSERT_TRUE(static_cast<bool>(Dummy));
  EXPECT_TRUE(Dummy->ShowVersion);
}

TEST(CommandLineTest, RustTarget) {
  auto CL = parse({"h.h", "--rust-target", "1.68"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.RustTargetMinor, 68u);
  EXPECT_FALSE(errorOf({"h.h", "--rust-target", "banana"}).empty());
}

TEST(CommandLineTest, HelpAndVersionNeedNoHeader) {
  auto Help = parse({"--help"});
  ASSERT_TRUE(static_cast<bool>(Help));
  EXPECT_TRUE(Help->ShowHelp);
  auto Version = parse({"-V"});
  ASSERT_TRUE(static_cast<bool>(Version));
  EXPECT_TRUE(Version->ShowVersion);
}

TEST(CommandLineTest, HelpListsOptions) {
  std::string H = helpText();
  EXPECT_NE(H.find("USAGE: kbindgen"), std::string::npos);
  EXPECT_NE(H.find("--allowlist-function"), std::string::npos);
  EXPECT_NE(H.find("--use-core"), std::string::npos);
}

TEST(CommandLineTest, EveryOptionInTheHelpHasAHandler) {
  // Options.td declares the options and CommandLine.cpp gives each one its
  // meaning: an option without a handler would be listed but not accepted.
  std::vector<std::string> Names = optionNames();
  std::string H = helpText();
  size_t Listed = 0;
  for (size_t I = H.find("  --"); I != std::string::npos;
       I = H.find("  --", I + 1)) {
    size_t End = H.find_first_of(" \n", I + 2);
    std::string Name = H.substr(I + 2, End - I - 2);
    EXPECT_TRUE(std::binary_search(Names.begin(), Names.end(), Name)) << Name;
    ++Listed;
  }
  EXPECT_EQ(Listed, Names.size());
}

/// The error of a configuration file that sets option Key (without `--`)
/// to true, empty when it is accepted.
std::string configError(const std::string &Key) {
  llvm::SmallString<128> Path;
  if (llvm::sys::fs::createTemporaryFile("kbindgen-key", "yaml", Path))
    return "cannot create a temporary file";
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << "options:\n  " << Key << ": true\n";
  }
  std::string Err = errorOf({"h.h", "--config", Path.str().str()});
  llvm::sys::fs::remove(Path);
  return Err;
}

TEST(CommandLineTest, EveryOptionButThreeIsAConfigKey) {
  // Configuration files take every option of Options.td by its long name
  // (docs/configuration.md), with or without a valid value here; only the
  // driver's own actions are not allowed.
  for (const std::string &Name : optionNames()) {
    std::string Key = Name.substr(2);
    std::string Err = configError(Key);
    if (Key == "help" || Key == "version" || Key == "dump-config")
      EXPECT_NE(Err.find("unknown option '" + Key + "'"), std::string::npos)
          << Err;
    else
      EXPECT_EQ(Err.find("unknown option"), std::string::npos) << Err;
  }
  EXPECT_EQ(configError("dynamic-link-require-all"), "");
  EXPECT_EQ(configError("c-naming"), "");
}

TEST(CommandLineTest, SeparateAndJoinedValues) {
  auto CL = parse({"h.h", "--ctypes-prefix", "ffi", "--raw-line=-x",
                   "--allowlist-var=", "-o", "out.rs"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.CtypesPrefix, "ffi");
  EXPECT_EQ(CL->Opts.RawLines, std::vector<std::string>{"-x"});
  EXPECT_TRUE(CL->Opts.hasAllowlist());
  EXPECT_EQ(CL->Opts.OutputFile, "out.rs");
}

TEST(CommandLineTest, TypoSuggestion) {
  EXPECT_EQ(errorOf({"h.h", "--allowlist-typ", "x"}),
            "unknown argument '--allowlist-typ'; did you mean "
            "'--allowlist-type'?");
  EXPECT_EQ(errorOf({"h.h", "--frobnicate"}),
            "unknown argument '--frobnicate'");
}

TEST(CommandLineTest, Errors) {
  EXPECT_NE(errorOf({"h.h", "--no-such-option"}).find("--no-such-option"),
            std::string::npos);
  EXPECT_NE(errorOf({}).find("no input header"), std::string::npos);
  EXPECT_NE(errorOf({"a.h", "b.h"}).find("b.h"), std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--output"}).find("requires a value"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--use-core=yes"}).find("takes no value"),
            std::string::npos);
  EXPECT_NE(errorOf({"h.h", "--allowlist-type", "a("}).find("a("),
            std::string::npos);
}

TEST(CommandLineTest, OptionsThatTakeOneOfAFewWords) {
  llvm::Expected<CommandLine> CL = parse(
      {"h.h", "--formatter", "rustfmt", "--default-alias-style",
       "new_type_deref", "--default-non-copy-union-style", "manually_drop"});
  ASSERT_TRUE(static_cast<bool>(CL)) << llvm::toString(CL.takeError());
  EXPECT_EQ(CL->Opts.Formatter, FormatterKind::Rustfmt);
  EXPECT_EQ(CL->Opts.DefaultAliasStyle, AliasStyle::NewTypeDeref);
  EXPECT_EQ(CL->Opts.DefaultNonCopyUnionStyle, NonCopyUnionStyle::ManuallyDrop);
  EXPECT_EQ(errorOf({"h.h", "--formatter", "fmt"}),
            "invalid formatter 'fmt' (expected none, rustfmt or prettyplease)");
  EXPECT_EQ(errorOf({"h.h", "--default-alias-style", "alias"}),
            "invalid alias style 'alias'");
  EXPECT_EQ(errorOf({"h.h", "--default-non-copy-union-style", "copy"}),
            "invalid non-copy union style 'copy'");
}

} // namespace
