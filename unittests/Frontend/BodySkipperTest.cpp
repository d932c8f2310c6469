//===- BodySkipperTest.cpp - The text scan for a body's closing brace -----===//

#include "BodySkipper.h"
#include "gtest/gtest.h"

using namespace kbindgen;

namespace {

/// The text after the body's `{` and the offset of its `}`.
std::optional<size_t> close(llvm::StringRef AfterBrace) {
  return findClosingBrace(AfterBrace);
}

TEST(BodySkipperTest, FindsTheMatchingBrace) {
  EXPECT_EQ(close("}"), 0u);
  EXPECT_EQ(close(" return 0; }"), 11u);
  EXPECT_EQ(close(" if (x) { y(); } }"), 17u);
  EXPECT_EQ(close(" ({ 1; }); } int x;"), 11u);
}

TEST(BodySkipperTest, IgnoresBracesInLiteralsAndComments) {
  EXPECT_EQ(close(R"( s = "}"; })"), 10u);
  EXPECT_EQ(close(R"( c = '}'; })"), 10u);
  EXPECT_EQ(close(R"( c = '\''; s = "\"}"; })"), 22u);
  EXPECT_EQ(close(" /* } */ }"), 9u);
  EXPECT_EQ(close(" // }\n }"), 7u);
  // A spliced line comment goes on to the next line.
  EXPECT_EQ(close(" // \\\n } \n }"), 11u);
}

TEST(BodySkipperTest, BalancedConditionalBranches) {
  EXPECT_EQ(close("\n#ifdef A\n { }\n#else\n { { } }\n#endif\n}"), 37u);
  EXPECT_EQ(close("\n#if A /* { */\n x;\n#endif // }\n}"), 31u);
}

TEST(BodySkipperTest, LeavesToClangWhatTextCannotDecide) {
  // Branches that are not balanced on their own.
  EXPECT_FALSE(close("\n#ifdef A\n if (a) {\n#else\n if (b) {\n#endif\n } }"));
  // Directives that act.
  EXPECT_FALSE(close("\n#define X 1\n}"));
  EXPECT_FALSE(close("\n  #include \"x.h\"\n}"));
  EXPECT_FALSE(close("\n#pragma pack(1)\n}"));
  EXPECT_FALSE(close(" _Pragma(\"GCC diagnostic push\") }"));
  // Digraphs, an unterminated literal, no closing brace.
  EXPECT_FALSE(close(" <% %> }"));
  EXPECT_FALSE(close(" s = \"}\n }"));
  EXPECT_FALSE(close(" { }"));
  EXPECT_FALSE(close(" /* } "));
}

TEST(BodySkipperTest, HashNotAtLineStartIsNotADirective) {
  EXPECT_EQ(close(" x = a # b; }"), 12u);
  EXPECT_EQ(close(" /* c */ x; /* d */\n  y; }"), 25u);
  // An identifier merely ending in _Pragma is not the operator.
  EXPECT_EQ(close(" my_Pragma(); }"), 14u);
}

} // namespace
