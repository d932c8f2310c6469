//===- NamingTest.cpp - Tests for Rust names of C identifiers -------------===//

#include "kbindgen/Lower/Lower.h"
#include "gtest/gtest.h"

using kbindgen::escapeRustName;

namespace {

TEST(EscapeRustNameTest, OrdinaryNamesAreUnchanged) {
  EXPECT_EQ(escapeRustName("foo"), "foo");
  EXPECT_EQ(escapeRustName("task_struct"), "task_struct");
  EXPECT_EQ(escapeRustName("__u32"), "__u32");
  EXPECT_EQ(escapeRustName("Type"), "Type");
}

TEST(EscapeRustNameTest, StrictKeywords) {
  for (const char *K :
       {"as",     "break",  "const", "continue", "crate",  "else",   "enum",
        "extern", "false",  "fn",    "for",      "if",     "impl",   "in",
        "let",    "loop",   "match", "mod",      "move",   "mut",    "pub",
        "ref",    "return", "self",  "Self",     "static", "struct", "super",
        "trait",  "true",   "type",  "unsafe",   "use",    "where",  "while",
        "async",  "await",  "dyn"})
    EXPECT_EQ(escapeRustName(K), std::string(K) + "_") << K;
}

TEST(EscapeRustNameTest, ReservedKeywords) {
  for (const char *K :
       {"abstract", "become", "box", "do", "final", "macro", "override", "priv",
        "typeof", "unsized", "virtual", "yield", "try", "gen"})
    EXPECT_EQ(escapeRustName(K), std::string(K) + "_") << K;
}

TEST(EscapeRustNameTest, PrimitiveTypeNames) {
  for (const char *K :
       {"u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128",
        "usize", "isize", "f32", "f64", "bool", "str"})
    EXPECT_EQ(escapeRustName(K), std::string(K) + "_") << K;
}

TEST(EscapeRustNameTest, Underscore) { EXPECT_EQ(escapeRustName("_"), "__"); }

TEST(EscapeRustNameTest, CaseSensitive) {
  EXPECT_EQ(escapeRustName("U32"), "U32");
  EXPECT_EQ(escapeRustName("Match"), "Match");
  EXPECT_EQ(escapeRustName("SELF"), "SELF");
}

TEST(EscapeRustNameTest, NamesContainingKeywordsAreUnchanged) {
  EXPECT_EQ(escapeRustName("in_use"), "in_use");
  EXPECT_EQ(escapeRustName("type_"), "type_");
  EXPECT_EQ(escapeRustName("u32_"), "u32_");
}

} // namespace
