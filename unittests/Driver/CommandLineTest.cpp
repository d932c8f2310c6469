//===- CommandLineTest.cpp - Tests for rust-bindgen's command line
//---------===//

#include "kbindgen/Driver/Driver.h"
#include "gtest/gtest.h"

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
  EXPECT_EQ(R.Values,
            (std::vector<std::string>{"zerocopy::FromBytes", "Hash"}));
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
  EXPECT_NE(H.find("Usage: kbindgen"), std::string::npos);
  EXPECT_NE(H.find("--allowlist-function"), std::string::npos);
  EXPECT_NE(H.find("--use-core"), std::string::npos);
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

} // namespace
