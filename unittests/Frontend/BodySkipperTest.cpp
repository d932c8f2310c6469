//===- BodySkipperTest.cpp - The text scan for a body's closing brace -----===//

#include "BodySkipper.h"
#include "gtest/gtest.h"

using namespace kbindgen;

namespace {

/// The text after the body's `{` and the offset of its `}`.
std::optional<size_t> close(llvm::StringRef AfterBrace,
                            const BodyScanOptions &Opts = {}) {
  return findClosingBrace(AfterBrace, Opts);
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
  // A spliced line comment goes on to the next line, also with CRLF or
  // spaces between the backslash and the newline (Clang allows both).
  EXPECT_EQ(close(" // \\\n } \n }"), 11u);
  EXPECT_EQ(close(" // \\\r\n } \n }"), 12u);
  EXPECT_EQ(close(" // \\  \n } \n }"), 13u);
  EXPECT_EQ(close(" // \\ \t\r\n } \n }"), 14u);
  // Prefixed literals and escapes.
  EXPECT_EQ(close(R"( s = u8"}"; c = L'}'; d = U'\''; })"), 33u);
}

// Each of these is a class of inputs where a text scan and Clang's token
// skip disagreed (found by fuzz/BodySkipperFuzzer.cpp or by reading Clang).
TEST(BodySkipperTest, QuestionMarkBracketsTheNextToken) {
  // Parser::SkipUntil skips `?` ... `:` as brackets and swallows a closing
  // delimiter right after the `?`: its body goes on past this `}`.
  EXPECT_FALSE(close(" ?? }\n int after; }"));
  EXPECT_FALSE(close(" a = b ? /* c */\n ) }"));
  EXPECT_EQ(close(" a = b ? c : d; }"), 16u);
  EXPECT_EQ(close(" a = b ? (c) : ({ d; }); }"), 25u);
}

TEST(BodySkipperTest, SplicesOutsideCommentsAndDirectives) {
  // `/` splice `/` is a comment; `<` splice `%` a digraph.
  EXPECT_FALSE(close(" /\\\n/ }\n }"));
  EXPECT_FALSE(close(" <\\\n% }"));
  // Splices inside literals, spaces after the backslash included.
  EXPECT_FALSE(close(" s = \"\\  \n}\"; }"));
  EXPECT_FALSE(close(" s = \"\\\\\n}\"; }"));
  // `*` splice `/` ends a block comment.
  EXPECT_FALSE(close(" /* *\\\n/ } */ }"));
}

TEST(BodySkipperTest, NewlinesClangSeesDifferently) {
  // A lone CR is a newline to Clang (it ends a line comment), a NUL is
  // whitespace outside literals.
  EXPECT_FALSE(close(" // x\r } \n }"));
  EXPECT_FALSE(close(llvm::StringRef(" \0\n#define X\n}", 14)));
  EXPECT_EQ(close(" x;\r\n }"), 6u);
  // Unicode whitespace or identifiers outside comments and literals.
  EXPECT_FALSE(close(" \xc2\xa0 }"));
  EXPECT_EQ(close(" /* caf\xc3\xa9 */ }"), 13u);
}

TEST(BodySkipperTest, DirectiveNamesAndLines) {
  // `#if1`, `#else2` are no conditionals: skipped groups ignore them.
  EXPECT_FALSE(close("\n#if1\n{\n#endif\n}"));
  EXPECT_FALSE(close("\n#if 0\n#else2\n{\n#endif\n}\n}"));
  // A literal on a directive line is lexed by rules of its own.
  EXPECT_FALSE(close("\n#if \"/*\"\n#endif\n } */ }"));
  // A line comment continued by a backslash goes on with the directive.
  EXPECT_EQ(close("\n#if 0 // \\\n {\n#endif\n }"), 23u);
  EXPECT_EQ(close("\n#if A // x\n#endif\n }"), 20u);
  EXPECT_EQ(close("\n#if A || \\\n B\n#endif\n }"), 23u);
  // A branch after #else is an error to Clang.
  EXPECT_FALSE(close("\n#if A\n#else\n#elif B\n#endif\n}"));
  EXPECT_FALSE(close("\n#if A\n#else\n#else\n#endif\n}"));
  // The null directive, and a comment before the name.
  EXPECT_FALSE(close("\n#\n}"));
  EXPECT_FALSE(close("\n#/**/if 0\n{\n#endif\n}"));
}

TEST(BodySkipperTest, DelimitersMustNest) {
  // Clang's skip balances ( [ { its own way when they do not nest.
  EXPECT_FALSE(close(" ( } )"));
  EXPECT_FALSE(close(" f(a, { ) }"));
  EXPECT_FALSE(close("\n#if A\n ) (\n#endif\n }"));
  EXPECT_EQ(close(" f(a[1], (b)); }"), 15u);
}

TEST(BodySkipperTest, LanguageModes) {
  BodyScanOptions Trigraphs;
  Trigraphs.Trigraphs = true;
  EXPECT_EQ(close(" s = \"?\?/\"; }"), 12u);
  EXPECT_FALSE(close(" s = \"?\?/\"; }", Trigraphs));
  EXPECT_FALSE(close(" ?\?> }", Trigraphs));
  // C23 digit separators: `1'0` is one number, then `'}'` a literal.
  BodyScanOptions C23;
  C23.DigitSeparators = true;
  EXPECT_EQ(close(" x = 1'0, b = '}'; }", C23), 19u);
  EXPECT_EQ(close(" x = 1'0, b = '}'; }"), 15u);
  // Raw strings (C++, C with -fraw-string-literals).
  EXPECT_FALSE(close(R"( s = R"x(")x"; })"));
}

TEST(BodySkipperTest, MacrosDecideThroughTheCallback) {
  using Kind = BodyScanOptions::Identifier;
  auto Classify = [](llvm::StringRef Name) {
    return Name == "LB"      ? Kind::Unsafe
           : Name == "EMPTY" ? Kind::SafeMacro
                             : Kind::NotMacro;
  };
  BodyScanOptions Opts;
  Opts.ClassifyIdentifier = Classify;
  EXPECT_FALSE(close(" LB }", Opts));
  EXPECT_FALSE(close("\n#if LB\n#endif\n}", Opts));
  EXPECT_EQ(close(" x = a ? EMPTY b : c; }", Opts), 22u);
  // A macro after `?` may expand to nothing.
  EXPECT_FALSE(close(" x = a ? EMPTY }", Opts));
  // Literal contents and comments are no identifiers.
  EXPECT_EQ(close(" s = \"LB\"; /* LB */ }", Opts), 20u);
  // These act whatever the macros.
  EXPECT_FALSE(close(" x = __COUNTER__; }"));
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
