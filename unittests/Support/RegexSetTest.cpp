//===- RegexSetTest.cpp - Tests for bindgen-style anchored regex sets -----===//

#include "kbindgen/Support/RegexSet.h"
#include "gtest/gtest.h"

using namespace kbindgen;

namespace {

RegexSet setOf(std::initializer_list<const char *> Patterns) {
  RegexSet S;
  for (const char *P : Patterns) {
    llvm::Error E = S.add(P);
    EXPECT_FALSE(static_cast<bool>(E)) << "pattern " << P;
    llvm::consumeError(std::move(E));
  }
  return S;
}

TEST(RegexSetTest, EmptySetMatchesNothing) {
  RegexSet S;
  EXPECT_TRUE(S.empty());
  EXPECT_EQ(S.size(), 0u);
  EXPECT_FALSE(S.matches("anything"));
  EXPECT_FALSE(S.matches(""));
}

TEST(RegexSetTest, PatternsAreAnchoredAtBothEnds) {
  RegexSet S = setOf({"foo"});
  EXPECT_TRUE(S.matches("foo"));
  EXPECT_FALSE(S.matches("foobar"));
  EXPECT_FALSE(S.matches("barfoo"));
  EXPECT_FALSE(S.matches("xfoox"));
}

TEST(RegexSetTest, AlternationIsAnchoredAsAWhole) {
  // `^(a|b)$`, not `^a|b$`: "ax" must not match through the first branch.
  RegexSet S = setOf({"a|b"});
  EXPECT_TRUE(S.matches("a"));
  EXPECT_TRUE(S.matches("b"));
  EXPECT_FALSE(S.matches("ax"));
  EXPECT_FALSE(S.matches("xb"));
}

TEST(RegexSetTest, WildcardsAndClasses) {
  RegexSet S = setOf({"kvm_.*", "u[0-9]+"});
  EXPECT_TRUE(S.matches("kvm_run"));
  EXPECT_TRUE(S.matches("kvm_"));
  EXPECT_TRUE(S.matches("u32"));
  EXPECT_FALSE(S.matches("u"));
  EXPECT_FALSE(S.matches("xkvm_run"));
}

TEST(RegexSetTest, AnyPatternMayMatch) {
  RegexSet S = setOf({"alpha", "beta"});
  EXPECT_EQ(S.size(), 2u);
  EXPECT_TRUE(S.matches("alpha"));
  EXPECT_TRUE(S.matches("beta"));
  EXPECT_FALSE(S.matches("gamma"));
}

TEST(RegexSetTest, RustRegexEscapesAreTranslated) {
  RegexSet S = setOf({"irq\\d+", "\\w+_t", "a\\sb", "(?:get|set)_\\w+"});
  EXPECT_TRUE(S.matches("irq12"));
  EXPECT_FALSE(S.matches("irqx"));
  EXPECT_TRUE(S.matches("gfp_t"));
  EXPECT_FALSE(S.matches("gfp-t"));
  EXPECT_TRUE(S.matches("a b"));
  EXPECT_TRUE(S.matches("get_value"));
  EXPECT_TRUE(S.matches("set_x"));
  EXPECT_FALSE(S.matches("put_x"));
}

TEST(RegexSetTest, EscapedMetacharactersStayLiteral) {
  RegexSet S = setOf({"a\\.b"});
  EXPECT_TRUE(S.matches("a.b"));
  EXPECT_FALSE(S.matches("axb"));
}

TEST(RegexSetTest, TranslateRegex) {
  EXPECT_EQ(translateRegex("foo"), "foo");
  EXPECT_EQ(translateRegex("\\d"), "[0-9]");
  EXPECT_EQ(translateRegex("\\D"), "[^0-9]");
  EXPECT_EQ(translateRegex("\\w"), "[A-Za-z0-9_]");
  EXPECT_EQ(translateRegex("\\W"), "[^A-Za-z0-9_]");
  EXPECT_EQ(translateRegex("(?:a|b)"), "(a|b)");
  EXPECT_EQ(translateRegex("\\."), "\\.");
  // A trailing backslash is kept as is (and then rejected by the regex
  // compiler, not silently dropped).
  EXPECT_EQ(translateRegex("a\\"), "a\\");
}

TEST(RegexSetTest, InvalidPatternIsAnErrorNamingIt) {
  RegexSet S;
  llvm::Error E = S.add("foo(");
  ASSERT_TRUE(static_cast<bool>(E));
  std::string Msg = llvm::toString(std::move(E));
  EXPECT_NE(Msg.find("foo("), std::string::npos) << Msg;
  EXPECT_TRUE(S.empty()) << "a bad pattern must not be added";

  llvm::Error E2 = S.add("[a-");
  EXPECT_TRUE(static_cast<bool>(E2));
  llvm::consumeError(std::move(E2));
}

TEST(RegexSetTest, PatternsKeepTheirOrder) {
  RegexSet S = setOf({"b", "a", "c"});
  EXPECT_EQ(S.patterns(), (std::vector<std::string>{"b", "a", "c"}));
}

TEST(RegexSetTest, UnusedPatternsAreTracked) {
  RegexSet S = setOf({"used_.*", "never"});
  EXPECT_EQ(S.unusedPatterns(), (std::vector<std::string>{"used_.*", "never"}));
  EXPECT_TRUE(S.matches("used_once"));
  EXPECT_EQ(S.unusedPatterns(), (std::vector<std::string>{"never"}));
  EXPECT_FALSE(S.matches("other"));
  EXPECT_EQ(S.unusedPatterns(), (std::vector<std::string>{"never"}));
}

TEST(RegexSetTest, CopiesShareNoMatchState) {
  RegexSet S = setOf({"x"});
  RegexSet Copy = S;
  EXPECT_TRUE(Copy.matches("x"));
  EXPECT_TRUE(Copy.unusedPatterns().empty());
  EXPECT_EQ(S.unusedPatterns(), (std::vector<std::string>{"x"}));
}

} // namespace
