//===- ConfigTest.cpp - YAML configuration loader -------------------------===//

#include "kbindgen/Config/Config.h"
#include "kbindgen/Support/LocatedError.h"
#include "gtest/gtest.h"

using namespace kbindgen;

namespace {

std::vector<ConfigEntry> load(llvm::StringRef Text) {
  auto E = loadConfigText(Text, "/cfg/test.yaml");
  if (!E) {
    ADD_FAILURE() << llvm::toString(E.takeError());
    return {};
  }
  return *E;
}

std::string loadError(llvm::StringRef Text) {
  auto E = loadConfigText(Text, "/cfg/test.yaml");
  if (E) {
    ADD_FAILURE() << "expected an error";
    return "";
  }
  return llvm::toString(E.takeError());
}

TEST(ConfigTest, EmptyFileConfiguresNothing) {
  EXPECT_TRUE(load("").empty());
  EXPECT_TRUE(load("# only a comment\n").empty());
}

TEST(ConfigTest, FlagsValuesAndLists) {
  auto Es = load("options:\n"
                 "  use-core: true\n"
                 "  no-layout-tests: false\n"
                 "  ctypes-prefix: ffi\n"
                 "  blocklist-type: [a, 'b.*']\n");
  ASSERT_EQ(Es.size(), 4u);
  EXPECT_EQ(Es[0].Option, "use-core");
  EXPECT_TRUE(Es[0].IsFlag);
  EXPECT_EQ(Es[1].Option, "ctypes-prefix");
  EXPECT_EQ(Es[1].Value, "ffi");
  EXPECT_FALSE(Es[1].IsFlag);
  EXPECT_EQ(Es[2].Value, "a");
  EXPECT_EQ(Es[3].Value, "b.*");
  EXPECT_EQ(Es[3].Line, 5u);
}

TEST(ConfigTest, QuotedTrueIsAValue) {
  auto Es = load("options:\n  ctypes-prefix: 'true'\n");
  ASSERT_EQ(Es.size(), 1u);
  EXPECT_FALSE(Es[0].IsFlag);
  EXPECT_EQ(Es[0].Value, "true");
}

TEST(ConfigTest, PatternsCarryReasons) {
  auto Es = load("options:\n"
                 "  opaque-type:\n"
                 "    - pattern: spinlock\n"
                 "      reason: zero-sized without SMP\n"
                 "  no-doc-comments:\n"
                 "    value: true\n"
                 "    reason: doctests\n");
  ASSERT_EQ(Es.size(), 2u);
  EXPECT_EQ(Es[0].Value, "spinlock");
  EXPECT_EQ(Es[0].Reason, "zero-sized without SMP");
  EXPECT_TRUE(Es[1].IsFlag);
  EXPECT_EQ(Es[1].Reason, "doctests");
}

TEST(ConfigTest, NamingRulesBecomeOneOption) {
  auto Es = load("naming:\n"
                 "  - match: gpio_line_direction\n"
                 "    module: gpio\n"
                 "    reason: idiomatic\n");
  ASSERT_EQ(Es.size(), 1u);
  EXPECT_EQ(Es[0].Option, "naming-rule");
  EXPECT_EQ(Es[0].Value, "match=gpio_line_direction;module=gpio");
  EXPECT_EQ(Es[0].Reason, "idiomatic");
}

TEST(ConfigTest, ErrorsAreLocated) {
  EXPECT_EQ(loadError("options:\n  use-core: [\n"),
            "/cfg/test.yaml:3:1: error: end of sequence flow not found");
  EXPECT_EQ(loadError("optionz: {}\n"),
            "/cfg/test.yaml:1:1: error: unknown key 'optionz' (expected "
            "'include', 'options' or 'naming')");
  EXPECT_EQ(loadError("options:\n  a: 1\n  a: 2\n"),
            "/cfg/test.yaml:3:3: error: duplicate key 'a'");
  EXPECT_EQ(loadError("options:\n  Bad Name: 1\n"),
            "/cfg/test.yaml:2:13: error: invalid option name 'Bad Name'");
  EXPECT_EQ(loadError("options:\n  x: \"a\\tb\"\n"),
            "/cfg/test.yaml:2:6: error: option 'x': only text without "
            "control characters is allowed");
  EXPECT_EQ(loadError("options:\n  x: \"\xff\xfe\"\n"),
            "/cfg/test.yaml:2:6: error: option 'x': only text without "
            "control characters is allowed");
  EXPECT_EQ(loadError("options:\n  x: !foo bar\n"),
            "/cfg/test.yaml:2:6: error: YAML tags ('!foo') are not "
            "supported");
  EXPECT_EQ(loadError("options:\n  : 1\n"),
            "/cfg/test.yaml:2:3: error: option names are plain words");
  EXPECT_EQ(loadError("- a\n- b\n"),
            "/cfg/test.yaml:1:1: error: a configuration file is a mapping "
            "with the keys 'include' and 'options'");
  EXPECT_EQ(loadError("naming:\n  - match: x\n    colour: red\n"),
            "/cfg/test.yaml:3:5: error: unknown naming rule key 'colour'");
}

TEST(ConfigTest, ErrorsCarryTheirLocation) {
  auto E = loadConfigText("options:\n  a: 1\n  a: 2\n", "/cfg/test.yaml");
  ASSERT_FALSE(E);
  bool Located = false;
  llvm::handleAllErrors(E.takeError(), [&](const LocatedError &L) {
    Located = true;
    EXPECT_EQ(L.file(), "/cfg/test.yaml");
    EXPECT_EQ(L.line(), 3u);
    EXPECT_EQ(L.column(), 3u);
    EXPECT_EQ(L.text(), "duplicate key 'a'");
  });
  EXPECT_TRUE(Located);
}

TEST(ConfigTest, AnErrorWithoutLineNamesTheFile) {
  EXPECT_EQ(llvm::toString(makeLocatedError("/cfg/x.yaml", 0, 0, "gone")),
            "/cfg/x.yaml: error: gone");
}

TEST(ConfigTest, DumpReadsBack) {
  auto Es = load("options:\n"
                 "  use-core: true\n"
                 "  ctypes-prefix: \"it's\"\n"
                 "  blocklist-type:\n"
                 "    - a\n"
                 "    - pattern: b\n"
                 "      reason: 'why: because'\n");
  std::string Dumped = dumpConfig(Es);
  auto Again = load(Dumped);
  ASSERT_EQ(Again.size(), Es.size());
  for (size_t I = 0; I < Es.size(); ++I) {
    EXPECT_EQ(Again[I].Option, Es[I].Option);
    EXPECT_EQ(Again[I].Value, Es[I].Value);
    EXPECT_EQ(Again[I].IsFlag, Es[I].IsFlag);
    EXPECT_EQ(Again[I].Reason, Es[I].Reason);
  }
  EXPECT_EQ(dumpConfig(Again), Dumped);
}

} // namespace
